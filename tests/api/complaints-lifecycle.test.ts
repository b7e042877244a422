import { beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import { COMPLAINT_STATUSES, type ComplaintStatus, type ComplaintView } from '../../src/domain/complaints/complaint-schema'
import type { InboxMessage } from '../../src/domain/inbox/inbox-schema'
import { REGULATOR_ALLOWED } from '../unit/support/regulator-transitions'
import { callAs } from './support/call-action'
import {
  codeOf,
  complaintInput,
  fileComplaint,
  institutionOf,
  newParent,
  regulatorAct,
  regulatorOf,
  staffOf,
  unwrap
} from './support/complaint-fixtures'
import { TEST_NOW, testDatabase } from './support/test-database'

const REGION = 'zhuji'
let db: Database
let regulator: User
let institution: { id: string; regionCode: string }
/** An open complaint other complaints can be merged into. */
let mergeTarget: string

beforeAll(async () => {
  db = await testDatabase()
  regulator = regulatorOf(REGION)
  institution = await institutionOf(db, REGION, 0)
  const target = await fileComplaint(db, newParent(), complaintInput(institution.id, { category: 'food' }))
  mergeTarget = target.complaint.trackingNo
})

/** The steps that bring a new complaint to each status, as the region's regulator (and, for reopened, its parent). */
const PATH: Record<ComplaintStatus, [string, Record<string, unknown>][]> = {
  submitted: [],
  accepted: [['accept', {}]],
  rejected: [['reject', { reason: '不属于本部门职责范围' }]],
  assigned: [['accept', {}], ['assign', { departmentCode: 'health' }]],
  investigating: [['accept', {}], ['assign', { departmentCode: 'health' }], ['investigate', {}]],
  answered: [['accept', {}], ['assign', { departmentCode: 'health' }], ['investigate', {}], ['answer', { answer: '经现场核查，机构已整改并向家长致歉。' }]],
  reopened: [['accept', {}], ['assign', { departmentCode: 'health' }], ['investigate', {}], ['answer', { answer: '经现场核查，机构已整改并向家长致歉。' }]],
  closed: [
    ['accept', {}],
    ['assign', { departmentCode: 'health' }],
    ['investigate', {}],
    ['answer', { answer: '经现场核查，机构已整改并向家长致歉。' }],
    ['close', { outcome: { kind: 'upheld' }, reason: '核查属实，已责令整改' }]
  ]
}

async function complaintIn(status: ComplaintStatus, now = TEST_NOW): Promise<{ trackingNo: string; parent: User }> {
  const parent = newParent()
  const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id), now)
  for (const [action, input] of PATH[status]) unwrap(await regulatorAct(db, regulator, action, { trackingNo: complaint.trackingNo, ...input }, now))
  if (status === 'reopened') {
    unwrap(await callAs(db, parent, 'complaints', 'reopen', { trackingNo: complaint.trackingNo, reason: '整改没有落实，问题依旧' }, now))
  }
  const view = unwrap(await callAs<ComplaintView>(db, parent, 'complaints', 'get', { trackingNo: complaint.trackingNo }, now))
  expect(view.status).toBe(status)
  return { trackingNo: complaint.trackingNo, parent }
}

const ACTIONS: [string, (trackingNo: string) => [string, Record<string, unknown>]][] = [
  ['accept', (no) => ['accept', { trackingNo: no }]],
  ['reject', (no) => ['reject', { trackingNo: no, reason: '不属于本部门职责范围' }]],
  ['assign', (no) => ['assign', { trackingNo: no, departmentCode: 'market' }]],
  ['investigate', (no) => ['investigate', { trackingNo: no }]],
  ['answer', (no) => ['answer', { trackingNo: no, answer: '经核查，情况已处理完毕。' }]],
  ...(['upheld', 'partly_upheld', 'not_upheld'] as const).map(
    (kind): [string, (no: string) => [string, Record<string, unknown>]] => [`close:${kind}`, (no) => ['close', { trackingNo: no, outcome: { kind }, reason: '已核查完毕，结论如下' }]]
  ),
  ['close:duplicate', (no) => ['close', { trackingNo: no, outcome: { kind: 'duplicate', duplicateOf: mergeTarget }, reason: '与另一件投诉为同一问题' }]],
  ['close:referred', (no) => ['close', { trackingNo: no, outcome: { kind: 'referred', departmentCode: 'education' }, reason: '属教育部门职责' }]]
]

