import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import { WORKSPACE_PAGE_SIZE } from '../../src/domain/bookings/booking-schema'
import type { Offering } from '../../src/domain/bookings/offering-schema'
import type { SlotView } from '../../src/domain/bookings/slot-schema'
import { callAs } from './support/call-action'
import { codeOf, createOffering, createSlot, newParent, someInstitutions, staffOf, unwrap } from './support/booking-fixtures'
import { testDatabase } from './support/test-database'

interface WorkspacePage {
  offerings: (Offering & { slots: SlotView[] })[]
  nextCursor: string | null
  allOfferings: Offering[]
}

let db: Database
let staff: User
let otherStaff: User
const created: Offering[] = []

beforeAll(async () => {
  db = await testDatabase()
  const [, second, third] = await someInstitutions(db, 3)
  staff = staffOf(second!)
  otherStaff = staffOf(third!)
  for (let n = 0; n < 2 * WORKSPACE_PAGE_SIZE + 5; n++) {
    created.push(await createOffering(db, staff, { kind: 'class', classKind: 'parent_child_activity', title: `亲子课${n}（测试）` }))
  }
  await createSlot(db, staff, created[3]!.id, { date: '2026-11-28' })
  await createSlot(db, staff, created[3]!.id, { date: '2026-11-29' })
  await createSlot(db, staff, created[WORKSPACE_PAGE_SIZE + 1]!.id, { date: '2026-11-30' })
}, 60_000)

const page = (user: User | null, input: Record<string, unknown>) => callAs<WorkspacePage>(db, user, 'bookings', 'workspace', input)

describe('the workspace of an institution with many offerings', () => {
  it('comes a page at a time, every offering once and in one stable order, each with its own slots', async () => {
    const all = unwrap(await page(staff, {})).allOfferings.map((o) => o.id)
    expect(all).toEqual(expect.arrayContaining(created.map((o) => o.id)))
    expect(new Set(all).size).toBe(all.length)
    const seen: WorkspacePage['offerings'] = []
    let after: string | null = null
    let pages = 0
    do {
      const shown: WorkspacePage = unwrap(await page(staff, after === null ? {} : { after }))
      expect(shown.offerings.length).toBeLessThanOrEqual(WORKSPACE_PAGE_SIZE)
      seen.push(...shown.offerings)
      after = shown.nextCursor
      pages++
    } while (after !== null)
    expect(pages).toBe(Math.ceil(all.length / WORKSPACE_PAGE_SIZE))
    expect(seen.map((o) => o.id)).toEqual(all)
    const slotDays = (offering: Offering) => seen.find((o) => o.id === offering.id)!.slots.map((s) => s.startsAt.slice(0, 10))
    expect(slotDays(created[3]!)).toEqual(['2026-11-28', '2026-11-29'])
    expect(slotDays(created[WORKSPACE_PAGE_SIZE + 1]!)).toEqual(['2026-11-30'])
    expect(created.filter((o) => slotDays(o).length > 0)).toHaveLength(2)
  })

  it('will not start a page at another institution’s offering, nor at a made-up one', async () => {
    const theirs = await createOffering(db, otherStaff)
    expect(codeOf(await page(staff, { after: theirs.id }))).toBe('NOT_FOUND')
    expect(codeOf(await page(staff, { after: 'of-nothing-here' }))).toBe('NOT_FOUND')
    const their = unwrap(await page(otherStaff, {}))
    expect(their.offerings.map((o) => o.id)).toContain(theirs.id)
    expect(their.offerings.map((o) => o.id)).not.toContain(created[0]!.id)
  })

  it('refuses a malformed cursor, parents and visitors', async () => {
    expect(codeOf(await page(staff, { after: 'not an id' }))).toBe('INVALID_INPUT')
    expect(codeOf(await page(staff, { after: created[0]!.id, extra: 1 }))).toBe('INVALID_INPUT')
    expect(codeOf(await page(newParent(), {}))).toBe('FORBIDDEN')
    expect(codeOf(await page(null, {}))).toBe('UNAUTHENTICATED')
  })
})
