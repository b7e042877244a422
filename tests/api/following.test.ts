import { beforeAll, describe, expect, it } from '@jest/globals'
import { userForOpenid } from '../../src/cloud/account/account-service'
import { sweepAlerts } from '../../src/cloud/following/alert-sweep-service'
import { alertWechatOver } from '../../src/cloud/following/wechat-alert-gateway'
import { appendRegistryEvents } from '../../src/cloud/registry/registry-repository'
import { createWechatApi, type JsonHttp } from '../../src/cloud/wechat/wechat-api-gateway'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { AccountFavourite, AlertSettings, SavedSearch } from '../../src/domain/following/following-schema'
import type { InboxMessage } from '../../src/domain/inbox/inbox-schema'
import { callAs } from './support/call-action'
import { codeOf, institutionOf, newParent, regulatorOf, staffOf, unwrap } from './support/complaint-fixtures'
import { testDatabase, TEST_NOW } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

const favourites = async (user: User) => unwrap(await callAs<{ items: AccountFavourite[] }>(db, user, 'following', 'listFavourites', {})).items.map((f) => f.id)
const inbox = async (user: User) => unwrap(await callAs<{ messages: InboxMessage[] }>(db, user, 'inbox', 'list', { pageSize: 50 })).messages.filter((m) => m.topic === 'alerts')
const settings = (user: User, value: AlertSettings) => callAs<AlertSettings>(db, user, 'following', 'setAlertSettings', value)
const SCORES = { conditions: 90, staffing: 130, care: 220, health: 130, family_support: 85, safety: 140, management: 90 }
const ALL_KINDS: AlertSettings['kinds'] = ['vacancy', 'evaluation', 'inspection', 'enforcement', 'standing', 'fee']

/** Staff of `institution` close every place, then open `places` for 全日托 托小班: one place opening. */
async function openToddlerPlaces(institution: { id: string; regionCode: string }, places = 2) {
  const staff = staffOf(institution)
  unwrap(await callAs(db, staff, 'registry', 'updateVacancies', { institutionId: institution.id, vacancies: [] }))
  unwrap(await callAs(db, staff, 'registry', 'updateVacancies', { institutionId: institution.id, vacancies: [{ serviceType: 'full_day', ageBand: 'toddler', places }] }))
}

