import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { chinaDateOf } from '../../src/domain/bookings/china-time-rules'
import type { Offering } from '../../src/domain/bookings/offering-schema'
import type { SlotView } from '../../src/domain/bookings/slot-schema'
import { officialHolidayOn } from '../../src/domain/shared/holiday-calendar-rules'
import { refreshSampleData } from '../../src/cloud/app/seed-sample-data'
import { findInstitution } from '../../src/cloud/finder/institution-repository'
import { callAs } from './support/call-action'
import { codeOf, someInstitutions, staffOf, unwrap } from './support/booking-fixtures'
import { databaseOfKind, TEST_NOW, testDatabase } from './support/test-database'

type Summary = Offering & { upcomingSlots: number; fromPriceFen: number | null }

let db: Database
let institutions: { id: string; regionCode: string }[]
beforeAll(async () => {
  db = await testDatabase()
  institutions = await someInstitutions(db, 2)
})

const offeringsOf = async (institutionId: string, now = TEST_NOW) =>
  unwrap(await callAs<{ offerings: Summary[] }>(db, null, 'bookings', 'listOfferings', { institutionId }, now)).offerings

const slotsOf = async (offeringId: string, now = TEST_NOW) =>
  unwrap(await callAs<{ slots: SlotView[] }>(db, null, 'bookings', 'availability', { offeringId }, now)).slots

describe('sample offerings', () => {
  it('gives a sample institution sample services for the next two weeks, priced from its own fees', async () => {
    const [first] = institutions
    const detail = await findInstitution(db, first!.id)
    const offerings = await offeringsOf(first!.id)
    expect(offerings.length).toBeGreaterThan(0)
    expect(offerings.every((o) => o.isSample && o.institutionId === first!.id && o.hostName === detail?.name)).toBe(true)
    expect(offerings.map((o) => o.kind)).toContain('visit')
    const hourlyFee = detail?.fees.find((f) => f.serviceType === 'hourly')?.amountFen
    const hourly = offerings.find((o) => o.kind === 'hourly')
    expect(Boolean(hourly)).toBe(detail?.serviceTypes.includes('hourly') === true && hourlyFee !== undefined)
    if (hourly && hourlyFee !== undefined) {
      const slots = await slotsOf(hourly.id)
      expect(slots.length).toBeGreaterThan(0)
      expect(slots.every((s) => s.priceFen === hourlyFee * 2)).toBe(true)
      expect(slots.every((s) => Date.parse(s.startsAt) > TEST_NOW.getTime())).toBe(true)
      const lastDay = chinaDateOf(slots[slots.length - 1]!.startsAt)
      expect(lastDay <= '2026-12-06').toBe(true)
      const weekdays = new Set(slots.map((s) => new Date(`${chinaDateOf(s.startsAt)}T00:00:00Z`).getUTCDay() || 7))
      expect([...weekdays].every((d) => detail!.hours?.weekdays.includes(d))).toBe(true)
    }
  })

  it('generates the same slots again without duplicates, and keeps a cancelled sample slot cancelled', async () => {
    const [first] = institutions
    const visit = (await offeringsOf(first!.id)).find((o) => o.kind === 'visit')!
    const before = await slotsOf(visit.id)
    expect((await offeringsOf(first!.id)).find((o) => o.id === visit.id)?.upcomingSlots).toBe(before.length)
    const staff = staffOf(first!)
    const cancelled = before[0]!
    unwrap(await callAs(db, staff, 'bookings', 'cancelSlot', { slotId: cancelled.id }))
    // A week later the upkeep tops the sample slots up: new days appear, the cancelled slot does not come back.
    const later = new Date(TEST_NOW.getTime() + 8 * 86_400_000)
    await refreshSampleData(db, later)
    const after = await slotsOf(visit.id, later)
    expect(after.map((s) => s.id)).not.toContain(cancelled.id)
    expect(after.some((s) => chinaDateOf(s.startsAt) > '2026-12-06')).toBe(true)
  })

  it('leaves out the official holidays (中秋 and 国庆 2026)', async () => {
    // A server started on 24 September dates its sample slots from that day.
    const september = new Date('2026-09-24T04:00:00Z')
    const early = await databaseOfKind('pglite', { seed: true, now: september })
    const [second] = await someInstitutions(early, 1)
    const offerings = unwrap(await callAs<{ offerings: Summary[] }>(early, null, 'bookings', 'listOfferings', { institutionId: second!.id }, september)).offerings
    const days = new Set<string>()
    for (const o of offerings) {
      for (const s of unwrap(await callAs<{ slots: SlotView[] }>(early, null, 'bookings', 'availability', { offeringId: o.id }, september)).slots) days.add(chinaDateOf(s.startsAt))
    }
    expect(days.size).toBeGreaterThan(0)
    expect([...days].filter((d) => officialHolidayOn(d) !== null)).toEqual([])
    expect(days.has('2026-09-25')).toBe(false)
    expect(days.has('2026-10-01')).toBe(false)
  })

  it('gives each sample region a sample community service centre with classes', async () => {
    const classes = unwrap(await callAs<{ offerings: Summary[] }>(db, null, 'bookings', 'listOfferings', { regionCode: institutions[0]!.regionCode, kind: 'class' })).offerings
    const community = classes.filter((o) => o.hostKind === 'community_centre')
    expect(community.map((o) => o.classKind).sort()).toEqual(['parent_child_activity', 'parent_class', 'parenting_consultation', 'prenatal_school'])
    expect(community.every((o) => o.hostName.includes('示例社区服务中心') && o.institutionId === null)).toBe(true)
    expect(codeOf(await callAs(db, null, 'bookings', 'listOfferings', { regionCode: 'nowhere' }))).toBe('OK')
  })
})
