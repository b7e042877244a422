import sharp from 'sharp'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { ComplaintView, RegulatorComplaintView } from '../../src/domain/complaints/complaint-schema'
import { makeTrackingNumber } from '../../src/domain/complaints/tracking-number-rules'
import type { Envelope } from '../../src/domain/shared/envelope-schema'
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
  unwrap,
  uploadPhoto
} from './support/complaint-fixtures'
import { TEST_NOW, testDatabase } from './support/test-database'

const REGION = 'yuzhong'
const CONTACT = { contactName: '林女士隐私', contactPhone: '13912345678' }
const NOTE = '内部备注：举报人是该园三楼托小班家长'

let db: Database
let institution: { id: string; regionCode: string }
let complainant: User
let named: { trackingNo: string; photoId: string }
let anonymous: { trackingNo: string; secret: string }
let anonymousParent: User

interface Actor {
  name: string
  user: User | null
}
let actors: Record<'complainant' | 'otherParent' | 'staff' | 'regulator' | 'otherRegulator' | 'signedOut', Actor>

beforeAll(async () => {
  db = await testDatabase()
  institution = await institutionOf(db, REGION, 1)
  complainant = newParent('投诉家长')
  const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c86432' } }).jpeg().toBuffer()
  const photo = unwrap(await uploadPhoto(db, complainant, new Uint8Array(jpeg)))
  const filed = await fileComplaint(
    db,
    complainant,
    complaintInput(institution.id, { identity: 'hidden_from_institution', contact: CONTACT, photoTickets: [photo.ticket] })
  )
  named = { trackingNo: filed.complaint.trackingNo, photoId: photo.id }
  const regulator = regulatorOf(REGION)
  unwrap(await regulatorAct(db, regulator, 'note', { trackingNo: named.trackingNo, note: NOTE }))

  anonymousParent = newParent('匿名家长')
  const anon = await fileComplaint(db, anonymousParent, complaintInput(institution.id, { identity: 'anonymous', category: 'fees_refunds', contact: CONTACT }))
  expect(anon.followSecret).toMatch(/^[0-9A-Za-z]{16}$/)
  anonymous = { trackingNo: anon.complaint.trackingNo, secret: anon.followSecret ?? '' }

  actors = {
    complainant: { name: 'complainant', user: complainant },
    otherParent: { name: 'another parent', user: newParent('别的家长') },
    staff: { name: 'institution staff', user: staffOf(institution) },
    regulator: { name: 'regulator of the region', user: regulator },
    otherRegulator: { name: 'regulator of another region', user: regulatorOf('hebi') },
    signedOut: { name: 'not signed in', user: null }
  }
})

const call = <T>(actor: Actor, action: string, input: unknown) => callAs<T>(db, actor.user, 'complaints', action, input)

/** Nothing the institution, another family or another region receives may carry the complaint or the complainant. */
function expectNoLeak(result: Envelope<unknown>) {
  const text = JSON.stringify(result)
  for (const secret of [CONTACT.contactName, CONTACT.contactPhone, NOTE, complainant.id, named.trackingNo.slice(7), '储物间']) {
    expect(text).not.toContain(secret)
  }
}