describe('favourites kept with the account', () => {
  it('adds, lists newest first and removes; merging the device list twice changes nothing the second time', async () => {
    const parent = newParent()
    const [a, b, c] = [await institutionOf(db, 'zhuji', 20), await institutionOf(db, 'zhuji', 21), await institutionOf(db, 'zhuji', 22)]
    unwrap(await callAs(db, parent, 'following', 'addFavourite', { institutionId: a.id }))
    unwrap(await callAs(db, parent, 'following', 'addFavourite', { institutionId: a.id }))
    expect(await favourites(parent)).toEqual([a.id])

    const later = new Date(TEST_NOW.getTime() + 60_000)
    const merge = { institutionIds: [b.id, a.id, c.id, 'zj-9999'] }
    const first = unwrap(await callAs<{ items: AccountFavourite[] }>(db, parent, 'following', 'mergeFavourites', merge, later))
    const second = unwrap(await callAs<{ items: AccountFavourite[] }>(db, parent, 'following', 'mergeFavourites', merge, new Date(later.getTime() + 60_000)))
    expect(second).toEqual(first)
    expect(new Set(first.items.map((f) => f.id))).toEqual(new Set([a.id, b.id, c.id]))
    expect(first.items.at(-1)).toMatchObject({ id: a.id, name: a.name, revoked: false })

    unwrap(await callAs(db, parent, 'following', 'removeFavourite', { institutionId: b.id }))
    expect(await favourites(parent)).not.toContain(b.id)
  })

  it('is nobody else’s: another parent sees only their own, staff and regulators are refused, the signed-out asked to sign in', async () => {
    const mine = newParent()
    const other = newParent()
    const institution = await institutionOf(db, 'zhuji', 23)
    unwrap(await callAs(db, mine, 'following', 'addFavourite', { institutionId: institution.id }))
    expect(await favourites(other)).toEqual([])
    // Removing "my" favourite as another parent touches only their own (empty) list.
    unwrap(await callAs(db, other, 'following', 'removeFavourite', { institutionId: institution.id }))
    expect(await favourites(mine)).toEqual([institution.id])
    for (const action of ['listFavourites', 'addFavourite', 'removeFavourite', 'mergeFavourites', 'alertSettings', 'setAlertSettings', 'grantWechatAlerts', 'listSavedSearches', 'saveSearch', 'deleteSavedSearch']) {
      expect(codeOf(await callAs(db, null, 'following', action, {}))).toBe('UNAUTHENTICATED')
      expect(codeOf(await callAs(db, staffOf(institution), 'following', action, {}))).toBe('FORBIDDEN')
      expect(codeOf(await callAs(db, regulatorOf('zhuji'), 'following', action, {}))).toBe('FORBIDDEN')
    }
  })

  it.each([
    ['addFavourite', { institutionId: 'DROP TABLE' }, 'INVALID_INPUT'],
    ['addFavourite', { institutionId: 'zj-9999' }, 'NOT_FOUND'],
    ['addFavourite', {}, 'INVALID_INPUT'],
    ['mergeFavourites', { institutionIds: ['zj-0001', 'zj-0001'] }, 'INVALID_INPUT'],
    ['mergeFavourites', { institutionIds: Array.from({ length: 201 }, (_, i) => `zj-${String(i + 1).padStart(4, '0')}`) }, 'INVALID_INPUT'],
    ['mergeFavourites', { institutionIds: 'zj-0001' }, 'INVALID_INPUT'],
    ['setAlertSettings', { kinds: ['gossip'], vacancyAgeBands: [], vacancyServiceTypes: [] }, 'INVALID_INPUT'],
    ['setAlertSettings', { kinds: ['fee', 'fee'], vacancyAgeBands: [], vacancyServiceTypes: [] }, 'INVALID_INPUT'],
    ['setAlertSettings', { kinds: [], vacancyAgeBands: ['teen'], vacancyServiceTypes: [] }, 'INVALID_INPUT'],
    ['grantWechatAlerts', { count: 0 }, 'INVALID_INPUT'],
    ['grantWechatAlerts', { count: 4 }, 'INVALID_INPUT'],
    ['deleteSavedSearch', { id: 'ss-not-mine-0000' }, 'NOT_FOUND'],
    ['deleteSavedSearch', { id: '../etc' }, 'INVALID_INPUT']
  ])('%s refuses %j with %s', async (action, input, code) => {
    expect(codeOf(await callAs(db, newParent(), 'following', action, input))).toBe(code)
  })
})

