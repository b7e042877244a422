import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { feesInEffect } from '../../src/domain/finder/fee-rules'
import type { InstitutionDetail } from '../../src/domain/finder/institution-schema'
import type { ReviewView } from '../../src/domain/registry/registry-schema'
import { callAs } from './support/call-action'
import { newParent, regulatorOf, staffOf, unwrap } from './support/complaint-fixtures'
import { TEST_NOW, TEST_REFERENCE_DATE, testDatabase } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

const getInstitution = async (id: string) => unwrap(await callAs<InstitutionDetail>(db, null, 'finder', 'get', { id }))
const codeOf = (envelope: { ok: boolean; error?: { code: string } }) => (envelope.ok ? 'OK' : envelope.error?.code)
const toddlerFee = (amountFen: number) => ({ serviceType: 'full_day', ageBand: 'toddler', unit: 'month', amountFen, includesMeals: true })
const REGION = 'yuzhong'

/** A full-day institution of the region (from the end of the id order, clear of other suites' picks). */
async function pick(affordable: boolean, index: number): Promise<InstitutionDetail> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM institutions WHERE region_code = $1 AND is_affordable = $2 AND detail->'serviceTypes' ? 'full_day' AND listed ORDER BY id DESC OFFSET $3 LIMIT 1`,
    [REGION, affordable, index]
  )
  expect(rows[0]).toBeDefined()
  return getInstitution(rows[0]!.id)
}

const queue = async (regulator = regulatorOf(REGION)) => unwrap(await callAs<{ items: ReviewView[] }>(db, regulator, 'registry', 'reviewQueue', {})).items
const mine = async (inst: InstitutionDetail) => unwrap(await callAs<{ items: ReviewView[] }>(db, staffOf(inst), 'registry', 'myReviews', { institutionId: inst.id })).items
const classes = [
  { name: '向日葵班', ageBand: 'toddler', capacity: 15, enrolled: 12, caregivers: 3 },
  { name: '小海豚班', ageBand: 'infant', capacity: 10, enrolled: 7, caregivers: 2 }
]

describe('changes that wait for the region’s regulator', () => {
  it('a 普惠 institution’s fee waits for approval, then publishes as fee_changed', async () => {
    const inst = await pick(true, 0)
    const staff = staffOf(inst)
    const got = unwrap(await callAs(db, staff, 'registry', 'updateFees', { institutionId: inst.id, effectiveFrom: TEST_REFERENCE_DATE, fees: [toddlerFee(123_400)] }))
    expect(got).toEqual({ institutionId: inst.id, outcome: 'pending_review' })
    expect(await getInstitution(inst.id)).toEqual(inst)
    expect((await mine(inst))[0]).toMatchObject({ status: 'pending', change: { kind: 'fees', effectiveFrom: TEST_REFERENCE_DATE } })
    const waiting = (await queue()).find((r) => r.institutionId === inst.id)
    expect(waiting).toMatchObject({ institutionName: inst.name, status: 'pending' })

    // Approved two days later: the price starts on the day of approval, not back-dated.
    const later = new Date(TEST_NOW.getTime() + 2 * 86_400_000)
    expect(unwrap(await callAs(db, regulatorOf(REGION), 'registry', 'decideReview', { reviewId: waiting!.id, decision: 'approve' }, later))).toEqual({ reviewId: waiting!.id, status: 'approved' })
    const page = await getInstitution(inst.id)
    const toddler = page.fees.find((f) => f.amountFen === 123_400)
    expect(toddler?.effectiveFrom).toBe('2026-11-25')
    expect(feesInEffect(page.fees, '2026-11-25')).toContainEqual(toddler)
    expect(page.changes[0]).toMatchObject({ kind: 'fee_changed' })
    const { rows } = await db.query<{ kind: string }>(`SELECT kind FROM registry_events WHERE institution_id = $1 ORDER BY id DESC LIMIT 1`, [inst.id])
    expect(rows[0]?.kind).toBe('fee_changed')
    expect((await queue()).some((r) => r.id === waiting!.id)).toBe(false)
    expect(codeOf(await callAs(db, regulatorOf(REGION), 'registry', 'decideReview', { reviewId: waiting!.id, decision: 'reject', reason: '再看看' }))).toBe('REVIEW_ALREADY_DECIDED')
  })

  it('class sizes always wait; a rejection keeps the record and tells the institution why', async () => {
    const inst = await pick(false, 0)
    expect(unwrap(await callAs(db, staffOf(inst), 'registry', 'updateClasses', { institutionId: inst.id, classes }))).toMatchObject({ outcome: 'pending_review' })
    const waiting = (await queue()).find((r) => r.institutionId === inst.id)!
    unwrap(await callAs(db, regulatorOf(REGION), 'registry', 'decideReview', { reviewId: waiting.id, decision: 'reject', reason: '托小班保育人员证书未上传（示例）' }))
    expect(await getInstitution(inst.id)).toEqual(inst)
    expect((await mine(inst))[0]).toMatchObject({ status: 'rejected', reason: '托小班保育人员证书未上传（示例）' })
  })

  it('approved classes replace the list and recount the carers; a newer request supersedes a pending one', async () => {
    const inst = await pick(false, 1)
    unwrap(await callAs(db, staffOf(inst), 'registry', 'updateClasses', { institutionId: inst.id, classes: classes.slice(0, 1) }))
    unwrap(await callAs(db, staffOf(inst), 'registry', 'updateClasses', { institutionId: inst.id, classes }))
    const waiting = (await queue()).filter((r) => r.institutionId === inst.id)
    expect(waiting).toHaveLength(1)
    unwrap(await callAs(db, regulatorOf(REGION), 'registry', 'decideReview', { reviewId: waiting[0]!.id, decision: 'approve' }))
    const page = await getInstitution(inst.id)
    expect(page.classes.map((c) => [c.name, c.enrolled, c.caregivers])).toEqual([
      ['向日葵班', 12, 3],
      ['小海豚班', 7, 2]
    ])
    expect(page.staff.caregivers).toBe(5)
    expect(page.changes[0]).toMatchObject({ kind: 'classes_changed' })
  })

  it.each([
    ['a class over the standard’s size limit', [{ ...classes[1]!, capacity: 12 }]],
    ['more children than places', [{ ...classes[0]!, enrolled: 16 }]],
    ['the same class name twice', [classes[0], classes[0]]],
    ['an unknown age band', [{ ...classes[0]!, ageBand: 'teen' }]],
    ['negative carers', [{ ...classes[0]!, caregivers: -1 }]]
  ])('refuses %s with a clear error and files nothing', async (_name, bad) => {
    const inst = await pick(false, 2)
    const got = await callAs(db, staffOf(inst), 'registry', 'updateClasses', { institutionId: inst.id, classes: bad })
    expect(codeOf(got)).toBe('INVALID_INPUT')
    if (!got.ok) expect(got.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(await mine(inst)).toEqual([])
  })

  it('refuses a rejection without a reason, an unknown request, and a decision that is not one', async () => {
    const inst = await pick(false, 3)
    unwrap(await callAs(db, staffOf(inst), 'registry', 'updateClasses', { institutionId: inst.id, classes }))
    const waiting = (await queue()).find((r) => r.institutionId === inst.id)!
    expect(codeOf(await callAs(db, regulatorOf(REGION), 'registry', 'decideReview', { reviewId: waiting.id, decision: 'reject' }))).toBe('INVALID_INPUT')
    expect(codeOf(await callAs(db, regulatorOf(REGION), 'registry', 'decideReview', { reviewId: waiting.id, decision: 'reject', reason: '   ' }))).toBe('INVALID_INPUT')
    expect(codeOf(await callAs(db, regulatorOf(REGION), 'registry', 'decideReview', { reviewId: waiting.id, decision: 'maybe' }))).toBe('INVALID_INPUT')
    expect(codeOf(await callAs(db, regulatorOf(REGION), 'registry', 'decideReview', { reviewId: 'rv-nope', decision: 'approve' }))).toBe('NOT_FOUND')
    expect((await mine(inst))[0]?.status).toBe('pending')
  })

  it('only the region’s writing regulators decide, only the institution’s staff ask or read its requests', async () => {
    const inst = await pick(false, 4)
    const other = await pick(false, 5)
    unwrap(await callAs(db, staffOf(inst), 'registry', 'updateClasses', { institutionId: inst.id, classes }))
    const waiting = (await queue()).find((r) => r.institutionId === inst.id)!
    const decide = { reviewId: waiting.id, decision: 'approve' }
    expect(codeOf(await callAs(db, null, 'registry', 'decideReview', decide))).toBe('UNAUTHENTICATED')
    expect(codeOf(await callAs(db, newParent(), 'registry', 'decideReview', decide))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, staffOf(inst), 'registry', 'decideReview', decide))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, regulatorOf('zhuji'), 'registry', 'decideReview', decide))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, { ...regulatorOf(REGION), readOnly: true }, 'registry', 'decideReview', decide))).toBe('FORBIDDEN')
    expect((await queue(regulatorOf('zhuji'))).some((r) => r.institutionId === inst.id)).toBe(false)

    const ask = { institutionId: inst.id, classes }
    expect(codeOf(await callAs(db, newParent(), 'registry', 'updateClasses', ask))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, staffOf(other), 'registry', 'updateClasses', ask))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, regulatorOf(REGION), 'registry', 'updateClasses', ask))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, staffOf(other), 'registry', 'myReviews', { institutionId: inst.id }))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, newParent(), 'registry', 'reviewQueue', {}))).toBe('FORBIDDEN')
    expect((await mine(inst))[0]).toMatchObject({ id: waiting.id, status: 'pending' })
  })
})
