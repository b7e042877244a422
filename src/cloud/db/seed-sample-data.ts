import { sampleInstitutions } from '../seed/sample-institutions'
import { sampleRegions } from '../seed/sample-regions'
import { countInstitutions, saveInstitutions } from '../finder/institution-repository'
import { saveRegions } from '../regions/regions-repository'
import type { Database } from './database'

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