describe('alerts on favourites', () => {
  it('tells a parent once when places open for the age band and service type they chose, and not for others', async () => {
    const institution = await institutionOf(db, 'zhuji', 24)
    const wantsToddler = newParent()
    const wantsInfant = newParent()
    const noAlerts = newParent()
    for (const parent of [wantsToddler, wantsInfant, noAlerts]) unwrap(await callAs(db, parent, 'following', 'addFavourite', { institutionId: institution.id }))
    unwrap(await settings(wantsToddler, { kinds: ['vacancy'], vacancyAgeBands: ['toddler'], vacancyServiceTypes: ['full_day'] }))
    unwrap(await settings(wantsInfant, { kinds: ['vacancy'], vacancyAgeBands: ['infant'], vacancyServiceTypes: [] }))

    await openToddlerPlaces(institution)
    const got = await inbox(wantsToddler)
    expect(got).toHaveLength(1)
    expect(got[0]).toMatchObject({ title: '收藏的机构有空位了', link: `/pages/institution/index?id=${institution.id}` })
    expect(got[0]?.body).toContain(institution.name)
    expect(got[0]?.body).toContain('全日托托小班')
    expect(await inbox(wantsInfant)).toEqual([])
    expect(await inbox(noAlerts)).toEqual([])

    // Re-dating or keeping the same places open is not news; another sweep finds nothing new.
    unwrap(await callAs(db, staffOf(institution), 'registry', 'confirmVacancies', { institutionId: institution.id }))
    unwrap(await callAs(db, staffOf(institution), 'registry', 'updateVacancies', { institutionId: institution.id, vacancies: [{ serviceType: 'full_day', ageBand: 'toddler', places: 5 }] }))
    expect(await sweepAlerts(db, TEST_NOW)).toBe(0)
    expect(await inbox(wantsToddler)).toHaveLength(1)
  })

  it('tells of a new grade, an inspection with findings, enforcement, suspension and a fee change, each only when switched on', async () => {
    const institution = await institutionOf(db, 'zhuji', 25)
    const everything = newParent()
    const gradesOnly = newParent()
    for (const parent of [everything, gradesOnly]) unwrap(await callAs(db, parent, 'following', 'addFavourite', { institutionId: institution.id }))
    unwrap(await settings(everything, { kinds: ALL_KINDS, vacancyAgeBands: [], vacancyServiceTypes: [] }))
    unwrap(await settings(gradesOnly, { kinds: ['evaluation'], vacancyAgeBands: [], vacancyServiceTypes: [] }))
    const regulator = regulatorOf('zhuji')
    const id = institution.id
    unwrap(await callAs(db, regulator, 'registry', 'publishEvaluation', { institutionId: id, evaluatedOn: '2026-11-18', evaluator: '专家组', grade: 'B', scores: SCORES, rectificationItems: [] }))
    unwrap(await callAs(db, regulator, 'registry', 'recordInspection', { institutionId: id, kind: 'fire', inspectedOn: '2026-11-19', result: 'passed', findings: '', nextDueOn: null }))
    unwrap(await callAs(db, regulator, 'registry', 'recordInspection', { institutionId: id, kind: 'food_safety', inspectedOn: '2026-11-20', result: 'findings', findings: '留样记录不全', nextDueOn: null }))
    unwrap(await callAs(db, regulator, 'registry', 'recordEnforcement', { institutionId: id, kind: 'warning', decidedOn: '2026-11-21', summary: '未按规定公示收费' }))
    // Fee changes come from the institutions' fee page under the event kind `fee_changed`.
    await appendRegistryEvents(db, [{ regionCode: 'zhuji', institutionId: id, kind: 'fee_changed' as never, actorUserId: 'staff', actorName: '老师', department: institution.name, detail: {}, at: TEST_NOW }])
    unwrap(await callAs(db, regulator, 'registry', 'setStanding', { institutionId: id, status: 'suspended', on: '2026-11-22', reason: '消防整改期间暂停' }))

    const titles = (await inbox(everything)).map((m) => m.title).sort()
    expect(titles).toEqual(['收藏的机构有执法记录', '收藏的机构有新的质量评估', '收藏的机构已暂停办托', '收藏的机构收费有变化', '收藏的机构检查发现问题'].sort())
    const grades = await inbox(gradesOnly)
    expect(grades.map((m) => m.body)).toEqual([expect.stringContaining('B 级')])
  })

  it('writes in the language the parent chose, and sends a WeChat copy only as often as they allowed', async () => {
    const calls: { path: string; body: unknown }[] = []
    const http: JsonHttp = async (_method, url, body) => {
      calls.push({ path: url.pathname, body })
      if (url.pathname === '/cgi-bin/stable_token') return { access_token: 'token-1', expires_in: 7200 }
      if (url.pathname === '/cgi-bin/message/subscribe/send') return { errcode: 0 }
      throw new Error(`unexpected ${url.pathname}`)
    }
    const wechat = alertWechatOver(createWechatApi({ appId: 'wx-test', secret: 'secret-test' }, http), 'tmpl-alert')
    const parent = await userForOpenid(db, `openid-alerts-${process.pid}`)
    unwrap(await callAs(db, parent, 'account', 'setLocale', { locale: 'en' }))
    const institution = await institutionOf(db, 'zhuji', 26)
    unwrap(await callAs(db, parent, 'following', 'addFavourite', { institutionId: institution.id }))
    unwrap(await settings(parent, { kinds: ['enforcement'], vacancyAgeBands: [], vacancyServiceTypes: [] }))
    expect(unwrap(await callAs(db, parent, 'following', 'grantWechatAlerts', { count: 1 }))).toEqual({ remaining: 1 })

    const enforce = async (summary: string) => {
      await appendRegistryEvents(db, [{ regionCode: 'zhuji', institutionId: institution.id, kind: 'enforcement_recorded', actorUserId: 'r', actorName: 'r', department: 'd', detail: { summary }, at: TEST_NOW }])
      return sweepAlerts(db, TEST_NOW, wechat)
    }
    expect(await enforce('一')).toBe(1)
    expect(await enforce('二')).toBe(1)
    const sent = calls.filter((c) => c.path === '/cgi-bin/message/subscribe/send')
    expect(sent).toHaveLength(1)
    expect(sent[0]?.body).toMatchObject({ touser: parent.id === '' ? '' : expect.any(String), template_id: 'tmpl-alert', data: { thing2: { value: 'Enforcement record' } } })
    const messages = await inbox(parent)
    expect(messages).toHaveLength(2)
    expect(messages[0]?.title).toBe('A favourite has an enforcement record')
  })
})