describe('every regulator transition, allowed or refused, from every status', () => {
  for (const status of COMPLAINT_STATUSES) {
    it(`from ${status}`, async () => {
      for (const [name, build] of ACTIONS) {
        const { trackingNo, parent } = await complaintIn(status)
        const [action, input] = build(trackingNo)
        const result = await regulatorAct(db, regulator, action, input)
        const expected = REGULATOR_ALLOWED[status][name]
        if (expected) {
          expect(codeOf(result), `${name} from ${status}`).toBe('OK')
          const view = unwrap(await callAs<ComplaintView>(db, parent, 'complaints', 'get', { trackingNo }))
          expect(view.status, `${name} from ${status}`).toBe(expected)
        } else {
          expect(codeOf(result), `${name} from ${status}`).toBe('COMPLAINT_TRANSITION_NOT_ALLOWED')
          if (!result.ok) expect(result.error.message).toContain('目前是')
        }
      }
    })
  }
})

describe('who may act', () => {
  it('refuses regulator actions to parents and institution staff, and hides the complaint from another region', async () => {
    const { trackingNo, parent } = await complaintIn('submitted')
    const other = regulatorOf('hebi')
    for (const [, build] of ACTIONS) {
      const [action, input] = build(trackingNo)
      expect(codeOf(await regulatorAct(db, parent, action, input))).toBe('FORBIDDEN')
      expect(codeOf(await regulatorAct(db, staffOf(institution), action, input))).toBe('FORBIDDEN')
      expect(codeOf(await regulatorAct(db, other, action, input))).toBe('NOT_FOUND')
      expect(codeOf(await callAs(db, null, 'complaints', action, input))).toBe('UNAUTHENTICATED')
    }
    const view = unwrap(await callAs<ComplaintView>(db, parent, 'complaints', 'get', { trackingNo }))
    expect(view.status).toBe('submitted')
  })

  it('lets only the complainant reopen, from answered or a verdict, once', async () => {
    for (const status of COMPLAINT_STATUSES) {
      const { trackingNo, parent } = await complaintIn(status)
      const reopen = (user: User | null) => callAs(db, user, 'complaints', 'reopen', { trackingNo, reason: '答复没有解决问题' })
      expect(codeOf(await reopen(newParent())), status).toBe('NOT_FOUND')
      expect(codeOf(await reopen(regulator)), status).toBe('NOT_FOUND')
      expect(codeOf(await reopen(null)), status).toBe('NOT_FOUND')
      const expected = status === 'answered' || status === 'closed' ? 'OK' : 'COMPLAINT_TRANSITION_NOT_ALLOWED'
      expect(codeOf(await reopen(parent)), status).toBe(expected)
    }
  })

  it('refuses a second reopening after the second answer', async () => {
    const { trackingNo, parent } = await complaintIn('reopened')
    unwrap(await regulatorAct(db, regulator, 'investigate', { trackingNo }))
    unwrap(await regulatorAct(db, regulator, 'answer', { trackingNo, answer: '再次核查后，已督促机构落实整改。' }))
    const again = await callAs(db, parent, 'complaints', 'reopen', { trackingNo, reason: '还是没有解决问题' })
    expect(codeOf(again)).toBe('REOPEN_ALREADY_USED')
  })
})

