import { beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { ComplaintView, RegulatorComplaintView } from '../../src/domain/complaints/complaint-schema'
import type { Locale } from '../../src/i18n/locales'
import { callAs, callIn } from './support/call-action'
import { complaintInput, fileComplaint, institutionOf, newParent, regulatorAct, regulatorOf, unwrap } from './support/complaint-fixtures'
import { TEST_NOW, testDatabase } from './support/test-database'

/**
 * The timeline's system-written steps read in the reader's language: a parent who reads Uyghur or English sees
 * them in it, the department in Chinese; the department's own words (an answer, a closing reason) and
 * department names (published data) stay as written, and rows written before steps kept their key read as written.
 */
const REGION = 'zhuji'
const ANSWER = '经现场核查，机构已整改并向家长致歉。'
const REASON = '核查属实，已责令整改'
const REFERRAL_REASON = '属教育部门职责'
let db: Database
let regulator: User

beforeAll(async () => {
  db = await testDatabase()
  regulator = regulatorOf(REGION)
})

async function handledComplaint(steps: [string, Record<string, unknown>][]): Promise<{ trackingNo: string; parent: User }> {
  const institution = await institutionOf(db, REGION, 1)
  const parent = newParent()
  const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id))
  for (const [action, input] of steps) unwrap(await regulatorAct(db, regulator, action, { trackingNo: complaint.trackingNo, ...input }))
  return { trackingNo: complaint.trackingNo, parent }
}

const parentTimeline = async (parent: User, trackingNo: string, locale: Locale) =>
  unwrap(await callIn<ComplaintView>(db, locale, parent, 'complaints', 'get', { trackingNo })).timeline

const consoleEvents = async (trackingNo: string, locale: Locale) =>
  unwrap(await callIn<RegulatorComplaintView>(db, locale, regulator, 'complaints', 'inspect', { trackingNo })).events

const messageOf = (events: readonly { kind: string; message: string | null }[], kind: string) => events.find((e) => e.kind === kind)?.message

describe('one complaint, answered and closed, read in three languages', () => {
  let trackingNo: string
  let parent: User
  let department: string

  beforeAll(async () => {
    ;({ trackingNo, parent } = await handledComplaint([
      ['accept', {}],
      ['assign', { departmentCode: 'health' }],
      ['investigate', {}],
      ['answer', { answer: ANSWER }],
      ['close', { outcome: { kind: 'upheld' }, reason: REASON }]
    ]))
    department = unwrap(await callAs<RegulatorComplaintView>(db, regulator, 'complaints', 'inspect', { trackingNo })).department?.name ?? ''
    expect(department).not.toBe('')
  })

  it('the regulator reads the system steps in Chinese', async () => {
    const events = await consoleEvents(trackingNo, 'zh-CN')
    expect(messageOf(events, 'assigned')).toBe(`已转交${department}办理。`)
    expect(messageOf(events, 'answered')).toBe(ANSWER)
    expect(messageOf(events, 'closed')).toBe(`办结结论：投诉属实。${REASON}`)
  })

  it('a parent who reads Uyghur sees them in Uyghur, with the department and its words as written', async () => {
    const timeline = await parentTimeline(parent, trackingNo, 'ug')
    expect(messageOf(timeline, 'assigned')).toBe(`${department} غا بىر تەرەپ قىلىشقا يۆتكەلدى.`)
    expect(messageOf(timeline, 'answered')).toBe(ANSWER)
    expect(messageOf(timeline, 'closed')).toBe(`ئاخىرقى خۇلاسە: شىكايەت راست. ${REASON}`)
  })

  it('a parent who reads English sees them in English', async () => {
    const timeline = await parentTimeline(parent, trackingNo, 'en')
    expect(messageOf(timeline, 'assigned')).toBe(`Passed to ${department}.`)
    expect(messageOf(timeline, 'answered')).toBe(ANSWER)
    expect(messageOf(timeline, 'closed')).toBe(`Outcome: Upheld. ${REASON}`)
  })

  it('the audit log keeps the Chinese record for the department', async () => {
    const log = unwrap(await callIn<{ entries: { kind: string; message: string | null }[] }>(db, 'zh-CN', regulator, 'complaints', 'auditLog', { trackingNo }))
    expect(messageOf(log.entries, 'closed')).toBe(`办结结论：投诉属实。${REASON}`)
  })
})

describe('referral, refusal and reopening in the reader language', () => {
  it('a referral names the other department in the parent language, the reason as written', async () => {
    const { trackingNo, parent } = await handledComplaint([
      ['accept', {}],
      ['close', { outcome: { kind: 'referred', departmentCode: 'education' }, reason: REFERRAL_REASON }]
    ])
    const en = messageOf(await parentTimeline(parent, trackingNo, 'en'), 'closed')
    expect(en).toMatch(/^Outcome: Referred to another department\. Referred to .+\.属教育部门职责$/)
    const zh = messageOf(await consoleEvents(trackingNo, 'zh-CN'), 'closed')
    expect(zh).toMatch(/^办结结论：已移交其他部门。已移交.+。属教育部门职责$/)
  })

  it('a refusal and the parent reopening read in Uyghur for the parent, in Chinese for the department', async () => {
    const refused = await handledComplaint([['reject', { reason: '不属于本部门职责范围' }]])
    expect(messageOf(await parentTimeline(refused.parent, refused.trackingNo, 'ug'), 'rejected')).toBe('قوبۇل قىلىنماسلىق سەۋەبى: 不属于本部门职责范围')

    const answered = await handledComplaint([
      ['accept', {}],
      ['assign', { departmentCode: 'health' }],
      ['investigate', {}],
      ['answer', { answer: ANSWER }]
    ])
    unwrap(await callIn(db, 'ug', answered.parent, 'complaints', 'reopen', { trackingNo: answered.trackingNo, reason: '整改没有落实' }))
    expect(messageOf(await parentTimeline(answered.parent, answered.trackingNo, 'ug'), 'reopened')).toBe('ئاتا-ئانا قايتا بىر تەرەپ قىلىشنى ئىلتىماس قىلدى: 整改没有落实')
    expect(messageOf(await consoleEvents(answered.trackingNo, 'zh-CN'), 'reopened')).toBe('家长申请重新处理：整改没有落实')
  })
})

describe('rows written before steps kept their key', () => {
  it('read as written, in any language', async () => {
    const { trackingNo, parent } = await handledComplaint([['accept', {}]])
    // As 0840 found them: Chinese text and no phrase.
    await db.query(
      `INSERT INTO complaint_events (complaint_id, at, kind, actor, internal, to_status, message)
         SELECT id, $2, 'assigned', 'regulator', false, 'assigned', '已转交市场监管局办理。' FROM complaints WHERE tracking_no = $1`,
      [trackingNo, new Date(TEST_NOW.getTime() + 1000)]
    )
    expect(messageOf(await parentTimeline(parent, trackingNo, 'en'), 'assigned')).toBe('已转交市场监管局办理。')
  })
})
