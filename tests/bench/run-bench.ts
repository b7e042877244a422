import { cpus } from 'node:os'
import { createThrowawayDatabase } from '../support/throwaway-postgres'
import type { Database } from '../../src/cloud/db/database'
import { openDatabase } from '../../src/cloud/app/open-database'
import { section } from './bench-report'
import { benchFinder, REFERENCE_DATE } from './finder-bench'
import { benchHttp } from './http-bench'
import { benchImport } from './import-bench'
import { benchRush } from './rush-bench'
import { benchColdStart } from './cold-bench'
import { benchMemory } from './memory-bench'
import { benchColdSearch } from './cold-search-bench'

/**
 * `npm run bench` (inside scripts/with-test-postgres.sh, so a throwaway PostgreSQL serves it): each figure of
 * issue 17 next to its limit, the baseline measured in the same run, and the ratio. Nothing here fails a
 * build; a wrong answer (the service disagreeing with the bare scan, an oversold slot) stops the run.
 */

async function benchDatabase(): Promise<{ db: Database; databaseUrl: string | null }> {
  const adminUrl = process.env.TEST_DATABASE_URL
  if (!adminUrl) {
    console.log('no TEST_DATABASE_URL: the embedded database stands in for PostgreSQL (run through npm run bench)')
    return { db: await openDatabase({ referenceDate: REFERENCE_DATE }), databaseUrl: null }
  }
  const name = `tuoyu_bench_${process.pid}`
  const databaseUrl = await createThrowawayDatabase(adminUrl, name)
  return { db: await openDatabase({ databaseUrl, referenceDate: REFERENCE_DATE }), databaseUrl }
}

/**
 * BENCH_ONLY=rush,http (a comma list of part names) runs only those parts, so one figure can be checked
 * without loading the machine with the rest.
 */
const ONLY = process.env.BENCH_ONLY?.split(',').map((part) => part.trim()).filter(Boolean) ?? []
const wanted = (part: string) => ONLY.length === 0 || ONLY.includes(part)

async function main(): Promise<void> {
  console.log(`bench on ${cpus().length} cores, node ${process.version}${ONLY.length ? `, parts: ${ONLY.join(', ')}` : ''}`)
  const { db, databaseUrl } = await benchDatabase()
  try {
    if (wanted('finder')) {
      section('finder search (issue 17: within 3× of the bare limit, edits in milliseconds, ≤ 200 B per institution)')
      await benchFinder(db)
    }
    if (wanted('coldsearch')) {
      section('finder search on a cold instance (issue 17: the database or the index, whichever is faster)')
      await benchColdSearch(db)
    }
    if (wanted('import')) {
      section('registry import (issue 12: 5,000 rows in seconds; the first search after a change)')
      await benchImport(db)
    }
    if (wanted('http')) {
      section('HTTP (autocannon)')
      await benchHttp(db)
    }
    if (wanted('rush')) {
      section('booking rush')
      await benchRush(db)
    }
    if (wanted('memory')) {
      section('memory (the embedded database, in a process of its own)')
      benchMemory()
    }
    if (wanted('cold')) {
      section('cold start (a cloud function instance, in a process of its own)')
      if (databaseUrl) await benchColdStart(databaseUrl)
      else console.log('    needs PostgreSQL (cloud functions run on it alone): run through npm run bench')
    }
    section('not measured by this bench')
    console.log('    H5 Lighthouse and initial JS: npm run bench:lighthouse after npm run build:h5')
  } finally {
    await db.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
