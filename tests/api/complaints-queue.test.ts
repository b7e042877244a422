import { beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { QueueFilter } from '../../src/domain/complaints/complaint-schema'
import type { Envelope } from '../../src/domain/shared/envelope-schema'
import { callAs } from './support/call-action'
import {
  codeOf,
  complaintInput,
  complaintTableCounts,
  fileComplaint,
  institutionOf,
  newParent,
  regulatorAct,
  regulatorOf,
  unwrap
} from './support/complaint-fixtures'
import { TEST_NOW, testDatabase } from './support/test-database'

/** No other test in this file files complaints here, so the region's queue holds exactly the ones below. */
const REGION = 'bazhou'
const COUNT = 25
const OLD = new Date('2026-11-02T02:00:00Z')
const hoursBefore = (hours: number) => new Date(TEST_NOW.getTime() - hours * 3_600_000)
const daysAfter = (days: number) => new Date(TEST_NOW.getTime() + days * 86_400_000)
const CATEGORIES = ['food', 'hygiene_health', 'safety'] as const

interface QueuePage {
  items: { trackingNo: string; overdue: boolean; dueAt: string | null; submittedAt: string; departmentCode: string; status: string }[]
  nextCursor: string | null
  total: number
}

let db: Database
let regulator: User

const queue = (input: Record<string, unknown>, now: Date = TEST_NOW, as: User = regulator) =>
  callAs<QueuePage>(db, as, 'complaints', 'queue', input, now)

/** Follows `nextCursor` to the end, each later page asked for at `laterNow`, and returns every page. */
async function walk(input: Record<string, unknown>, laterNow: Date = TEST_NOW): Promise<QueuePage[]> {
  const pages = [unwrap(await queue(input))]
  for (let cursor = pages[0]?.nextCursor; cursor; cursor = pages[pages.length - 1]?.nextCursor) {
    pages.push(unwrap(await queue({ ...input, cursor }, laterNow)))
    expect(pages.length, 'pages end').toBeLessThan(COUNT)
  }
  return pages
}

const numbers = (pages: QueuePage[]) => pages.flatMap((p) => p.items.map((i) => i.trackingNo))

beforeAll(async () => {
  db = await testDatabase()
  regulator = regulatorOf(REGION)
  const institutions = await Promise.all([0, 1, 2].map((i) => institutionOf(db, REGION, i)))
  // A third filed at one old moment (overdue; within a department tied on all but id), the rest over the last day;
  // some accepted (answer deadline instead), some answered (nothing due), across three departments.
  for (let i = 0; i < COUNT; i += 1) {
    const old = i % 3 === 0
    const now = old ? OLD : hoursBefore(i)
    const input = complaintInput(institutions[i % 3]?.id ?? '', { category: CATEGORIES[i % 3], incidentDate: '2026-11-01' })
    const { complaint } = await fileComplaint(db, newParent(), input, now)
    const trackingNo = complaint.trackingNo
    if (i % 5 === 1 || i % 7 === 2) unwrap(await regulatorAct(db, regulator, 'accept', { trackingNo }, now))
    if (i % 7 === 2) {
      unwrap(await regulatorAct(db, regulator, 'assign', { trackingNo, departmentCode: complaint.department?.code }, now))
      unwrap(await regulatorAct(db, regulator, 'investigate', { trackingNo }, now))
      unwrap(await regulatorAct(db, regulator, 'answer', { trackingNo, answer: '经现场核查，机构已整改并向家长致歉。' }, now))
    }
  }
})

describe('the regulators’ queue pages through every complaint', () => {
  it('walks all complaints in pages: same order as one big page, no duplicates, no gaps, the total on each', async () => {
    const whole = unwrap(await queue({ filter: 'all', limit: 200 }))
    expect(whole.items).toHaveLength(COUNT)
    expect(whole.total).toBe(COUNT)
    expect(whole.nextCursor).toBeNull()
    const overdue = whole.items.map((i) => i.overdue)
    expect(overdue.filter(Boolean).length).toBeGreaterThan(0)
    expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)))
    const notOverdue = whole.items.filter((i) => !i.overdue)
    const dues = notOverdue.map((i) => i.dueAt ?? '9999')
    expect(dues).toEqual([...dues].sort())
    expect(notOverdue.at(-1)?.dueAt).toBeNull()

    const pages = await walk({ filter: 'all', limit: 10 })
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5])
    expect(pages.map((p) => p.total)).toEqual([COUNT, COUNT, COUNT])
    expect(numbers(pages)).toEqual(whole.items.map((i) => i.trackingNo))
  })

  it('walks the same order while time passes and more complaints fall overdue', async () => {
    const whole = unwrap(await queue({ filter: 'open', limit: 200 }))
    const later = daysAfter(10)
    const laterWhole = unwrap(await queue({ filter: 'open', limit: 200 }, later))
    expect(laterWhole.items.filter((i) => i.overdue).length).toBeGreaterThan(whole.items.filter((i) => i.overdue).length)

    const pages = await walk({ filter: 'open', limit: 4 }, later)
    const walked = numbers(pages)
    expect(new Set(walked).size).toBe(walked.length)
    expect(walked).toEqual(whole.items.map((i) => i.trackingNo))
    expect(pages.every((p) => p.total === whole.total)).toBe(true)
    // Each item still says whether it is overdue at the moment it was fetched.
    expect(pages.slice(1).flatMap((p) => p.items).every((i) => i.overdue === (i.dueAt !== null && i.dueAt < later.toISOString()))).toBe(true)
  })

  it('pages one department with its own total', async () => {
    for (const departmentCode of ['market', 'health', 'public_security']) {
      const whole = unwrap(await queue({ filter: 'open', departmentCode, limit: 200 }))
      const pages = await walk({ filter: 'open', departmentCode, limit: 3 })
      expect(numbers(pages)).toEqual(whole.items.map((i) => i.trackingNo))
      expect(pages[0]?.total).toBe(whole.items.length)
      expect(whole.items.every((i) => i.departmentCode === departmentCode)).toBe(true)
    }
  })
})

