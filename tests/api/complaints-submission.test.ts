import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { ComplaintView, RegulatorComplaintView } from '../../src/domain/complaints/complaint-schema'
import { isValidTrackingNumber, makeTrackingNumber } from '../../src/domain/complaints/tracking-number-rules'
import type { InboxMessage } from '../../src/domain/inbox/inbox-schema'
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
  submit,
  unwrap,
  uploadPhoto
} from './support/complaint-fixtures'
import { databaseOfKind, STORE_KINDS, TEST_NOW, testDatabase } from './support/test-database'

const REGION = 'bazhou'

describe.each(STORE_KINDS)('complaints on each store (%s)', (kind) => {
  let db: Database
  beforeAll(async () => {
    db = await databaseOfKind(kind)
  })
  afterAll(async () => {
    await db?.close()
  })

  it('50 parents submitting at once: exactly 50 stored, 50 distinct valid tracking numbers', async () => {
    const institution = await institutionOf(db, REGION, 3)
    const parents = Array.from({ length: 50 }, (_, i) => newParent(`家长${i}`))
    const before = await complaintTableCounts(db)
    const results = await Promise.all(parents.map((parent) => submit(db, parent, complaintInput(institution.id, { category: 'safety' }))))
    expect(results.map(codeOf)).toEqual(parents.map(() => 'OK'))
    const numbers = results.map((r) => (r.ok ? r.data.complaint.trackingNo : ''))
    expect(new Set(numbers).size).toBe(50)
    expect(numbers.every(isValidTrackingNumber)).toBe(true)
    expect(numbers.every((n) => n.startsWith('BZ2611-'))).toBe(true)
    const after = await complaintTableCounts(db)
    expect(after.complaints - before.complaints).toBe(50)
    const stored = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM complaints WHERE tracking_no = ANY($1::text[])`, [numbers])
    expect(stored.rows[0]?.n).toBe(50)
    expect(after.inbox_messages - before.inbox_messages).toBe(50)
  })

  it('one parent firing 8 at once gets exactly 5 through, the rest told to wait', async () => {
    const institution = await institutionOf(db, REGION, 4)
    const parent = newParent()
    const results = await Promise.all(
      Array.from({ length: 8 }, () => submit(db, parent, complaintInput(institution.id, { category: 'other' })))
    )
    expect(results.filter((r) => r.ok)).toHaveLength(5)
    const refused = results.filter((r) => !r.ok)
    expect(refused.map(codeOf)).toEqual(['RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED'])
    const mine = unwrap(await callAs<{ complaints: unknown[] }>(db, parent, 'complaints', 'mine', {}))
    expect(mine.complaints).toHaveLength(5)
  })
  it('one complaint handled end to end, with a photo, a merge and a reopening', async () => {
    const institution = await institutionOf(db, REGION, 5)
    const parent = newParent()
    const regulator = regulatorOf(REGION)
    const jpeg = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#884422' } }).jpeg().toBuffer()
    const photo = unwrap(await uploadPhoto(db, parent, new Uint8Array(jpeg)))
    const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id, { category: 'food', photoTickets: [photo.ticket] }))
    const trackingNo = complaint.trackingNo
    const duplicate = await fileComplaint(db, newParent(), complaintInput(institution.id, { category: 'food' }))
    const at = (hours: number) => new Date(TEST_NOW.getTime() + hours * 3_600_000)
    unwrap(await regulatorAct(db, regulator, 'close', { trackingNo: duplicate.complaint.trackingNo, outcome: { kind: 'duplicate', duplicateOf: trackingNo }, reason: '与另一件投诉为同一问题' }, at(1)))
    for (const [hours, action, input] of [
      [2, 'accept', {}],
      [3, 'assign', { departmentCode: 'health', note: '请尽快到现场' }],
      [4, 'investigate', {}],
      [5, 'answer', { answer: '经现场核查，机构已整改。' }]
    ] as const) {
      unwrap(await regulatorAct(db, regulator, action, { trackingNo, ...input }, at(hours)))
    }
    const reopened = unwrap(await callAs<ComplaintView>(db, parent, 'complaints', 'reopen', { trackingNo, reason: '整改没有落实，问题依旧' }, at(6)))
    expect(reopened.status).toBe('reopened')
    expect(reopened.timeline.map((e) => e.kind)).toEqual(['submitted', 'report_added', 'accepted', 'assigned', 'investigating', 'answered', 'reopened'])
    const view = unwrap(await callAs<RegulatorComplaintView>(db, regulator, 'complaints', 'inspect', { trackingNo }, at(7)))
    expect(view.mergedReports.map((r) => r.trackingNo)).toEqual([duplicate.complaint.trackingNo])
    expect(view.photos).toHaveLength(1)
    expect(view.answerBy).not.toBeNull()
    const fetched = unwrap(await callAs<{ data: string }>(db, parent, 'complaints', 'photo', { trackingNo, photoId: photo.id }, at(7)))
    expect(Buffer.from(fetched.data, 'base64').subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
  })
})

describe('filing', () => {
  let db: Database
  let institution: { id: string; regionCode: string; name: string }
  let regulator: User
  beforeAll(async () => {
    db = await testDatabase()
    institution = await institutionOf(db, REGION, 0)
    regulator = regulatorOf(REGION)
  })

  it('gives a tracking number, routes to the department and promises a date', async () => {
    const parent = newParent()
    const { complaint, followSecret, heldForReview } = await fileComplaint(db, parent, complaintInput(institution.id, { category: 'food' }))
    expect(isValidTrackingNumber(complaint.trackingNo)).toBe(true)
    expect(followSecret).toBeNull()
    expect(heldForReview).toBe(false)
    expect(complaint.status).toBe('submitted')
    expect(complaint.department?.code).toBe('market')
    expect(complaint.department?.name).toContain('市场监督管理局')
    expect(complaint.subject).toMatchObject({ kind: 'filed', institutionId: institution.id, name: institution.name })
    const inbox = unwrap(await callAs<{ messages: InboxMessage[] }>(db, parent, 'inbox', 'list', {})).messages
    expect(inbox).toHaveLength(1)
    expect(inbox[0]?.body).toContain(complaint.trackingNo)
    expect(inbox[0]?.body).toContain('市场监督管理局')
  })

  it('sends a suspected abuse report to the police', async () => {
    const { complaint } = await fileComplaint(db, newParent(), complaintInput(institution.id, { category: 'abuse_neglect' }))
    expect(complaint.department?.code).toBe('public_security')
  })

  it('takes an unfiled operator as the parent saw it', async () => {
    const { complaint } = await fileComplaint(
      db,
      newParent(),
      complaintInput(institution.id, {
        category: 'unregistered',
        subject: { kind: 'unfiled', regionCode: REGION, operatorName: '小星星家庭托管', address: '库尔勒市人民东路某小区2栋1单元', location: { lat: 41.76, lng: 86.15 } }
      })
    )
    expect(complaint.subject).toMatchObject({ kind: 'unfiled', institutionId: null, name: '小星星家庭托管' })
    expect(complaint.department?.code).toBe('market')
  })

  it('keeps risky text for manual review instead of refusing it', async () => {
    const parent = newParent()
    const result = await fileComplaint(
      db,
      parent,
      complaintInput(institution.id, { details: '这家托育机构的老师都是王八蛋，孩子回家说被关进小黑屋，请尽快调查处理。' })
    )
    expect(result.heldForReview).toBe(true)
    const view = unwrap(await callAs<RegulatorComplaintView>(db, regulator, 'complaints', 'inspect', { trackingNo: result.complaint.trackingNo }))
    expect(view.heldForReview).toBe(true)
    expect(view.reviewFlags).toEqual(['insult'])
    const { items } = unwrap(await callAs<{ items: { trackingNo: string; heldForReview: boolean }[] }>(db, regulator, 'complaints', 'queue', { limit: 200 }))
    expect(items.find((i) => i.trackingNo === result.complaint.trackingNo)?.heldForReview).toBe(true)
    // The parent's timeline does not show the review flag.
    expect(result.complaint.timeline.map((e) => e.kind)).toEqual(['submitted'])
  })

  it('says only whether a similar complaint is open in the last 30 days, and joins it by the server’s own lookup', async () => {
    const place = await institutionOf(db, REGION, 1)
    const first = await fileComplaint(db, newParent(), complaintInput(place.id, { category: 'fees_refunds' }))
    await fileComplaint(db, newParent(), complaintInput(place.id, { category: 'food' }))
    await fileComplaint(db, newParent(), complaintInput(place.id, { category: 'other', incidentDate: '2026-10-01' }), new Date('2026-10-15T02:00:00Z'))
    const second = newParent()
    const similar = (category: string) => callAs<{ similarOpen: boolean }>(db, second, 'complaints', 'duplicates', { institutionId: place.id, category })
    expect(unwrap(await similar('fees_refunds'))).toEqual({ similarOpen: true })
    expect(unwrap(await similar('other'))).toEqual({ similarOpen: false })
    expect(unwrap(await similar('safety'))).toEqual({ similarOpen: false })

    const added = await fileComplaint(db, second, complaintInput(place.id, { category: 'fees_refunds', joinSimilar: true }))
    expect(added.complaint.status).toBe('closed')
    expect(added.complaint.joined).toBe(true)
    expect(JSON.stringify(added)).not.toContain(first.complaint.trackingNo)

    // The regulator sees both reports on one file; the department's steps reach both parents.
    const view = unwrap(await callAs<RegulatorComplaintView>(db, regulator, 'complaints', 'inspect', { trackingNo: first.complaint.trackingNo }))
    expect(view.mergedReports.map((r) => r.trackingNo)).toEqual([added.complaint.trackingNo])
    const later = new Date(TEST_NOW.getTime() + 3_600_000)
    unwrap(await regulatorAct(db, regulator, 'accept', { trackingNo: first.complaint.trackingNo }, later))
    const followed = unwrap(await callAs<ComplaintView>(db, second, 'complaints', 'get', { trackingNo: added.complaint.trackingNo }, later))
    expect(followed.timeline.map((e) => e.kind)).toEqual(['submitted', 'closed', 'accepted'])
    const inbox = unwrap(await callAs<{ messages: InboxMessage[] }>(db, second, 'inbox', 'list', {}, later)).messages
    expect(inbox[0]?.body).toContain(added.complaint.trackingNo)
    expect(JSON.stringify(inbox)).not.toContain(first.complaint.trackingNo)
    expect(inbox[0]?.link).toContain(added.complaint.trackingNo)
  })

  it('files a report on its own when nothing similar is open to join any more', async () => {
    const place = await institutionOf(db, REGION, 2)
    const target = await fileComplaint(db, newParent(), complaintInput(place.id, { category: 'safety' }))
    const otherCategory = await fileComplaint(db, newParent(), complaintInput(place.id, { category: 'food', joinSimilar: true }))
    expect(otherCategory.complaint).toMatchObject({ status: 'submitted', joined: false })
    unwrap(await regulatorAct(db, regulator, 'reject', { trackingNo: target.complaint.trackingNo, reason: '经核实不属于投诉范围' }))
    const afterReject = await fileComplaint(db, newParent(), complaintInput(place.id, { category: 'safety', joinSimilar: true }))
    expect(afterReject.complaint).toMatchObject({ status: 'submitted', joined: false })
  })

  it('merges a duplicate the regulator spots, taking its own added reports along', async () => {
    const place = await institutionOf(db, REGION, 6)
    const keep = await fileComplaint(db, newParent(), complaintInput(place.id, { category: 'hygiene_health' }))
    const dupParent = newParent()
    const dup = await fileComplaint(db, dupParent, complaintInput(place.id, { category: 'staff_qualifications' }))
    const follower = await fileComplaint(db, newParent(), complaintInput(place.id, { category: 'staff_qualifications', joinSimilar: true }))
    expect(follower.complaint.joined).toBe(true)
    const merged = unwrap(
      await regulatorAct(db, regulator, 'close', {
        trackingNo: dup.complaint.trackingNo,
        outcome: { kind: 'duplicate', duplicateOf: keep.complaint.trackingNo },
        reason: '与另一件投诉反映的是同一问题'
      })
    )
    expect(merged.status).toBe('closed')
    expect(merged.mergedInto).toBe(keep.complaint.trackingNo)
    const view = unwrap(await callAs<RegulatorComplaintView>(db, regulator, 'complaints', 'inspect', { trackingNo: keep.complaint.trackingNo }))
    expect(view.mergedReports.map((r) => r.trackingNo).sort()).toEqual([dup.complaint.trackingNo, follower.complaint.trackingNo].sort())
    const parentView = unwrap(await callAs<ComplaintView>(db, dupParent, 'complaints', 'get', { trackingNo: dup.complaint.trackingNo }))
    expect(parentView.outcome).toMatchObject({ kind: 'duplicate', duplicateOf: null })
    expect(parentView.joined).toBe(true)
    const self = await regulatorAct(db, regulator, 'close', {
      trackingNo: keep.complaint.trackingNo,
      outcome: { kind: 'duplicate', duplicateOf: keep.complaint.trackingNo },
      reason: '与另一件投诉反映的是同一问题'
    })
    expect(codeOf(self)).toBe('MERGE_NOT_ALLOWED')
  })

  it('counts upheld complaints by year and category on the institution, and nothing else', async () => {
    const place = await institutionOf(db, REGION, 7)
    const fileAndClose = async (category: string, kind: string) => {
      const { complaint } = await fileComplaint(db, newParent(), complaintInput(place.id, { category }))
      const no = complaint.trackingNo
      for (const [action, input] of [
        ['accept', {}],
        ['assign', { departmentCode: 'health' }],
        ['investigate', {}],
        ['answer', { answer: '经核查，情况属实，已责令整改。' }],
        ['close', { outcome: { kind }, reason: '核查完毕，依法处理' }]
      ] as const) {
        unwrap(await regulatorAct(db, regulator, action, { trackingNo: no, ...input }))
      }
    }
    await fileAndClose('food', 'upheld')
    await fileAndClose('food', 'partly_upheld')
    await fileAndClose('safety', 'upheld')
    await fileAndClose('fees_refunds', 'not_upheld')
    await fileComplaint(db, newParent(), complaintInput(place.id, { category: 'food' }))
    const counts = unwrap(await callAs<{ counts: unknown[] }>(db, null, 'complaints', 'upheldCounts', { institutionId: place.id }))
    expect(counts.counts).toEqual([
      { year: 2026, category: 'food', upheld: 2 },
      { year: 2026, category: 'safety', upheld: 1 }
    ])
  })

  it('answers "is this place filed?" by name or address', async () => {
    const byName = unwrap(await callAs<{ matches: { institutionId: string; filingNumber: string }[] }>(db, null, 'complaints', 'isFiled', { regionCode: REGION, query: institution.name.slice(0, 4) }))
    expect(byName.matches.map((m) => m.institutionId)).toContain(institution.id)
    expect(byName.matches[0]?.filingNumber).toBeTruthy()
    const nothing = unwrap(await callAs<{ matches: unknown[] }>(db, null, 'complaints', 'isFiled', { regionCode: REGION, query: '没有这家托管班_%' }))
    expect(nothing.matches).toEqual([])
    const otherRegion = unwrap(await callAs<{ matches: unknown[] }>(db, null, 'complaints', 'isFiled', { regionCode: 'hebi', query: institution.name }))
    expect(otherRegion.matches).toEqual([])
  })
})

describe('malformed input gets a code and a message, and writes nothing', () => {
  let db: Database
  let institutionId: string
  let parent: User
  let regulator: User
  let open: string
  beforeAll(async () => {
    db = await testDatabase()
    institutionId = (await institutionOf(db, REGION, 8)).id
    parent = newParent()
    regulator = regulatorOf(REGION)
    open = (await fileComplaint(db, newParent(), complaintInput(institutionId))).complaint.trackingNo
  })

  const valid = () => complaintInput(institutionId)
  const unknownNo = makeTrackingNumber('BZ', TEST_NOW, Uint8Array.from([9, 9, 9, 9, 9]))
  const badSubmissions: [string, () => unknown, string][] = [
    ['no input', () => undefined, 'INVALID_INPUT'],
    ['null', () => null, 'INVALID_INPUT'],
    ['a string', () => 'please look into it', 'INVALID_INPUT'],
    ['a list', () => [1, 2, 3], 'INVALID_INPUT'],
    ['an empty object', () => ({}), 'INVALID_INPUT'],
    ['missing details', () => ({ ...valid(), details: undefined }), 'INVALID_INPUT'],
    ['details too short', () => ({ ...valid(), details: '太差了' }), 'INVALID_INPUT'],
    ['details too long', () => ({ ...valid(), details: '很'.repeat(2001) }), 'INVALID_INPUT'],
    ['details a number', () => ({ ...valid(), details: 1234567890123 }), 'INVALID_INPUT'],
    ['unknown category', () => ({ ...valid(), category: 'noise' }), 'INVALID_INPUT'],
    ['unknown identity', () => ({ ...valid(), identity: 'secretive' }), 'INVALID_INPUT'],
    ['no such date', () => ({ ...valid(), incidentDate: '2026-02-30' }), 'INVALID_INPUT'],
    ['a date in the future', () => ({ ...valid(), incidentDate: '2026-12-01' }), 'INCIDENT_DATE_IN_FUTURE'],
    ['a date three years ago', () => ({ ...valid(), incidentDate: '2023-11-01' }), 'INCIDENT_TOO_OLD'],
    ['an unknown institution', () => ({ ...valid(), subject: { kind: 'filed', institutionId: 'bz-99999' } }), 'NOT_FOUND'],
    ['an unknown region', () => ({ ...valid(), subject: { kind: 'unfiled', regionCode: 'atlantis', operatorName: '某托管班', address: '某路某号某小区', location: { lat: 30, lng: 120 } } }), 'NOT_FOUND'],
    ['a point off the globe', () => ({ ...valid(), subject: { kind: 'unfiled', regionCode: REGION, operatorName: '某托管班', address: '某路某号某小区', location: { lat: 300, lng: 120 } } }), 'INVALID_INPUT'],
    ['a photo ticket nobody was given', () => ({ ...valid(), photoTickets: [`pt-${'x'.repeat(43)}`] }), 'NOT_FOUND'],
    ['a photo id instead of a ticket', () => ({ ...valid(), photoTickets: ['ph-00000000-0000-0000-0000-000000000000'] }), 'INVALID_INPUT'],
    ['seven photos', () => ({ ...valid(), photoTickets: Array.from({ length: 7 }, (_, i) => `pt-${String(i).padStart(43, 'A')}`) }), 'INVALID_INPUT'],
    ['a bad phone', () => ({ ...valid(), contact: { contactName: '王', contactPhone: '110' } }), 'INVALID_INPUT'],
    ['a tracking number to add to, which the server no longer takes', () => ({ ...valid(), addToExisting: unknownNo }), 'INVALID_INPUT'],
    ['joinSimilar that is not true or false', () => ({ ...valid(), joinSimilar: 'yes' }), 'INVALID_INPUT'],
    ['an extra field', () => ({ ...valid(), complainantId: 'someone' }), 'INVALID_INPUT'],
    ['a prototype key', () => JSON.parse(`{"__proto__": {"admin": true}, "category": "food"}`), 'INVALID_INPUT']
  ]

  for (const [name, input, code] of badSubmissions) {
    it(`submit with ${name} → ${code}`, async () => {
      const before = await complaintTableCounts(db)
      const result = await callAs(db, parent, 'complaints', 'submit', input())
      expect(codeOf(result)).toBe(code)
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5)
      expect(await complaintTableCounts(db)).toEqual(before)
    })
  }

  const badRegulatorCalls: [string, string, Record<string, unknown>, string][] = [
    ['assign to a department the region lacks', 'assign', { departmentCode: 'navy' }, 'DEPARTMENT_NOT_IN_REGION'],
    ['refer to a department the region lacks', 'close', { outcome: { kind: 'referred', departmentCode: 'navy' }, reason: '移交其他部门处理' }, 'DEPARTMENT_NOT_IN_REGION'],
    ['reject without a reason', 'reject', { reason: '' }, 'INVALID_INPUT'],
    ['answer in three words', 'answer', { answer: '已处理' }, 'INVALID_INPUT'],
    ['close with an unknown outcome', 'close', { outcome: { kind: 'forgotten' }, reason: '时间太久了无法核实' }, 'INVALID_INPUT'],
    ['merge into an unknown complaint', 'close', { outcome: { kind: 'duplicate', duplicateOf: unknownNo }, reason: '与另一件投诉为同一问题' }, 'MERGE_NOT_ALLOWED'],
    ['a note too long', 'note', { note: '长'.repeat(1001) }, 'INVALID_INPUT']
  ]

  for (const [name, action, input, code] of badRegulatorCalls) {
    it(`${name} → ${code}`, async () => {
      const accepted = (await fileComplaint(db, newParent(), complaintInput(institutionId))).complaint.trackingNo
      unwrap(await regulatorAct(db, regulator, 'accept', { trackingNo: accepted }))
      const before = await complaintTableCounts(db)
      const eventsBefore = await db.query(`SELECT count(*) FROM complaint_events WHERE kind <> 'viewed'`)
      const result = await regulatorAct(db, regulator, action, { trackingNo: accepted, ...input })
      expect(codeOf(result)).toBe(code)
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5)
      expect(await complaintTableCounts(db)).toEqual(before)
      expect(await db.query(`SELECT count(*) FROM complaint_events WHERE kind <> 'viewed'`)).toEqual(eventsBefore)
    })
  }

  it('reopen without a reason, or of an unknown number', async () => {
    const before = await complaintTableCounts(db)
    expect(codeOf(await callAs(db, parent, 'complaints', 'reopen', { trackingNo: open, reason: '' }))).toBe('INVALID_INPUT')
    expect(codeOf(await callAs(db, parent, 'complaints', 'reopen', { trackingNo: unknownNo, reason: '答复没有解决问题' }))).toBe('NOT_FOUND')
    // The old part-by-part upload is gone: photos come in one upload, never as base64 in an action.
    expect(codeOf(await callAs(db, parent, 'complaints', 'putPhotoPart', { uploadId: 'up-none-1234', partIndex: 0, data: 'AAAA' }))).toBe('UNKNOWN_ACTION')
    expect(codeOf(await callAs(db, null, 'complaints', 'isFiled', { regionCode: REGION, query: 'a' }))).toBe('INVALID_INPUT')
    expect(await complaintTableCounts(db)).toEqual(before)
  })
})
