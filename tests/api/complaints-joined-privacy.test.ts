import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { ComplaintView } from '../../src/domain/complaints/complaint-schema'
import { IDENTITY_MODES } from '../../src/domain/complaints/complaint-schema'
import { callAs } from './support/call-action'
import { complaintInput, fileComplaint, institutionOf, newParent, regulatorAct, regulatorOf, unwrap } from './support/complaint-fixtures'
import { TEST_NOW, testDatabase } from './support/test-database'

const REGION = 'bazhou'
const hour = (n: number) => new Date(TEST_NOW.getTime() + n * 3_600_000)

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

async function handleUntilAnswer(regulator: User, trackingNo: string): Promise<void> {
  unwrap(await regulatorAct(db, regulator, 'accept', { trackingNo }, hour(2)))
  unwrap(await regulatorAct(db, regulator, 'assign', { trackingNo, departmentCode: 'health' }, hour(2)))
  unwrap(await regulatorAct(db, regulator, 'investigate', { trackingNo }, hour(2)))
}

/**
 * Parent A complains about an institution; parent B, who may be someone at that institution with an ordinary
 * parent account, is offered to join and does. Whatever A chose to reveal, B learns nothing of A's complaint
 * beyond what the institution page publishes (counts of upheld complaints): not its number, status history
 * specific to A, A's words, A's name or phone, nor what the department wrote to A.
 */
describe.each(IDENTITY_MODES)('a parent who joins a similar complaint filed as %s', (identity) => {
  it('learns that one exists, then only its public answer and outcome', async () => {
    const index = 10 + IDENTITY_MODES.indexOf(identity)
    const place = await institutionOf(db, REGION, index)
    const regulator = regulatorOf(REGION)
    const a = newParent('家长甲')
    const aDetails = `甲的孩子在午餐时被热汤烫伤，老师没有及时处理，标记${identity}甲细节。`
    const aContact = identity === 'anonymous' ? {} : { contact: { contactName: '甲家长真名', contactPhone: '13911112222' } }
    const filed = await fileComplaint(db, a, complaintInput(place.id, { category: 'safety', details: aDetails, identity, ...aContact }), hour(0))
    const aNo = filed.complaint.trackingNo

    const b = newParent('家长乙')
    const offer = unwrap(await callAs(db, b, 'complaints', 'duplicates', { institutionId: place.id, category: 'safety' }, hour(1)))
    expect(offer).toEqual({ similarOpen: true })
    const joined = await fileComplaint(db, b, complaintInput(place.id, { category: 'safety', joinSimilar: true }), hour(1))
    expect(joined.complaint).toMatchObject({ joined: true, status: 'closed' })

    const privateAnswer = '经查，甲家长真名（13911112222）反映的烫伤属实，已责令赔偿医药费。'
    const publicAnswer = '经现场检查，该机构午餐环节存在安全隐患，已责令整改。'
    const closeReason = '已与甲家长真名电话沟通，整改到位'
    await handleUntilAnswer(regulator, aNo)
    unwrap(await regulatorAct(db, regulator, 'answer', { trackingNo: aNo, answer: privateAnswer, publicAnswer }, hour(3)))
    unwrap(await regulatorAct(db, regulator, 'close', { trackingNo: aNo, outcome: { kind: 'upheld' }, reason: closeReason }, hour(4)))

    const seen = {
      submitted: joined,
      view: unwrap(await callAs<ComplaintView>(db, b, 'complaints', 'get', { trackingNo: joined.complaint.trackingNo }, hour(5))),
      mine: unwrap(await callAs(db, b, 'complaints', 'mine', {}, hour(5))),
      inbox: unwrap(await callAs(db, b, 'inbox', 'list', {}, hour(5))),
      offerAfterClose: unwrap(await callAs(db, b, 'complaints', 'duplicates', { institutionId: place.id, category: 'safety' }, hour(5)))
    }
    const text = JSON.stringify(seen)
    for (const secret of [aNo, aDetails, '甲家长真名', '13911112222', privateAnswer, closeReason, filed.followSecret ?? aNo]) {
      expect(text).not.toContain(secret)
    }
    // What B does learn: that the department answered (its public part) and judged the matter upheld.
    const regulatorSteps = seen.view.timeline.filter((e) => e.actor === 'regulator')
    expect(regulatorSteps.map((e) => e.kind)).toEqual(['accepted', 'assigned', 'investigating', 'answered', 'closed'])
    expect(regulatorSteps.find((e) => e.kind === 'answered')?.message).toBe(publicAnswer)
    expect(regulatorSteps.find((e) => e.kind === 'closed')?.message).toContain('投诉属实')
    expect(seen.view.timeline.every((e) => e.via === null)).toBe(true)
    expect(seen.offerAfterClose).toEqual({ similarOpen: false })

    // A still reads the answer written to them.
    if (identity !== 'anonymous') {
      const own = unwrap(await callAs<ComplaintView>(db, a, 'complaints', 'get', { trackingNo: aNo }, hour(5)))
      expect(own.answer).toBe(privateAnswer)
    }
  })
})

describe('a joined parent when the department writes no public part', () => {
  it('sees that an answer was given, without its words', async () => {
    const place = await institutionOf(db, REGION, 14)
    const regulator = regulatorOf(REGION)
    const filed = await fileComplaint(db, newParent(), complaintInput(place.id, { category: 'food' }), hour(0))
    const b = newParent()
    const joined = await fileComplaint(db, b, complaintInput(place.id, { category: 'food', joinSimilar: true }), hour(1))
    const privateAnswer = '已电话告知您本人，涉事厨师已调离。'
    await handleUntilAnswer(regulator, filed.complaint.trackingNo)
    unwrap(await regulatorAct(db, regulator, 'answer', { trackingNo: filed.complaint.trackingNo, answer: privateAnswer }, hour(3)))
    const view = unwrap(await callAs<ComplaintView>(db, b, 'complaints', 'get', { trackingNo: joined.complaint.trackingNo }, hour(4)))
    const answered = view.timeline.find((e) => e.kind === 'answered')
    expect(answered).toMatchObject({ actor: 'regulator', message: null })
    const inbox = unwrap(await callAs(db, b, 'inbox', 'list', {}, hour(4)))
    expect(JSON.stringify([view, inbox])).not.toContain(privateAnswer)
  })
})