describe('saved searches', () => {
  const origin = { lat: 35.748, lng: 114.297 }
  const filters = { regionCode: 'hebi', origin, radiusM: 3000, serviceTypes: ['hourly'] }
  let serial = 0
  const filing = (location: { lat: number; lng: number }) => {
    serial += 1
    return {
      name: `提醒测试托育园${serial}（样例）`,
      districtCode: 'qibin',
      address: `淇滨区提醒路${serial}号`,
      phone: '0392-1234567',
      operatorKind: 'private',
      serviceTypes: ['full_day', 'hourly'],
      isAffordable: false,
      location: { ...location, datum: 'gcj02' },
      filingNumber: `鹤卫托备〔2026〕AL${process.pid}${serial}号`,
      receiptDate: '2026-10-08',
      registrationAuthority: '鹤壁市市场监督管理局',
      creditCode: '91410600MA9XXXXX1Q'
    }
  }

  it('saves, lists and deletes a parent’s own searches; another parent cannot see or delete them', async () => {
    const parent = newParent()
    const other = newParent()
    const saved = unwrap(await callAs<{ items: SavedSearch[] }>(db, parent, 'following', 'saveSearch', { name: '鹤壁 淇滨区 3 km 计时托', filters, alerts: true }))
    expect(saved.items).toEqual([expect.objectContaining({ name: '鹤壁 淇滨区 3 km 计时托', alerts: true, filters: expect.objectContaining({ radiusM: 3000 }) })])
    const id = saved.items[0]?.id ?? ''
    expect(unwrap(await callAs<{ items: SavedSearch[] }>(db, other, 'following', 'listSavedSearches', {})).items).toEqual([])
    expect(codeOf(await callAs(db, other, 'following', 'deleteSavedSearch', { id }))).toBe('NOT_FOUND')
    expect(unwrap(await callAs<{ items: SavedSearch[] }>(db, parent, 'following', 'deleteSavedSearch', { id })).items).toEqual([])
  })

  it.each([
    ['no name', { name: ' ', filters, alerts: true }],
    ['no point to measure from', { name: 'x', filters: { regionCode: 'hebi', radiusM: 3000 }, alerts: true }],
    ['an unknown filter', { name: 'x', filters: { ...filters, colour: 'red' }, alerts: true }],
    ['paging in the filters', { name: 'x', filters: { ...filters, cursor: 'abc' }, alerts: true }],
    ['a radius beyond the finder’s', { name: 'x', filters: { ...filters, radiusM: 999_999 }, alerts: true }],
    ['a name of 61 characters', { name: '名'.repeat(61), filters, alerts: true }]
  ])('refuses %s', async (_what, input) => {
    expect(codeOf(await callAs(db, newParent(), 'following', 'saveSearch', input))).toBe('INVALID_INPUT')
  })

  it('keeps at most 20 searches a parent', async () => {
    const parent = newParent()
    for (let i = 0; i < 20; i += 1) unwrap(await callAs(db, parent, 'following', 'saveSearch', { name: `搜索${i}`, filters, alerts: false }))
    const over = await callAs(db, parent, 'following', 'saveSearch', { name: '第21个', filters, alerts: false })
    expect(over).toMatchObject({ ok: false, error: { code: 'FOLLOWING_LIMIT_REACHED', message: expect.stringContaining('20') } })
  })

  it('alerts on a new institution within the distance, not on one beyond it nor for a search without alerts', async () => {
    const alerting = newParent()
    const quiet = newParent()
    unwrap(await callAs(db, alerting, 'following', 'saveSearch', { name: '家附近计时托', filters, alerts: true }))
    unwrap(await callAs(db, quiet, 'following', 'saveSearch', { name: '家附近计时托', filters, alerts: false }))
    const regulator = regulatorOf('hebi')
    const near = filing({ lat: 35.75, lng: 114.3 })
    const far = filing({ lat: 35.9, lng: 114.3 })
    unwrap(await callAs(db, regulator, 'registry', 'fileInstitution', near))
    unwrap(await callAs(db, regulator, 'registry', 'fileInstitution', far))
    const got = await inbox(alerting)
    expect(got.map((m) => m.body)).toEqual([expect.stringContaining(near.name)])
    expect(got[0]?.body).toContain('家附近计时托')
    expect(await inbox(quiet)).toEqual([])
  })
})