describe('deadlines in working days', () => {
  // Wednesday 30 September 2026, 10:00 in China: the National Day week follows, then Saturday 10 October is worked.
  const eve = new Date('2026-09-30T02:00:00Z')

  it('across the National Day week and the 调休 Saturday', async () => {
    const parent = newParent()
    const { complaint } = await fileComplaint(
      db,
      parent,
      complaintInput(institution.id, { category: 'abuse_neglect', incidentDate: '2026-09-29' }),
      eve
    )
    // 公安 accepts within 1 working day: Thursday 8 October (1–7 October are the holiday).
    expect(complaint.department?.code).toBe('public_security')
    expect(complaint.acceptBy).toBe('2026-10-08T16:00:00.000Z')
    // Accepted Friday 9 October: 10 working days are Sat 10 (调休), 12–16, 19–22 → Thursday 22 October.
    const accepted = unwrap(await regulatorAct(db, regulator, 'accept', { trackingNo: complaint.trackingNo }, new Date('2026-10-09T02:00:00Z')))
    expect(accepted.answerBy).toBe('2026-10-22T16:00:00.000Z')
  })

  it('from the food department’s seven days to accept', async () => {
    const { complaint } = await fileComplaint(db, newParent(), complaintInput(institution.id, { category: 'food', incidentDate: '2026-09-29' }), eve)
    expect(complaint.department?.code).toBe('market')
    // 8, 9, 10 (调休), 12, 13, 14, 15 October.
    expect(complaint.acceptBy).toBe('2026-10-15T16:00:00.000Z')
  })

  it('closes the reopening window 15 days after the answer', async () => {
    const { trackingNo, parent } = await complaintIn('answered')
    const view = unwrap(await callAs<ComplaintView>(db, parent, 'complaints', 'get', { trackingNo }))
    expect(view.canReopen).toBe(true)
    // Answered 23 November at noon: the window runs to the end of 8 December in China.
    expect(view.reopenUntil).toBe('2026-12-08T16:00:00.000Z')
    const late = new Date('2026-12-08T16:00:01Z')
    expect(unwrap(await callAs<ComplaintView>(db, parent, 'complaints', 'get', { trackingNo }, late)).canReopen).toBe(false)
    const refused = await callAs(db, parent, 'complaints', 'reopen', { trackingNo, reason: '答复没有解决问题' }, late)
    expect(codeOf(refused)).toBe('REOPEN_WINDOW_CLOSED')
    if (!refused.ok) expect(refused.error.message).toContain('15天')
  })

  it('puts overdue complaints first in the queue, then the soonest due', async () => {
    const old = new Date('2026-11-02T02:00:00Z')
    const overdue = await fileComplaint(db, newParent(), complaintInput(institution.id, { category: 'other', incidentDate: '2026-11-01' }), old)
    const fresh = await fileComplaint(db, newParent(), complaintInput(institution.id, { category: 'other' }))
    const { items } = unwrap(await callAs<{ items: { trackingNo: string; overdue: boolean; dueAt: string | null }[] }>(db, regulator, 'complaints', 'queue', { limit: 200 }))
    const first = items.findIndex((i) => i.trackingNo === overdue.complaint.trackingNo)
    const second = items.findIndex((i) => i.trackingNo === fresh.complaint.trackingNo)
    expect(items[first]?.overdue).toBe(true)
    expect(items[second]?.overdue).toBe(false)
    expect(first).toBeLessThan(second)
    const firstNotOverdue = items.findIndex((i) => !i.overdue)
    expect(items.slice(0, firstNotOverdue).every((i) => i.overdue)).toBe(true)
    const dues = items.slice(firstNotOverdue).map((i) => i.dueAt ?? '9999')
    expect(dues).toEqual([...dues].sort())
  })
})

describe('the parent is told and sees it on the timeline', () => {
  it('every public step reaches the inbox and the timeline; internal notes reach neither', async () => {
    const parent = newParent()
    const hour = (n: number) => new Date(TEST_NOW.getTime() + n * 3_600_000)
    const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id), hour(0))
    const trackingNo = complaint.trackingNo
    unwrap(await regulatorAct(db, regulator, 'accept', { trackingNo }, hour(1)))
    unwrap(await regulatorAct(db, regulator, 'note', { trackingNo, note: '内部：与该机构负责人约谈安排在周四' }, hour(2)))
    unwrap(await regulatorAct(db, regulator, 'assign', { trackingNo, departmentCode: 'health', note: '内部：请卫健局张科长跟进' }, hour(3)))
    unwrap(await regulatorAct(db, regulator, 'investigate', { trackingNo }, hour(4)))
    unwrap(await regulatorAct(db, regulator, 'answer', { trackingNo, answer: '经现场核查，机构已整改并向家长致歉。' }, hour(5)))

    const view = unwrap(await callAs<ComplaintView>(db, parent, 'complaints', 'get', { trackingNo }, hour(6)))
    expect(view.timeline.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'assigned', 'investigating', 'answered'])
    expect(view.answer).toBe('经现场核查，机构已整改并向家长致歉。')
    expect(JSON.stringify(view)).not.toContain('内部')

    const inbox = unwrap(await callAs<{ messages: InboxMessage[] }>(db, parent, 'inbox', 'list', { pageSize: 50 }, hour(6))).messages
    expect(inbox.every((m) => m.topic === 'complaints' && m.link?.endsWith(trackingNo))).toBe(true)
    expect(inbox).toHaveLength(5)
    expect(inbox[0]?.body).toContain('已答复')
    expect(JSON.stringify(inbox)).not.toContain('内部')

    const audit = unwrap(await callAs<{ entries: { kind: string; actorName: string | null; internal: boolean }[] }>(db, regulator, 'complaints', 'auditLog', { trackingNo }))
    expect(audit.entries.filter((e) => e.kind === 'note').map((e) => e.internal)).toEqual([true, true])
    expect(audit.entries.find((e) => e.kind === 'accepted')?.actorName).toBe(regulator.displayName)
  })
})
