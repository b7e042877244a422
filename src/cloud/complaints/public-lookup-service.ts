import type { Database } from '../db/database'
import { countUpheld } from './complaint-repository'
import { findFiledByNameOrAddress } from './filing-lookup-repository'

const FILED_MATCHES = 10

/** "Is this place filed?": the filed institutions a name or address could mean; none means it is not on file. */
export async function isFiled(db: Database, input: { regionCode: string; query: string }) {
  return { matches: await findFiledByNameOrAddress(db, input.regionCode, input.query, FILED_MATCHES) }
}

/** What an institution's page may show about complaints: how many were upheld, by year and category. */
export async function upheldCounts(db: Database, institutionId: string) {
  return { counts: await countUpheld(db, institutionId) }
}
