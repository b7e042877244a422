import type { Database } from '../db/database'
import { countInstitutions, saveInstitutions } from '../finder/institution-repository'
import { countRegionRooms, insertRooms } from '../guidance/nursing-room-repository'
import { findRegion, listRegions, saveRegions } from '../regions/regions-repository'
import { sampleInstitutions } from '../sample-data/sample-institutions'
import { sampleNursingRooms } from '../sample-data/sample-nursing-rooms'
import { refreshSampleOfferings } from '../sample-data/sample-offerings'
import { sampleRegions } from '../sample-data/sample-regions'
import { regionStatisticsConfig } from '../statistics/region-plan-targets'
import { saveStatisticsConfig } from '../statistics/statistics-repository'

/**
 * Fills an empty database with the four sample regions and their institutions, dated relative to
 * `referenceDate` so vacancies and disclosures look as fresh (or as stale) on any day the app first starts.
 * A database that already holds institutions is left alone: sample data never overwrites real records.
 */
export async function seedSampleData(db: Database, referenceDate: string): Promise<boolean> {
  if ((await countInstitutions(db)) > 0) return false
  const regions = sampleRegions()
  await db.transaction(async (tx) => {
    await saveRegions(tx, regions)
    for (const region of regions) await saveInstitutions(tx, sampleInstitutions(region, referenceDate))
  })
  return true
}

/** Gives each sample region that has none its sample nursing rooms; a real region's rooms are imported. */
async function seedSampleNursingRooms(db: Database, now: Date): Promise<void> {
  for (const summary of await listRegions(db)) {
    if (!summary.isSample || (await countRegionRooms(db, summary.code)) > 0) continue
    const region = await findRegion(db, summary.code)
    if (region) await db.transaction((tx) => insertRooms(tx, sampleNursingRooms(region), now))
  }
}

/**
 * What sample regions offer that goes stale or was never there: two weeks of sample slots dated from `now`,
 * and the sample nursing rooms. Run at start-up and by the upkeep timer, so no read ever writes.
 */
export async function refreshSampleData(db: Database, now: Date): Promise<void> {
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
