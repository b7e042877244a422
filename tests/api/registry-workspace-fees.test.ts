import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { feesInEffect, pastFees } from '../../src/domain/finder/fee-rules'
import type { InstitutionDetail, InstitutionSummary } from '../../src/domain/finder/institution-schema'
import { callAs } from './support/call-action'
import { newParent, regulatorOf, staffOf, unwrap } from './support/complaint-fixtures'
import { TEST_NOW, TEST_REFERENCE_DATE, testDatabase } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

const getInstitution = async (id: string) => unwrap(await callAs<InstitutionDetail>(db, null, 'finder', 'get', { id }))
const codeOf = (envelope: { ok: boolean; error?: { code: string } }) => (envelope.ok ? 'OK' : envelope.error?.code)

/** A full-day institution of 鹤壁 without 临时托 (from the end of the id order, clear of other suites' picks), 普惠 or not. */
async function fullDayInstitution(affordable: boolean, index: number): Promise<InstitutionDetail> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM institutions WHERE region_code = 'hebi' AND is_affordable = $1 AND detail->'serviceTypes' ? 'full_day' AND NOT detail->'serviceTypes' ? 'temporary' AND listed ORDER BY id DESC OFFSET $2 LIMIT 1`,
    [affordable, index]
  )
  expect(rows[0]).toBeDefined()
  return getInstitution(rows[0]!.id)
}

const toddlerFee = (amountFen: number) => ({ serviceType: 'full_day', ageBand: 'toddler', unit: 'month', amountFen, includesMeals: true })

async function monthlyFeeInSearch(inst: InstitutionDetail, now: Date): Promise<number | null> {
  const found = unwrap(
    await callAs<{ items: InstitutionSummary[] }>(db, null, 'finder', 'search', { regionCode: 'hebi', keyword: inst.name, radiusM: 50_000, serviceTypes: ['full_day'], ageBands: ['toddler'] }, now)
  )
  return found.items.find((i) => i.id === inst.id)?.monthlyFeeFen ?? null
}

describe('staff publish their fees from a date', () => {
  it('publishes at once, keeps the old price as history, and writes fee_changed to the 变更记录 and the event table', async () => {
    const inst = await fullDayInstitution(false, 0)
    const got = unwrap(await callAs(db, staffOf(inst), 'registry', 'updateFees', { institutionId: inst.id, effectiveFrom: TEST_REFERENCE_DATE, fees: [toddlerFee(312_300)] }))
    expect(got).toEqual({ institutionId: inst.id, outcome: 'published' })
    const page = await getInstitution(inst.id)
    expect(feesInEffect(page.fees, TEST_REFERENCE_DATE).find((f) => f.serviceType === 'full_day' && f.ageBand === 'toddler' && f.unit === 'month')?.amountFen).toBe(312_300)
    const before = inst.fees.find((f) => f.serviceType === 'full_day' && f.ageBand === 'toddler' && f.unit === 'month')
    if (before) expect(pastFees(page.fees, TEST_REFERENCE_DATE).map((p) => p.fee.amountFen)).toContain(before.amountFen)
    expect(page.changes[0]).toMatchObject({ kind: 'fee_changed', actor: inst.name })
    const { rows } = await db.query<{ kind: string; detail: { effectiveFrom: string } }>(`SELECT kind, detail FROM registry_events WHERE institution_id = $1 ORDER BY id DESC LIMIT 1`, [inst.id])
    expect(rows[0]).toMatchObject({ kind: 'fee_changed', detail: { effectiveFrom: TEST_REFERENCE_DATE } })
    expect(await monthlyFeeInSearch(page, TEST_NOW)).toBe(312_300)
  })

  it('a price set for a later day leaves today’s price in search until that day in China time', async () => {
    const inst = await fullDayInstitution(false, 1)
    unwrap(await callAs(db, staffOf(inst), 'registry', 'updateFees', { institutionId: inst.id, effectiveFrom: TEST_REFERENCE_DATE, fees: [toddlerFee(250_000)] }))
    unwrap(await callAs(db, staffOf(inst), 'registry', 'updateFees', { institutionId: inst.id, effectiveFrom: '2026-12-01', fees: [toddlerFee(270_000)] }))
    const page = await getInstitution(inst.id)
    expect(await monthlyFeeInSearch(page, TEST_NOW)).toBe(250_000)
    // 2026-11-30 23:59 in China is still the old price; one minute later it is the new one.
    expect(await monthlyFeeInSearch(page, new Date('2026-11-30T15:59:00Z'))).toBe(250_000)
    expect(await monthlyFeeInSearch(page, new Date('2026-11-30T16:00:00Z'))).toBe(270_000)
  })

  it.each([
    ['a date in the past', { effectiveFrom: '2026-11-22' }, 'EFFECTIVE_DATE_OUT_OF_RANGE'],
    ['a date more than a year ahead', { effectiveFrom: '2027-11-25' }, 'EFFECTIVE_DATE_OUT_OF_RANGE'],
    ['a date that is not a date', { effectiveFrom: '23/11/2026' }, 'INVALID_INPUT'],
    ['no fees', { fees: [] }, 'INVALID_INPUT'],
    ['a zero price', { fees: [toddlerFee(0)] }, 'INVALID_INPUT'],
    ['a fraction of a fen', { fees: [toddlerFee(100.5)] }, 'INVALID_INPUT'],
    ['an unknown unit', { fees: [{ ...toddlerFee(1000), unit: 'week' }] }, 'INVALID_INPUT'],
    ['the same line twice', { fees: [toddlerFee(1000), toddlerFee(2000)] }, 'INVALID_INPUT'],
    ['an extra field', { fees: [{ ...toddlerFee(1000), discount: 5 }] }, 'INVALID_INPUT'],
    ['a service the institution is not filed for', { fees: [toddlerFee(1000), { serviceType: 'temporary', ageBand: 'toddler', unit: 'session', amountFen: 8000, includesMeals: false }] }, 'SERVICE_NOT_OFFERED']
  ])('refuses %s with a clear error and writes nothing', async (_name, overrides, code) => {
    const inst = await fullDayInstitution(false, 2)
    const input = { institutionId: inst.id, effectiveFrom: TEST_REFERENCE_DATE, fees: [toddlerFee(199_900)], ...overrides }
    const before = await getInstitution(inst.id)
    const got = await callAs(db, staffOf(inst), 'registry', 'updateFees', input)
    expect(codeOf(got)).toBe(code)
    if (!got.ok) expect(got.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(await getInstitution(inst.id)).toEqual(before)
  })

  it('refuses anyone but the institution’s own staff; nothing changes', async () => {
    const inst = await fullDayInstitution(false, 3)
    const other = await fullDayInstitution(false, 4)
    const before = await getInstitution(inst.id)
    const input = { institutionId: inst.id, effectiveFrom: TEST_REFERENCE_DATE, fees: [toddlerFee(111_100)] }
    expect(codeOf(await callAs(db, null, 'registry', 'updateFees', input))).toBe('UNAUTHENTICATED')
    expect(codeOf(await callAs(db, newParent(), 'registry', 'updateFees', input))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, staffOf(other), 'registry', 'updateFees', input))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, regulatorOf('hebi'), 'registry', 'updateFees', input))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, { ...regulatorOf('hebi'), readOnly: true }, 'registry', 'updateFees', input))).toBe('FORBIDDEN')
    expect(await getInstitution(inst.id)).toEqual(before)
  })

  it('a revoked institution publishes nothing', async () => {
    const inst = await fullDayInstitution(false, 5)
    unwrap(await callAs(db, regulatorOf('hebi'), 'registry', 'setStanding', { institutionId: inst.id, status: 'revoked', on: TEST_REFERENCE_DATE, reason: '停止办托（示例）' }))
    const got = await callAs(db, staffOf(inst), 'registry', 'updateFees', { institutionId: inst.id, effectiveFrom: TEST_REFERENCE_DATE, fees: [toddlerFee(100_000)] })
    expect(codeOf(got)).toBe('INSTITUTION_REVOKED')
  })
})
