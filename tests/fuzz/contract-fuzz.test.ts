import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { freshDatabase } from '../api/support/test-database'
import { ACTIONS, createFuzzer, type Fuzzer } from './contract-fuzz'

/** Cases per action in `npm test`: ~2,100 in all, under a minute on two busy cores; `npm run fuzz` runs longer. */
const RUNS_PER_ACTION = 36
const SEED = 20261203

let db: Database
let fuzzer: Fuzzer

beforeAll(async () => {
  db = await freshDatabase({ seed: true })
  fuzzer = await createFuzzer(db)
  // A WeChat sign-in with no credentials configured warns on every case; the answer is what is checked.
  jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterAll(async () => {
  console.log(`contract fuzz: ${JSON.stringify({ ...fuzzer.figures, failures: fuzzer.figures.failures.length })}`)
  await db.close()
})

describe('every action, generated and mutated input, signed in with a role it admits', () => {
  it.each(ACTIONS.map((target) => [`${target.fn}.${target.action}`, target] as const))('%s', async (_, target) => {
    const before = { ...fuzzer.figures, failures: [...fuzzer.figures.failures] }
    await fuzzer.fuzzAction(target, { runs: RUNS_PER_ACTION, seed: SEED + ACTIONS.indexOf(target) })
    const after = fuzzer.figures
    expect(after.failures.slice(before.failures.length)).toEqual([])
    expect({ serverErrors: after.serverErrors, envelopeViolations: after.envelopeViolations, writesOnRefusal: after.writesOnRefusal }).toEqual({
      serverErrors: before.serverErrors,
      envelopeViolations: before.envelopeViolations,
      writesOnRefusal: before.writesOnRefusal
    })
    expect(after.cases - before.cases).toBeGreaterThanOrEqual(RUNS_PER_ACTION)
  })
})
