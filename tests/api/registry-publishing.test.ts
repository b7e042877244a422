import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { InstitutionDetail, InstitutionSummary } from '../../src/domain/finder/institution-schema'
import { callAs } from './support/call-action'
import { institutionOf, newParent, regulatorOf, staffOf, unwrap } from './support/complaint-fixtures'
import { testDatabase } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

const hebiRegulator = regulatorOf('hebi', '鹤壁市卫健委 王科长')
const zhujiRegulator = regulatorOf('zhuji')

const SCORES = { conditions: 90, staffing: 130, care: 220, health: 130, family_support: 85, safety: 140, management: 90 }

let serial = 0
function filing(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  serial += 1
  return {
    name: `测试托育园${serial}（样例）`,
    districtCode: 'qibin',
    address: `淇滨区测试路${serial}号`,
    phone: '0392-1234567',
    operatorKind: 'private',
    serviceTypes: ['full_day', 'hourly'],
    isAffordable: false,
    location: { lat: 35.748, lng: 114.297, datum: 'gcj02' },
    filingNumber: `鹤卫托备〔2026〕T${process.pid}${serial}号`,
    receiptDate: '2026-10-08',
    registrationAuthority: '鹤壁市市场监督管理局',
    creditCode: '91410600MA9XXXXX1Q',
    ...overrides
  }
}

const getInstitution = async (id: string) => unwrap(await callAs<InstitutionDetail>(db, null, 'finder', 'get', { id }))
const searchIds = async (keyword: string) =>
  unwrap(await callAs<{ items: InstitutionSummary[] }>(db, null, 'finder', 'search', { regionCode: 'hebi', keyword, radiusM: 50_000 })).items.map((i) => i.id)
const codeOf = (envelope: { ok: boolean; error?: { code: string } }) => (envelope.ok ? 'OK' : envelope.error?.code)

async function fileOne(overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  const input = filing(overrides)
  const { institutionId } = unwrap(await callAs<{ institutionId: string }>(db, hebiRegulator, 'registry', 'fileInstitution', input))
  return { id: institutionId, name: String(input.name) }
}

describe('filing an institution', () => {
  it('puts a new filing in the finder with a 变更记录 line in the department’s name', async () => {
    const { id, name } = await fileOne()
    expect(await searchIds(name)).toEqual([id])
    const page = await getInstitution(id)
    expect(page).toMatchObject({ name, regionCode: 'hebi', standing: { status: 'active' }, located: true, isSample: false })
    expect(page.changes[0]).toMatchObject({ kind: 'filed', actor: '鹤壁市卫生健康委员会' })
    expect(JSON.stringify(page)).not.toContain('王科长')
  })

  it('keeps a filing without coordinates out of distance search but on the register', async () => {
    const { id, name } = await fileOne({ location: null })
    expect(await searchIds(name)).toEqual([])
    expect(await getInstitution(id)).toMatchObject({ located: false })
    // Placing it on the map brings it into search.
    unwrap(await callAs(db, hebiRegulator, 'registry', 'changeDetails', { institutionId: id, changes: { location: { lat: 35.75, lng: 114.3, datum: 'wgs84' } } }))
    expect(await searchIds(name)).toEqual([id])
    const placed = await getInstitution(id)
    // Stored in GCJ-02: the WGS-84 point moved by the datum shift (hundreds of metres in China).
    expect(placed.location.lng).not.toBeCloseTo(114.3, 3)
    expect(placed.changes[0]).toMatchObject({ kind: 'details_changed', fields: ['location'] })
  })

  it('refuses a filing number already used in the region, and a district of another region', async () => {
    const first = filing()
    unwrap(await callAs(db, hebiRegulator, 'registry', 'fileInstitution', first))
    const again = await callAs(db, hebiRegulator, 'registry', 'fileInstitution', { ...filing(), filingNumber: first.filingNumber })
    expect(codeOf(again)).toBe('FILING_NUMBER_TAKEN')
    expect(codeOf(await callAs(db, hebiRegulator, 'registry', 'fileInstitution', filing({ districtCode: 'jiyang' })))).toBe('DISTRICT_NOT_IN_REGION')
  })
})

