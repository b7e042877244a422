import type { Region } from '../../domain/regions/region-schema'
import type { boundingBox } from '../../domain/shared/geo'
import { DomainError } from '../../domain/shared/error-codes'
import type { Database } from '../db/database'
import { freshRegionByCode } from '../regions/regions-service'
import { localInstitutionWrites, regionDataState, regionSearchFacts, regionSearchFactsInBox, type RegionDataState } from './institution-repository'
import { RegionIndex } from './region-index'

/**
 * Each process keeps, per region, the region's configuration and its search index, and serves warm searches
 * from memory without a database round trip. Other processes' writes are noticed by a version check at most
 * once a second (this process's own writes at once); a change patches in just the rows written since, and
 * while that runs, concurrent searches keep using the previous index. Keyed by the Database object so tests
 * with their own databases never see each other's rows.
 */
export const STALE_CHECK_MS = 1000

export interface RegionSearchData {
  region: Region
  districtNames: ReadonlyMap<string, string>
  index: RegionIndex
}

interface Entry extends RegionSearchData {
  state: RegionDataState
  checkedAt: number
  localWrites: number
  refreshing: Promise<Entry> | null
}

const caches = new WeakMap<Database, Map<string, Entry>>()
const coldBuilds = new WeakMap<Database, Map<string, Promise<Entry>>>()

function mapOf<V>(store: WeakMap<Database, Map<string, V>>, db: Database): Map<string, V> {
  let map = store.get(db)
  if (!map) store.set(db, (map = new Map()))
  return map
}

const notFound = (code: string) => new DomainError('NOT_FOUND', { what: 'region' }, `region ${code}`)

function withRegion(region: Region): Pick<RegionSearchData, 'region' | 'districtNames'> {
  return { region, districtNames: new Map(region.districts.map((d) => [d.code, d.name])) }
}

async function loadRegion(db: Database, code: string): Promise<Region> {
  const region = await freshRegionByCode(db, code)
  if (!region) throw notFound(code)
  return region
}

async function build(db: Database, code: string): Promise<Entry> {
  const writes = localInstitutionWrites()
  const state = await regionDataState(db, code)
  if (!state) throw notFound(code)
  const [region, { facts, version }] = await Promise.all([loadRegion(db, code), regionSearchFacts(db, code, -1)])
  return {
    ...withRegion(region),
    index: RegionIndex.fromFacts(facts),
    state: { ...state, version: Math.max(state.version, version) },
    checkedAt: performance.now(),
    localWrites: writes,
    refreshing: null
  }
}

/** Brings an entry up to date: nothing, the region's configuration, a patch, or (after a deletion) a rebuild. */
async function refresh(db: Database, code: string, old: Entry): Promise<Entry> {
  const writes = localInstitutionWrites()
  const state = await regionDataState(db, code)
  if (!state) throw notFound(code)
  if (state.epoch !== old.state.epoch) return build(db, code)
  const fresh: Entry = { ...old, state: old.state, checkedAt: performance.now(), localWrites: writes, refreshing: null }
  if (state.regionStamp !== old.state.regionStamp) Object.assign(fresh, withRegion(await loadRegion(db, code)))
  let version = old.state.version
  if (state.version > old.state.version) {
    const changed = await regionSearchFacts(db, code, old.state.version)
    fresh.index = old.index.patched(changed.facts, changed.unlistedIds)
    version = Math.max(state.version, changed.version)
  }
  fresh.state = { ...state, version }
  return fresh
}

/** The region and its index; the first call per region builds, later ones are answered from memory. */
export async function regionSearchData(db: Database, code: string, nowMs: number = performance.now()): Promise<RegionSearchData> {
  const entries = mapOf(caches, db)
  const entry = entries.get(code)
  if (!entry) {
    const builds = mapOf(coldBuilds, db)
    let pending = builds.get(code)
    if (!pending) {
      pending = build(db, code).finally(() => builds.delete(code))
      builds.set(code, pending)
    }
    const built = await pending
    if (!entries.has(code)) entries.set(code, built)
    return entries.get(code) ?? built
  }
  if (nowMs - entry.checkedAt < STALE_CHECK_MS && entry.localWrites === localInstitutionWrites()) return entry
  // One refresh at a time per region; searches arriving meanwhile are answered by the index they already have.
  if (entry.refreshing) return entry
  const refreshing = refresh(db, code, entry)
  entry.refreshing = refreshing
  try {
    const fresh = await refreshing
    entries.set(code, fresh)
    return fresh
  } catch (error) {
    entries.delete(code)
    throw error
  }
}

/**
 * The region's search data when this process holds its index (kept fresh as above); null when it has none
 * yet, a cold instance: see finder-service.ts for how such a search is answered.
 */
export function builtRegionSearchData(db: Database, code: string): Promise<RegionSearchData> | null {
  return mapOf(caches, db).has(code) ? regionSearchData(db, code) : null
}

/** Starts this region's index build (one per region at a time) for the searches to come, without waiting for it. */
export function buildRegionIndexBehind(db: Database, code: string): void {
  // Nobody waits on this build: if it fails, the next search starts another, and its own answer (read from
  // the database meanwhile) reports whatever is wrong with the region.
  regionSearchData(db, code).catch(() => undefined)
}

type Box = ReturnType<typeof boundingBox>

/**
 * Search data for one search, read from the database instead of this process's index: the region, and an
 * index of only the listed institutions whose point lies in the search's bounding box, so the search answers
 * from it exactly as from the whole region's index. A box that depends on the region (a search from a
 * district's centre) waits for it; otherwise both are read at once.
 */
export async function regionSearchDataInBox(db: Database, code: string, box: Box | ((region: Region) => Box)): Promise<RegionSearchData> {
  const [region, facts] =
    typeof box === 'function'
      ? await loadRegion(db, code).then(async (r) => [r, await regionSearchFactsInBox(db, code, box(r))] as const)
      : await Promise.all([loadRegion(db, code), regionSearchFactsInBox(db, code, box)])
  return { ...withRegion(region), index: RegionIndex.fromFacts(facts) }
}
