import type { RegionRouting } from '../../domain/complaints/complaint-routing-schema'
import type { Region, RegionSummary } from '../../domain/regions/region-schema'
import type { Database, Queryable } from '../db/database'
import { loadAllRegions, loadRegion, localRegionWrites, regionConfigVersion, type StoredRegion } from './regions-repository'

/**
 * Regions are read on almost every request (the finder's region list, complaint routing, guidance, the policy
 * guide, nursing rooms), and edited a few times a year. Each process keeps them all in memory per database and
 * compares one version number at most once a second (at once after its own edits), so an operator's edit in any
 * process is seen within a second, without a restart and without a query per request.
 */
const REGION_STALE_CHECK_MS = 1000

interface Directory {
  version: number
  byCode: ReadonlyMap<string, StoredRegion>
  summaries: readonly RegionSummary[]
  checkedAt: number
  localWrites: number
}

const directories = new WeakMap<Database, Directory>()
const loading = new WeakMap<Database, Promise<Directory>>()

async function loadDirectory(db: Database): Promise<Directory> {
  const writes = localRegionWrites()
  const version = await regionConfigVersion(db)
  const regions = await loadAllRegions(db)
  return {
    version,
    byCode: new Map(regions.map((stored) => [stored.region.code, stored])),
    summaries: regions.map(({ region }) => ({
      code: region.code,
      name: region.name,
      province: region.province,
      centre: region.centre,
      isSample: region.isSample
    })),
    checkedAt: performance.now(),
    localWrites: writes
  }
}

async function current(db: Database): Promise<Directory> {
  const known = directories.get(db)
  const fresh = known && performance.now() - known.checkedAt < REGION_STALE_CHECK_MS && known.localWrites === localRegionWrites()
  if (known && fresh) return known
  let pending = loading.get(db)
  if (!pending) {
    pending = (async () => {
      if (known && known.localWrites === localRegionWrites() && (await regionConfigVersion(db)) === known.version) {
        return { ...known, checkedAt: performance.now() }
      }
      return loadDirectory(db)
    })().finally(() => loading.delete(db))
    loading.set(db, pending)
  }
  const directory = await pending
  directories.set(db, directory)
  return directory
}

/** A transaction's queries see its own snapshot, so inside one the region is read there rather than from memory. */
const isDatabase = (q: Queryable): q is Database => typeof (q as Partial<Database>).transaction === 'function'

async function stored(q: Queryable, code: string): Promise<StoredRegion | null> {
  if (!isDatabase(q)) return loadRegion(q, code)
  return (await current(q)).byCode.get(code) ?? null
}

/** A region by its code, or null: how the other contexts read regions, so the regions tables keep one owner. */
export async function regionByCode(q: Queryable, code: string): Promise<Region | null> {
  return (await stored(q, code))?.region ?? null
}

/** A region straight from storage, for caches that already know (by its stamp) that it changed. */
export async function freshRegionByCode(q: Queryable, code: string): Promise<Region | null> {
  return (await loadRegion(q, code))?.region ?? null
}

/** The region and its configured complaint routing (null when none is configured yet), or null when no such region. */
export async function regionWithRouting(q: Queryable, code: string): Promise<{ region: Region; routing: RegionRouting | null } | null> {
  return stored(q, code)
}

export async function listRegionSummaries(db: Database): Promise<readonly RegionSummary[]> {
  return (await current(db)).summaries
}
