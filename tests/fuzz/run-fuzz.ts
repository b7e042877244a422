import { openDatabase } from '../../src/cloud/app/open-database'
import { ACTIONS, createFuzzer } from './contract-fuzz'

/**
 * `npm run fuzz -- --seconds N [--seed S]`: the contract fuzzer for longer than `npm test` affords, on a fresh
 * embedded database with the sample data, cycling through every action until the time is up. Prints the
 * figures and exits non-zero when any case broke a rule.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at === -1 ? fallback : Number(process.argv[at + 1])
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} wants a number`)
  return value
}

async function main(): Promise<void> {
  const seconds = option('seconds', 60)
  const seed = option('seed', Date.now() % 2 ** 31)
  const db = await openDatabase({ referenceDate: '2026-11-23' })
  // A WeChat sign-in with no credentials configured warns on every case; the answers are what is checked.
  console.warn = () => undefined
  const fuzzer = await createFuzzer(db)
  const deadline = Date.now() + seconds * 1000
  const perRound = 25
  for (let round = 0; Date.now() < deadline; round += 1) {
    for (const target of ACTIONS) {
      if (Date.now() >= deadline) break
      await fuzzer.fuzzAction(target, { runs: perRound, seed: seed + round * ACTIONS.length + ACTIONS.indexOf(target), deadline })
    }
  }
  await db.close()
  const { failures, ...figures } = fuzzer.figures
  console.log(JSON.stringify({ seed, seconds, actions: ACTIONS.length, ...figures }, null, 2))
  for (const failure of failures) console.log(`  ${failure}`)
  process.exitCode = figures.serverErrors + figures.envelopeViolations + figures.writesOnRefusal > 0 ? 1 : 0
}

void main()