describe('a cursor is only good for the listing it came from', () => {
  let cursor = ''
  beforeAll(async () => {
    cursor = unwrap(await queue({ filter: 'all', limit: 10 })).nextCursor ?? ''
    expect(cursor).not.toBe('')
  })

  const parts = () => cursor.split('~')
  const withPart = (index: number, value: string) => parts().map((p, i) => (i === index ? value : p)).join('~')

  const TAMPERED: [string, () => string, QueueFilter][] = [
    ['not a cursor at all', () => 'abc', 'all'],
    ['a deadline that is not a time', () => withPart(3, '2026-13-45T00:00:00.000Z'), 'all'],
    ['a submitted time in another format', () => withPart(4, '2026-11-23 04:00:00'), 'all'],
    ['id of something else', () => withPart(5, 'msg-1234'), 'all'],
    ['an unknown version', () => withPart(0, 'q9'), 'all'],
    ['used for another filter', () => cursor, 'open'],
    ['filter edited to match', () => withPart(1, 'open'), 'all'],
    ['department edited in', () => withPart(2, 'market'), 'all'],
    ['an extra part', () => `${cursor}~x`, 'all']
  ]

  it.each(TAMPERED)('refuses %s with INVALID_INPUT on the cursor, a Chinese message, and changes nothing', async (_label, make, filter) => {
    const before = await complaintTableCounts(db)
    const got: Envelope<QueuePage> = await queue({ filter, limit: 10, cursor: make() })
    expect(codeOf(got)).toBe('INVALID_INPUT')
    if (!got.ok) {
      expect(got.error.field).toBe('cursor')
      expect(got.error.message).toContain('翻页位置')
    }
    expect(await complaintTableCounts(db)).toEqual(before)
  })

  it('refuses a cursor longer than any it hands out', async () => {
    expect(codeOf(await queue({ filter: 'all', cursor: 'x'.repeat(201) }))).toBe('INVALID_INPUT')
  })

  it('shows a regulator of another region none of these, even with this region’s cursor', async () => {
    const ours = new Set(numbers(await walk({ filter: 'all', limit: 10 })))
    const other = regulatorOf('hebi')
    const first = unwrap(await queue({ filter: 'all', limit: 10 }, TEST_NOW, other))
    const next = unwrap(await queue({ filter: 'all', limit: 10, cursor }, TEST_NOW, other))
    expect([...first.items, ...next.items].filter((i) => ours.has(i.trackingNo))).toEqual([])
    expect(first.total).toBe(0)
  })
})