describe('suspending and revoking', () => {
  it('takes a revoked institution out of the finder at once and says so on its page, with the date', async () => {
    const { id, name } = await fileOne()
    expect(await searchIds(name)).toEqual([id])
    unwrap(await callAs(db, hebiRegulator, 'registry', 'setStanding', { institutionId: id, status: 'revoked', on: '2026-11-20', reason: '停止办托，主动申请注销' }))
    expect(await searchIds(name)).toEqual([])
    const page = await getInstitution(id)
    expect(page.standing).toEqual({ status: 'revoked', since: '2026-11-20', reason: '停止办托，主动申请注销' })
    expect(page.enforcement[0]).toMatchObject({ kind: 'revocation', decidedOn: '2026-11-20' })
    expect(page.changes[0]).toMatchObject({ kind: 'revoked', actor: '鹤壁市卫生健康委员会' })
    // A revocation is final.
    const reinstate = await callAs(db, hebiRegulator, 'registry', 'setStanding', { institutionId: id, status: 'active', on: '2026-11-21', reason: '恢复' })
    expect(codeOf(reinstate)).toBe('INSTITUTION_REVOKED')
  })

  it('suspends and reinstates', async () => {
    const { id, name } = await fileOne()
    unwrap(await callAs(db, hebiRegulator, 'registry', 'setStanding', { institutionId: id, status: 'suspended', on: '2026-11-20', reason: '消防整改期间暂停收托' }))
    expect(await searchIds(name)).toEqual([])
    unwrap(await callAs(db, hebiRegulator, 'registry', 'setStanding', { institutionId: id, status: 'active', on: '2026-11-22', reason: '整改完成' }))
    expect(await searchIds(name)).toEqual([id])
    expect((await getInstitution(id)).changes.map((c) => c.kind).slice(0, 3)).toEqual(['reinstated', 'suspended', 'filed'])
  })
})

describe('evaluations, 整改, inspections and enforcement', () => {
  it('publishes a grade with its date; follow-ups close the 整改 items', async () => {
    const { id } = await fileOne()
    unwrap(
      await callAs(db, hebiRegulator, 'registry', 'publishEvaluation', {
        institutionId: id,
        evaluatedOn: '2026-11-18',
        evaluator: '鹤壁市托育服务质量评估专家组',
        grade: 'A',
        scores: SCORES,
        rectificationItems: [{ item: '补充午睡室防撞条', dueOn: '2026-12-18' }]
      })
    )
    let page = await getInstitution(id)
    expect(page.evaluations[0]).toMatchObject({ grade: 'A', evaluatedOn: '2026-11-18', total: 885, rectification: 'required' })
    const item = page.rectifications[0]
    expect(item).toMatchObject({ item: '补充午睡室防撞条', dueOn: '2026-12-18', closedOn: null })
    const follow = (closes: boolean, on: string) =>
      callAs(db, hebiRegulator, 'registry', 'followUpRectification', { institutionId: id, rectificationId: item?.id, on, note: closes ? '复查已整改到位' : '已采购材料', closes })
    unwrap(await follow(false, '2026-11-20'))
    expect((await getInstitution(id)).evaluations[0]?.rectification).toBe('in_progress')
    unwrap(await follow(true, '2026-11-22'))
    page = await getInstitution(id)
    expect(page.rectifications[0]).toMatchObject({ closedOn: '2026-11-22' })
    expect(page.evaluations[0]?.rectification).toBe('completed')
    expect(codeOf(await follow(false, '2026-11-23'))).toBe('RECTIFICATION_CLOSED')
    expect(page.changes.map((c) => c.kind).slice(0, 3)).toEqual(['rectification_closed', 'rectification_followed_up', 'evaluation_published'])
  })

  it('records inspections with findings and the next date, and enforcement', async () => {
    const { id } = await fileOne()
    unwrap(
      await callAs(db, hebiRegulator, 'registry', 'recordInspection', {
        institutionId: id,
        kind: 'food_safety',
        inspectedOn: '2026-11-19',
        result: 'findings',
        findings: '留样记录不全',
        nextDueOn: '2027-05-19'
      })
    )
    unwrap(await callAs(db, hebiRegulator, 'registry', 'recordEnforcement', { institutionId: id, kind: 'warning', decidedOn: '2026-11-21', summary: '责令规范食品留样' }))
    const page = await getInstitution(id)
    expect(page.inspections[0]).toMatchObject({ kind: 'food_safety', result: 'findings', findings: '留样记录不全', nextDueOn: '2027-05-19', department: '鹤壁市卫生健康委员会' })
    expect(page.enforcement[0]).toMatchObject({ kind: 'warning', decidedOn: '2026-11-21' })
  })

  it('keeps an internal audit log with the account, in the regulator’s region only', async () => {
    const { id } = await fileOne()
    const log = unwrap(await callAs<{ items: { institutionId: string; actorUserId: string; kind: string }[] }>(db, hebiRegulator, 'registry', 'auditLog', { institutionId: id }))
    expect(log.items).toEqual([expect.objectContaining({ institutionId: id, actorUserId: hebiRegulator.id, kind: 'filed' })])
    const other = unwrap(await callAs<{ items: unknown[] }>(db, zhujiRegulator, 'registry', 'auditLog', { institutionId: id }))
    expect(other.items).toEqual([])
  })
})

