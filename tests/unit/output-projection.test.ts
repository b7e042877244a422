import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { z } from 'zod'
import { outputProjection } from '../../src/cloud/shared/output-projection'
import { alreadyValidated } from '../../src/cloud/shared/validated-values'
import { AGE_BANDS, FEE_UNITS, GRADES, OPERATOR_KINDS, SERVICE_TYPES } from '../../src/domain/finder/finder-enums'
import { searchOutputSchema } from '../../src/domain/finder/search-schema'

// finder.search's answer is projected instead of parsed: it must leave the server exactly as parse would let it,
// the same fields in the same order and nothing else, whatever extra fields a handler's objects carry.

/** Fields a record may carry that the schema does not name (server-only ones above all). */
const extraField = fc.tuple(
  fc.constantFrom('detail', 'contactPhone', 'licenceNumber', 'searchFacts', 'rowVersion', 'secret').chain((known) => fc.constantFrom(known, `${known}X`)),
  fc.jsonValue({ maxDepth: 2 })
)

/** A record with the given fields plus a few extra ones, in a random order. */
function withExtras<T extends Record<string, unknown>>(fields: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc
    .tuple(fc.record(fields), fc.array(extraField, { maxLength: 3 }))
    .chain(([record, extras]) => fc.shuffledSubarray([...Object.entries(record), ...extras], { minLength: Object.keys(record).length + extras.length }))
    .map((entries) => Object.fromEntries(entries) as T)
}

const isoDate = fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
const fen = fc.integer({ min: 0, max: 100_000_000 })
const latLng = withExtras({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lng: fc.double({ min: -180, max: 180, noNaN: true }) })

const summary = withExtras({
  id: fc.stringMatching(/^[a-z]{2,8}-\d{4,6}$/),
  name: fc.string(),
  regionCode: fc.string(),
  districtCode: fc.string(),
  districtName: fc.string(),
  address: fc.string(),
  location: latLng,
  distanceM: fc.nat(),
  operatorKind: fc.constantFrom(...OPERATOR_KINDS),
  isAffordable: fc.boolean(),
  isDemonstration: fc.boolean(),
  serviceTypes: fc.subarray([...SERVICE_TYPES]),
  ageBands: fc.subarray([...AGE_BANDS]),
  latestGrade: fc.option(fc.constantFrom(...GRADES), { nil: null }),
  latestEvaluatedOn: fc.option(isoDate, { nil: null }),
  hasVacancy: fc.boolean(),
  vacancyReportedOn: fc.option(isoDate, { nil: null }),
  monthlyFeeFen: fc.option(fen, { nil: null }),
  fee: fc.option(withExtras({ amountFen: fen, unit: fc.constantFrom(...FEE_UNITS) }), { nil: null }),
  isSample: fc.boolean()
})

const searchOutput = withExtras({
  items: fc.array(summary, { maxLength: 5 }),
  nextCursor: fc.option(fc.string(), { nil: null }),
  total: fc.nat(),
  origin: latLng,
  radiusM: fc.integer()
})

describe('the finder.search answer projection', () => {
  const project = outputProjection(searchOutputSchema)

  it('answers what parsing with the output schema answers, byte for byte once encoded', () => {
    fc.assert(
      fc.property(searchOutput, (answer) => {
        const projected = project(answer)
        const parsed = searchOutputSchema.parse(answer)
        expect(projected).toStrictEqual(parsed)
        expect(JSON.stringify(projected)).toBe(JSON.stringify(parsed))
      }),
      { numRuns: 300 }
    )
  })

  it('marks its answers so the dispatcher does not parse them again, and only for that schema', () => {
    const answer = project({ items: [], nextCursor: null, total: 0, origin: { lat: 29.7, lng: 120.2 }, radiusM: 3000 })
    expect(alreadyValidated(searchOutputSchema, answer)).toBe(true)
    expect(alreadyValidated(z.object({}), answer)).toBe(false)
  })

  it('refuses to compile for schemas whose parse would answer something other than a copy', () => {
    expect(() => outputProjection(z.object({ name: z.string().trim() }))).toThrow(/rewrites/)
    expect(() => outputProjection(z.object({ name: z.string().optional() }))).toThrow(/optional/)
    expect(() => outputProjection(z.object({ name: z.string().default('') }))).toThrow()
    expect(() => outputProjection(z.object({ at: z.string().transform((s) => s.length) }))).toThrow()
    expect(() => outputProjection(z.object({ name: z.string() }).passthrough())).toThrow()
  })
})
