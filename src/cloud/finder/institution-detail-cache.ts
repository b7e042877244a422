import { institutionDetailSchema, type InstitutionDetail } from '../../domain/finder/institution-schema'
import type { Database } from '../db/database'
import { markValidated } from '../shared/validated-values'
import { findInstitutionWithVersion, localInstitutionWrites, regionDataState } from './institution-repository'
import { STALE_CHECK_MS } from './region-index-cache'

/**
 * An institution page is read far more often than it changes, so each process keeps the records it has read
 * (the most recent few thousand), each with the version its region had when it was read. Like the search
 * index, a region's version is checked at most once a second (at once after this process's own writes), and
 * any change in the region drops its cached records.
 */
const MAX_RECORDS = 5000

interface RegionCheck {
  version: number
  checkedAt: number
  localWrites: number
}

interface Cache {
  regions: Map<string, RegionCheck>
  /** The version read under way per region, which requests arriving meanwhile share instead of each asking. */
  checking: Map<string, { localWrites: number; version: Promise<number> }>
  records: Map<string, { detail: InstitutionDetail; version: number }>
}

const caches = new WeakMap<Database, Cache>()

function regionVersion(db: Database, cache: Cache, regionCode: string, nowMs: number): Promise<number> {
  const localWrites = localInstitutionWrites()
  const known = cache.regions.get(regionCode)
  if (known && nowMs - known.checkedAt < STALE_CHECK_MS && known.localWrites === localWrites) return Promise.resolve(known.version)
  // A read started before this process's latest write may not see it: only one started after is shared.
  const pending = cache.checking.get(regionCode)
  if (pending && pending.localWrites === localWrites) return pending.version
  const version = regionDataState(db, regionCode).then((state) => {
    const read = state?.version ?? -1
    cache.regions.set(regionCode, { version: read, checkedAt: nowMs, localWrites })
    return read
  })
  const check = { localWrites, version }
  cache.checking.set(regionCode, check)
  const done = () => {
    if (cache.checking.get(regionCode) === check) cache.checking.delete(regionCode)
  }
  version.then(done, done)
  return version
}

export async function cachedInstitution(db: Database, id: string, nowMs: number = performance.now()): Promise<InstitutionDetail | null> {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = { regions: new Map(), checking: new Map(), records: new Map() }))
  const hit = cache.records.get(id)
  // The record stays cached while its region's version is checked, so requests arriving meanwhile find it too.
  if (hit) {
    const current = (await regionVersion(db, cache, hit.detail.regionCode, nowMs)) === hit.version
    // Most recently used last, so the oldest is the one dropped when the cache is full; an outdated record goes.
    if (cache.records.get(id) === hit) {
      cache.records.delete(id)
      if (current) cache.records.set(id, hit)
    }
    if (current) return hit.detail
  }
  const found = await findInstitutionWithVersion(db, id)
  if (!found) return null
  const { detail: record, version } = found
  // The record and its region's version come from one statement, so they belong together; a newer version
  // than this process last saw is simply news, and moves what it knows forward.
  const known = cache.regions.get(record.regionCode)
  if (known && version > known.version) known.version = version
  const detail = markValidated(institutionDetailSchema, record)
  cache.records.set(id, { detail, version })
  if (cache.records.size > MAX_RECORDS) cache.records.delete(cache.records.keys().next().value as string)
  return detail
}