describe('who may publish', () => {
  const writes = (id: string): [string, Record<string, unknown>][] => [
    ['changeDetails', { institutionId: id, changes: { phone: '0392-7654321' } }],
    ['setStanding', { institutionId: id, status: 'suspended', on: '2026-11-20', reason: '测试' }],
    ['publishEvaluation', { institutionId: id, evaluatedOn: '2026-11-18', evaluator: '专家组', grade: 'B', scores: SCORES, rectificationItems: [] }],
    ['recordInspection', { institutionId: id, kind: 'fire', inspectedOn: '2026-11-18', result: 'passed', findings: '', nextDueOn: null }],
    ['recordEnforcement', { institutionId: id, kind: 'warning', decidedOn: '2026-11-18', summary: '测试' }]
  ]

  it('refuses parents, staff (even of the institution) and the regulators of another region; nothing changes', async () => {
    const hebi = await institutionOf(db, 'hebi', 3)
    const before = await getInstitution(hebi.id)
    for (const [action, input] of writes(hebi.id)) {
      expect([action, codeOf(await callAs(db, null, 'registry', action, input))]).toEqual([action, 'UNAUTHENTICATED'])
      expect([action, codeOf(await callAs(db, newParent(), 'registry', action, input))]).toEqual([action, 'FORBIDDEN'])
      expect([action, codeOf(await callAs(db, staffOf(hebi), 'registry', action, input))]).toEqual([action, 'FORBIDDEN'])
      expect([action, codeOf(await callAs(db, zhujiRegulator, 'registry', action, input))]).toEqual([action, 'FORBIDDEN'])
    }
    expect(codeOf(await callAs(db, newParent(), 'registry', 'fileInstitution', filing()))).toBe('FORBIDDEN')
    expect(await getInstitution(hebi.id)).toEqual(before)
  })
})

describe('bad input', () => {
  const BAD: [string, string, (id: string) => Record<string, unknown>, string][] = [
    ['bad credit code', 'fileInstitution', () => filing({ creditCode: '12345' }), 'INVALID_INPUT'],
    ['unknown operator kind', 'fileInstitution', () => filing({ operatorKind: 'charity' }), 'INVALID_INPUT'],
    ['no service type', 'fileInstitution', () => filing({ serviceTypes: [] }), 'INVALID_INPUT'],
    ['receipt in the future', 'fileInstitution', () => filing({ receiptDate: '2027-01-01' }), 'DATE_IN_FUTURE'],
    ['point without datum', 'fileInstitution', () => filing({ location: { lat: 35.7, lng: 114.3 } }), 'INVALID_INPUT'],
    ['script in the name', 'fileInstitution', () => filing({ name: '<script>alert(1)</script>\u0000' }), 'INVALID_INPUT'],
    ['nothing to change', 'changeDetails', (id) => ({ institutionId: id, changes: {} }), 'INVALID_INPUT'],
    ['unknown standing', 'setStanding', (id) => ({ institutionId: id, status: 'closed', on: '2026-11-20', reason: 'x' }), 'INVALID_INPUT'],
    ['revocation without reason', 'setStanding', (id) => ({ institutionId: id, status: 'revoked', on: '2026-11-20', reason: ' ' }), 'INVALID_INPUT'],
    ['score above its maximum', 'publishEvaluation', (id) => ({ institutionId: id, evaluatedOn: '2026-11-18', evaluator: '专家组', grade: 'A', scores: { ...SCORES, care: 251 }, rectificationItems: [] }), 'INVALID_INPUT'],
    ['a dimension missing', 'publishEvaluation', (id) => ({ institutionId: id, evaluatedOn: '2026-11-18', evaluator: '专家组', grade: 'A', scores: { ...SCORES, safety: undefined }, rectificationItems: [] }), 'INVALID_INPUT'],
    ['evaluation in the future', 'publishEvaluation', (id) => ({ institutionId: id, evaluatedOn: '2026-12-30', evaluator: '专家组', grade: 'A', scores: SCORES, rectificationItems: [] }), 'DATE_IN_FUTURE'],
    ['findings missing', 'recordInspection', (id) => ({ institutionId: id, kind: 'fire', inspectedOn: '2026-11-18', result: 'failed', findings: '', nextDueOn: null }), 'INVALID_INPUT'],
    ['next inspection before this one', 'recordInspection', (id) => ({ institutionId: id, kind: 'fire', inspectedOn: '2026-11-18', result: 'passed', findings: '', nextDueOn: '2026-11-01' }), 'INVALID_INPUT'],
    ['revocation as enforcement', 'recordEnforcement', (id) => ({ institutionId: id, kind: 'revocation', decidedOn: '2026-11-18', summary: 'x' }), 'INVALID_INPUT'],
    ['unknown institution', 'recordEnforcement', () => ({ institutionId: 'hb-99999', kind: 'warning', decidedOn: '2026-11-18', summary: 'x' }), 'NOT_FOUND'],
    ['unknown 整改 item', 'followUpRectification', (id) => ({ institutionId: id, rectificationId: 'rc-nope', on: '2026-11-18', note: 'x', closes: true }), 'NOT_FOUND']
  ]

  it.each(BAD)('%s gets a clear error and writes nothing', async (_name, action, input, code) => {
    const { id } = await fileOne()
    const before = await getInstitution(id)
    const got = await callAs(db, hebiRegulator, 'registry', action, input(id))
    expect(codeOf(got)).toBe(code)
    if (!got.ok) expect(got.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(await getInstitution(id)).toEqual(before)
  })
})
