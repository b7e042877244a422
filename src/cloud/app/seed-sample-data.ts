import type { Database } from '../db/database'
import { countInstitutions, saveInstitutions } from '../finder/institution-repository'
import { countRegionRooms, insertRooms } from '../guidance/nursing-room-repository'
import { regionConfigSchema } from '../../domain/regions/region-config-schema'
import { listRegionSummaries, regionWithRouting } from '../regions/regions-service'
import { writeRegionConfig } from '../regions/regions-repository'
import { sampleInstitutions } from '../sample-data/sample-institutions'
import { sampleNursingRooms } from '../sample-data/sample-nursing-rooms'
import { refreshSampleOfferings } from '../sample-data/sample-offerings'
import { sampleRegionConfigs } from '../sample-data/sample-regions'
import { sampleRoutingFor } from '../sample-data/sample-routing'
import { regionStatisticsConfig } from '../statistics/region-plan-targets'
import { saveStatisticsConfig } from '../statistics/statistics-repository'

/**
 * Fills an empty database with the four sample regions and their institutions, dated relative to
 * `referenceDate` so vacancies and disclosures look as fresh (or as stale) on any day the app first starts.
 * A database that already holds institutions is left alone: sample data never overwrites real records.
 */
export async function seedSampleData(db: Database, referenceDate: string): Promise<boolean> {
  if ((await countInstitutions(db)) > 0) return false
  const regions = sampleRegionConfigs()
  await db.transaction(async (tx) => {
    for (const region of regions) await writeRegionConfig(tx, region)
    for (const region of regions) await saveInstitutions(tx, sampleInstitutions(region, referenceDate))
  })
  return true
}

/** Gives each sample region that has none its sample nursing rooms; a real region's rooms are imported. */
async function seedSampleNursingRooms(db: Database, now: Date): Promise<void> {
  for (const summary of await listRegionSummaries(db)) {
    if (!summary.isSample || (await countRegionRooms(db, summary.code)) > 0) continue
    const stored = await regionWithRouting(db, summary.code)
    if (stored) await db.transaction((tx) => insertRooms(tx, sampleNursingRooms(stored.region), now))
  }
}

/**
 * Sample regions stored before routing was data (migration 0150) have none: they get their sample routing once,
 * when it fits their departments. A region with routing, or a real one, is the operators' to change.
 */
async function seedSampleRouting(db: Database): Promise<void> {
  for (const summary of await listRegionSummaries(db)) {
    const stored = summary.isSample ? await regionWithRouting(db, summary.code) : null
    const routing = stored && !stored.routing ? sampleRoutingFor(summary.code) : null
    const config = stored && routing ? regionConfigSchema.safeParse({ ...stored.region, routing }) : null
    if (config?.success) await db.transaction((tx) => writeRegionConfig(tx, config.data))
  }
}

/**
 * What sample regions offer that goes stale or was never there: two weeks of sample slots dated from `now`,
 * and the sample nursing rooms. Run at start-up and by the upkeep timer, so no read ever writes.
 */
export async function refreshSampleData(db: Database, now: Date): Promise<void> {
  await seedSampleRouting(db)
  await refreshSampleOfferings(db, now)
  await seedSampleNursingRooms(db, now)
}

/**
 * Writes the shipped regions' population and plan targets (configuration, not sample institutions) at every
 * start, so an edit of the data file takes effect on the next deployment; other regions' rows are left alone.
 */
export async function syncStatisticsConfig(db: Database): Promise<void> {
  await db.transaction((tx) => saveStatisticsConfig(tx, regionStatisticsConfig()))
}
