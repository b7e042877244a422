import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { Session, User } from '../../src/domain/account/account-schema'
import type { InboxMessage } from '../../src/domain/inbox/inbox-schema'
import type { Locale } from '../../src/i18n/locales'
import { callAs, callIn as callLocale } from './support/call-action'
import { complaintInput, fileComplaint, institutionOf, regulatorAct, regulatorOf } from './support/complaint-fixtures'
import { addChild, book, createOffering, createSlot, someInstitutions, staffOf, unwrap } from './support/booking-fixtures'
import { testDatabase } from './support/test-database'

/**
 * A person's language: kept with the account by setLocale, handed back at sign-in, and used for the messages
 * the service writes to them while they are away, and for the errors of their own requests.
 */

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

const callIn = (locale: Locale, user: User | null, fn: string, action: string, input: unknown) => callLocale(db, locale, user, fn, action, input)

let counter = 0
async function signIn(): Promise<Session> {
  counter += 1
  return unwrap(await callAs<Session>(db, null, 'account', 'devLogin', { role: 'parent', displayName: `语言家长${counter}` }))
}

describe('account.setLocale', () => {
  it('keeps the choice with the account and hands it back at the next sign-in', async () => {
    const first = await signIn()
    expect(first.locale).toBeNull()
    expect(unwrap(await callAs(db, first.user, 'account', 'setLocale', { locale: 'ug' }))).toEqual({ locale: 'ug' })
    const again = unwrap(await callAs<Session>(db, null, 'account', 'devLogin', { role: 'parent', displayName: first.user.displayName }))
    expect(again.user.id).toBe(first.user.id)
    expect(again.locale).toBe('ug')
  })

  it('refuses a caller who is not signed in', async () => {
    const answer = await callAs(db, null, 'account', 'setLocale', { locale: 'en' })
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it.each([[{ locale: 'fr' }], [{ locale: 'ug-CN' }], [{}], [{ locale: 'en', extra: 1 }], [{ locale: 7 }]])('refuses %j with a clear field', async (input) => {
    const { user } = await signIn()
    const answer = await callAs(db, user, 'account', 'setLocale', input)
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})

describe('server messages in the person’s language', () => {
  it('answers an error in the language the request names', async () => {
    const inUyghur = await callIn('ug', null, 'account', 'setLocale', { locale: 'en' })
    const inEnglish = await callIn('en', null, 'account', 'setLocale', { locale: 'en' })
    const inChinese = await callIn('zh-CN', null, 'account', 'setLocale', { locale: 'en' })
    expect(inUyghur).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'ئاۋۋال تىزىملىتىپ كىرىڭ.' } })
    expect(inEnglish).toMatchObject({ ok: false, error: { message: 'Please sign in first.' } })
    expect(inChinese).toMatchObject({ ok: false, error: { message: '请先登录后再操作。' } })
  })

  it('names the refused field in the request’s language', async () => {
    const { user } = await signIn()
    const answer = await callIn('en', user, 'account', 'setLocale', {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'locale' } })
    if (!answer.ok) expect(answer.error.message).toBe('Something is not right (“Language” is not one of the choices). Please check and try again.')
  })

  it('writes a booking confirmation in the family’s chosen language, with the China time', async () => {
    const { user: parent } = await signIn()
    unwrap(await callAs(db, parent, 'account', 'setLocale', { locale: 'ug' }))
    const [institution] = await someInstitutions(db, 1)
    const staff = staffOf(institution!)
    const offering = await createOffering(db, staff, { kind: 'hourly', title: 'پەيشەنبە سائەتلىك' })
    const slot = await createSlot(db, staff, offering.id, { date: '2026-11-26' })
    unwrap(await book(db, parent, slot.id, (await addChild(db, parent, '2025-05', 'مىمى')).id))
    const page = unwrap(await callAs<{ messages: InboxMessage[] }>(db, parent, 'inbox', 'list', {}))
    expect(page.messages[0]?.title).toBe('بەلگىلەش مۇۋەپپەقىيەتلىك بولدى')
    expect(page.messages[0]?.body).toContain('11-ئاينىڭ 26-كۈنى 09:00')
  })

  it('writes a complaint’s receipt and the department’s decision in the family’s language, the reason as written', async () => {
    const { user: parent } = await signIn()
    unwrap(await callAs(db, parent, 'account', 'setLocale', { locale: 'ug' }))
    const institution = await institutionOf(db, 'zhuji', 3)
    const filed = await fileComplaint(db, parent, complaintInput(institution.id))
    const trackingNo = filed.complaint.trackingNo
    unwrap(await regulatorAct(db, regulatorOf('zhuji'), 'reject', { trackingNo, reason: '经核实不属于本部门职责范围' }))
    const page = unwrap(await callAs<{ messages: InboxMessage[] }>(db, parent, 'inbox', 'list', {}))
    const about = page.messages.filter((m) => m.link?.includes(trackingNo))
    const received = about.find((m) => m.title === 'شىكايىتىڭىزنى تاپشۇرۇۋالدۇق')
    expect(received?.body).toContain(`شىكايەت نومۇرى ${trackingNo}`)
    const decided = about.find((m) => m.title === 'شىكايىتىڭىزدە يېڭى ئەھۋال بار')
    expect(decided?.body).toContain('قوبۇل قىلىنماسلىق سەۋەبى: 经核实不属于本部门职责范围')
    expect(decided?.body).not.toContain('不予受理的原因')
  })
})