describe('who sees a named complaint', () => {
  /** Per actor: the code for reading it as its parent, its photo, the regulator's view, its audit log, the queue, my complaints. */
  const EXPECTED: Record<keyof typeof actors, { get: string; photo: string; inspect: string; auditLog: string; queue: string; mine: string }> = {
    complainant: { get: 'OK', photo: 'OK', inspect: 'FORBIDDEN', auditLog: 'FORBIDDEN', queue: 'FORBIDDEN', mine: 'OK' },
    otherParent: { get: 'NOT_FOUND', photo: 'NOT_FOUND', inspect: 'FORBIDDEN', auditLog: 'FORBIDDEN', queue: 'FORBIDDEN', mine: 'OK' },
    staff: { get: 'NOT_FOUND', photo: 'NOT_FOUND', inspect: 'FORBIDDEN', auditLog: 'FORBIDDEN', queue: 'FORBIDDEN', mine: 'FORBIDDEN' },
    regulator: { get: 'NOT_FOUND', photo: 'OK', inspect: 'OK', auditLog: 'OK', queue: 'OK', mine: 'FORBIDDEN' },
    otherRegulator: { get: 'NOT_FOUND', photo: 'NOT_FOUND', inspect: 'NOT_FOUND', auditLog: 'NOT_FOUND', queue: 'OK', mine: 'FORBIDDEN' },
    signedOut: { get: 'NOT_FOUND', photo: 'NOT_FOUND', inspect: 'UNAUTHENTICATED', auditLog: 'UNAUTHENTICATED', queue: 'UNAUTHENTICATED', mine: 'UNAUTHENTICATED' }
  }

  for (const key of Object.keys(EXPECTED) as (keyof typeof actors)[]) {
    it(`as the ${key}`, async () => {
      const actor = actors[key]
      const expected = EXPECTED[key]
      const get = await call<ComplaintView>(actor, 'get', { trackingNo: named.trackingNo })
      const photo = await call(actor, 'photo', { trackingNo: named.trackingNo, photoId: named.photoId })
      const inspect = await call<RegulatorComplaintView>(actor, 'inspect', { trackingNo: named.trackingNo })
      const auditLog = await call(actor, 'auditLog', { trackingNo: named.trackingNo })
      const queue = await call<{ items: { trackingNo: string }[] }>(actor, 'queue', {})
      const mine = await call<{ complaints: { trackingNo: string }[] }>(actor, 'mine', {})
      expect({
        get: codeOf(get),
        photo: codeOf(photo),
        inspect: codeOf(inspect),
        auditLog: codeOf(auditLog),
        queue: codeOf(queue),
        mine: codeOf(mine)
      }).toEqual(expected)

      const inQueue = queue.ok && queue.data.items.some((i) => i.trackingNo === named.trackingNo)
      expect(inQueue).toBe(key === 'regulator')
      const inMine = mine.ok && mine.data.complaints.some((c) => c.trackingNo === named.trackingNo)
      expect(inMine).toBe(key === 'complainant')

      if (key === 'complainant') {
        expect(get.ok && get.data.details).toContain('储物间')
        expect(JSON.stringify(get)).not.toContain(NOTE)
      }
      if (key === 'regulator' && inspect.ok) {
        expect(inspect.data.contactName).toBe(CONTACT.contactName)
        expect(inspect.data.contactPhone).toBe(CONTACT.contactPhone)
        expect(inspect.data.mayTellInstitution).toBe(false)
        expect(inspect.data.events.some((e) => e.internal && e.message === NOTE)).toBe(true)
      }
      if (key !== 'complainant' && key !== 'regulator') {
        for (const result of [get, photo, inspect, auditLog, queue, mine]) expectNoLeak(result)
      }
    })
  }

  it('the institution page shows counts only', async () => {
    const counts = await call(actors.signedOut, 'upheldCounts', { institutionId: institution.id })
    expect(codeOf(counts)).toBe('OK')
    expectNoLeak(counts)
  })

  it('the audit log records that the regulator opened the file, and who', async () => {
    const log = unwrap(await call<{ entries: { kind: string; actorId: string | null }[] }>(actors.regulator, 'auditLog', { trackingNo: named.trackingNo }))
    expect(log.entries.some((e) => e.kind === 'viewed' && e.actorId === actors.regulator.user?.id)).toBe(true)
    const view = unwrap(await call<RegulatorComplaintView>(actors.regulator, 'inspect', { trackingNo: named.trackingNo }))
    expect(view.events.some((e) => e.kind === 'viewed')).toBe(false)
  })
})

describe('complaints merged together', () => {
  it('a parent whose report was merged follows the department’s steps, never the other parent’s words', async () => {
    const first = newParent()
    const second = newParent()
    const regulator = actors.regulator.user!
    const hour = (n: number) => new Date(TEST_NOW.getTime() + n * 3_600_000)
    const place = await institutionOf(db, REGION, 2)
    const firstDetails = '消防通道被杂物堵住，我家住在三楼，每天接送都看到，已经两个星期了。'
    const a = await fileComplaint(
      db,
      first,
      complaintInput(place.id, { category: 'safety', details: firstDetails, contact: { contactName: '第一位家长', contactPhone: '13700001111' } }),
      hour(0)
    )
    const b = await fileComplaint(db, second, complaintInput(place.id, { category: 'safety', joinSimilar: true }), hour(1))
    expect(b.complaint.joined).toBe(true)
    const no = a.complaint.trackingNo
    for (const [n, action, input] of [
      [2, 'accept', {}],
      [3, 'assign', { departmentCode: 'public_security' }],
      [4, 'investigate', {}],
      [5, 'answer', { answer: '已到现场检查，消防通道已清理。' }]
    ] as const) {
      unwrap(await regulatorAct(db, regulator, action, { trackingNo: no, ...input }, hour(n)))
    }
    const reason = '我家孩子的班主任李老师仍然没有整改'
    unwrap(await callAs(db, first, 'complaints', 'reopen', { trackingNo: no, reason }, hour(6)))

    const followed = unwrap(await callAs<ComplaintView>(db, second, 'complaints', 'get', { trackingNo: b.complaint.trackingNo }, hour(7)))
    expect(followed.timeline.filter((e) => e.actor === 'regulator').map((e) => e.kind)).toEqual(['accepted', 'assigned', 'investigating', 'answered'])
    expect(JSON.stringify(followed)).not.toContain(no)
    expect(JSON.stringify(followed)).not.toContain('已到现场检查')
    const inbox = unwrap(await callAs<{ messages: { body: string }[] }>(db, second, 'inbox', 'list', {}, hour(7)))
    for (const result of [followed, inbox]) {
      const text = JSON.stringify(result)
      expect(text).not.toContain(reason)
      expect(text).not.toContain('第一位家长')
      expect(text).not.toContain('13700001111')
      expect(text).not.toContain(firstDetails)
    }
    expect(inbox.messages[0]?.body).toContain('已申请重新处理')
  })
})

describe('an anonymous complaint', () => {
  it('stores no identity at all: no user, no contact, no photo uploader, no inbox message', async () => {
    const { rows } = await db.query<{ complainant_id: string | null; contact_name: string | null; contact_phone: string | null }>(
      `SELECT complainant_id, contact_name, contact_phone FROM complaints WHERE tracking_no = $1`,
      [anonymous.trackingNo]
    )
    expect(rows).toEqual([{ complainant_id: null, contact_name: null, contact_phone: null }])
    const events = await db.query<{ actor_id: string | null }>(
      `SELECT e.actor_id FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id WHERE c.tracking_no = $1`,
      [anonymous.trackingNo]
    )
    expect(events.rows.every((e) => e.actor_id === null)).toBe(true)
    const inbox = await db.query(`SELECT 1 FROM inbox_messages WHERE user_id = $1`, [anonymousParent.id])
    expect(inbox.rows).toHaveLength(0)
    const mine = unwrap(await callAs<{ complaints: unknown[] }>(db, anonymousParent, 'complaints', 'mine', {}))
    expect(mine.complaints).toHaveLength(0)
  })

  it('opens to the tracking number with its secret, from any device, and to no one else', async () => {
    const withSecret = await call<ComplaintView>(actors.signedOut, 'get', { trackingNo: anonymous.trackingNo, secret: anonymous.secret })
    expect(codeOf(withSecret)).toBe('OK')
    expect(withSecret.ok && withSecret.data.identity).toBe('anonymous')
    const wrong = anonymous.secret.startsWith('A') ? `B${anonymous.secret.slice(1)}` : `A${anonymous.secret.slice(1)}`
    expect(codeOf(await call(actors.signedOut, 'get', { trackingNo: anonymous.trackingNo, secret: wrong }))).toBe('NOT_FOUND')
    expect(codeOf(await call(actors.signedOut, 'get', { trackingNo: anonymous.trackingNo }))).toBe('NOT_FOUND')
    expect(codeOf(await callAs(db, anonymousParent, 'complaints', 'get', { trackingNo: anonymous.trackingNo }))).toBe('NOT_FOUND')
    // A named complaint does not open with a secret: only its parent's session opens it.
    expect(codeOf(await call(actors.signedOut, 'get', { trackingNo: named.trackingNo, secret: anonymous.secret }))).toBe('NOT_FOUND')
  })

  it('reaches the regulator without any contact', async () => {
    const view = unwrap(await call<RegulatorComplaintView>(actors.regulator, 'inspect', { trackingNo: anonymous.trackingNo }))
    expect(view.identity).toBe('anonymous')
    expect(view.contactName).toBeNull()
    expect(view.contactPhone).toBeNull()
    expect(JSON.stringify(view)).not.toContain(anonymousParent.id)
  })

  it('a tracking number that does not exist looks exactly like one that is not yours', async () => {
    const notYours = await call(actors.otherParent, 'get', { trackingNo: named.trackingNo })
    const unknownNo = makeTrackingNumber('YZ', TEST_NOW, Uint8Array.from([1, 2, 3, 4, 5]))
    const unknown = await call(actors.otherParent, 'get', { trackingNo: unknownNo })
    expect(unknown).toEqual(notYours)
    expect(codeOf(unknown)).toBe('NOT_FOUND')
  })
})
