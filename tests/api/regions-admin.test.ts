import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import { parseRegionFile } from '../../src/domain/regions/region-config-rules'
import type { RegionConfig } from '../../src/domain/regions/region-config-schema'
import type { RegionSummary } from '../../src/domain/regions/region-schema'
import { runAdmin } from '../../scripts/admin'
import { createServer } from '../../src/cloud/transport/http-server'
import { callAs } from './support/call-action'
import { codeOf, complaintInput, fileComplaint, institutionOf, newParent, staffOf, unwrap } from './support/complaint-fixtures'
import { TEST_NOW, testDatabase } from './support/test-database'

const EXAMPLE_FILE = path.join(__dirname, '../../docs/example-region.yaml')

let serial = 0
export function operator(name = '运营人员'): User {
  serial += 1
  return { id: `test-operator-${process.pid}-${serial}`, role: 'operator', displayName: name, regionCode: null, institutionId: null }
}

function exampleConfig(): RegionConfig {
  const parsed = parseRegionFile(readFileSync(EXAMPLE_FILE, 'utf8'))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.config
}

/** The example region under another code and prefixes, so each test has a region of its own. */
function regionLike(code: string, idPrefix: string, trackingPrefix: string): RegionConfig {
  const example = exampleConfig()
  return { ...example, code, idPrefix, name: `${code}（示例）`, routing: { ...example.routing, trackingPrefix } }
}

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

const save = (user: User | null, region: unknown) => callAs(db, user, 'regions', 'saveRegion', { region })

describe('who may change regions', () => {
  it('refuses parents, regulators, institution staff and anonymous callers, on every operator action', async () => {
    const institution = await institutionOf(db, 'zhuji')
    const callers: [User | null, string][] = [
      [newParent(), 'FORBIDDEN'],
      [{ id: 'test-regulator-x', role: 'regulator', displayName: '监管', regionCode: 'zhuji', institutionId: null }, 'FORBIDDEN'],
      [staffOf(institution), 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED']
    ]
    const region = regionLike('refused', 'rf', 'RF')
    for (const [user, code] of callers) {
      expect(codeOf(await save(user, region)), user?.role ?? 'anonymous').toBe(code)
      expect(codeOf(await callAs(db, user, 'regions', 'setRouting', { regionCode: 'zhuji', routing: region.routing }))).toBe(code)
      expect(codeOf(await callAs(db, user, 'regions', 'config', { code: 'zhuji' }))).toBe(code)
      expect(codeOf(await callAs(db, user, 'regions', 'auditLog', {}))).toBe(code)
    }
    expect(codeOf(await callAs(db, null, 'regions', 'get', { code: 'refused' }))).toBe('NOT_FOUND')
  })
})

describe('what an operator may save', () => {
  const op = operator()
  const refusal = async (change: (config: RegionConfig) => unknown, field: string) => {
    const result = await save(op, change(regionLike('badregion', 'bd', 'BD')))
    expect(codeOf(result)).toBe('INVALID_INPUT')
    expect(!result.ok && result.error.field).toBe(field)
    return !result.ok ? result.error.message : ''
  }

  it('refuses a category nobody handles, a deadline of zero, a department the region lacks', async () => {
    expect(await refusal((c) => ({ ...c, routing: { ...c.routing, rules: c.routing.rules.filter((r) => r.category !== 'food') } }), 'region.routing.rules')).toContain(
      '还有问题类别没有指定处理部门'
    )
    await refusal((c) => ({ ...c, routing: { ...c.routing, rules: c.routing.rules.map((r) => ({ ...r, acceptWithinWorkingDays: 0 })) } }), 'region.routing.rules.0.acceptWithinWorkingDays')
    expect(
      await refusal((c) => ({ ...c, routing: { ...c.routing, rules: c.routing.rules.map((r, i) => (i === 2 ? { ...r, departmentCode: 'fire' } : r)) } }), 'region.routing.rules.2.departmentCode')
    ).toContain('不是本地区已有的部门')
  })

  it('refuses repeated codes, a centre outside China, a bad phone, and unknown fields', async () => {
    await refusal((c) => ({ ...c, districts: [...c.districts, c.districts[0]] }), 'region.districts.2.code')
    await refusal((c) => ({ ...c, departments: [...c.departments, c.departments[1]] }), 'region.departments.5.code')
    expect(await refusal((c) => ({ ...c, centre: { lat: 48.8566, lng: 2.3522 } }), 'region.centre')).toContain('不在中国境内')
    await refusal((c) => ({ ...c, departments: c.departments.map((d) => ({ ...d, phone: 'call us' })) }), 'region.departments.0.phone')
    await refusal((c) => ({ ...c, population: 1000 }), 'region.population')
    await refusal((c) => ({ ...c, code: 'Bad Code' }), 'region.code')
  })

  it('refuses an id or tracking prefix another region uses', async () => {
    const taken = await save(op, regionLike('copycat', 'zj', 'CC'))
    expect(codeOf(taken)).toBe('REGION_PREFIX_TAKEN')
    expect(!taken.ok && taken.error.message).toContain('zhuji')
    expect(codeOf(await save(op, regionLike('copycat', 'cc', 'ZJ')))).toBe('REGION_PREFIX_TAKEN')
    expect(codeOf(await callAs(db, op, 'regions', 'config', { code: 'copycat' }))).toBe('NOT_FOUND')
  })

  it('refuses routing to a department the region does not have, and routing of a region that does not exist', async () => {
    const zhuji = unwrap(await callAs<RegionConfig>(db, op, 'regions', 'config', { code: 'zhuji' }))
    const rules = zhuji.routing.rules.map((r, i) => (i === 0 ? { ...r, departmentCode: 'tax_office' } : r))
    const refused = await callAs(db, op, 'regions', 'setRouting', { regionCode: 'zhuji', routing: { ...zhuji.routing, rules } })
    expect(codeOf(refused)).toBe('DEPARTMENT_NOT_IN_REGION')
    expect(codeOf(await callAs(db, op, 'regions', 'setRouting', { regionCode: 'atlantis', routing: zhuji.routing }))).toBe('NOT_FOUND')
    expect(codeOf(await callAs(db, op, 'regions', 'setRouting', { regionCode: 'zhuji', routing: { ...zhuji.routing, rules: [] } }))).toBe('INVALID_INPUT')
  })
})

describe('what stays', () => {
  it('refuses removing a district with institutions or a department with open complaints; renaming is fine', async () => {
    const op = operator()
    const institution = await institutionOf(db, 'yuzhong', 1)
    await fileComplaint(db, newParent(), complaintInput(institution.id, { category: 'fees_refunds' }))
    const yuzhong = unwrap(await callAs<RegionConfig>(db, op, 'regions', 'config', { code: 'yuzhong' }))
    const withoutFirstDistrict = { ...yuzhong, districts: yuzhong.districts.slice(1) }
    const district = await save(op, withoutFirstDistrict)
    expect(codeOf(district)).toBe('DISTRICT_IN_USE')
    expect(!district.ok && district.error.message).toContain(yuzhong.districts[0]?.name ?? '?')
    const noMarket = {
      ...yuzhong,
      departments: yuzhong.departments.filter((d) => d.code !== 'market'),
      routing: { ...yuzhong.routing, rules: yuzhong.routing.rules.map((r) => (r.departmentCode === 'market' ? { ...r, departmentCode: 'health' } : r)) }
    }
    expect(codeOf(await save(op, noMarket))).toBe('DEPARTMENT_IN_USE')
    const renamed = { ...yuzhong, departments: yuzhong.departments.map((d) => (d.code === 'market' ? { ...d, name: '渝中区市场监管局（示例）' } : d)) }
    expect(unwrap(await save(op, renamed))).toEqual({ code: 'yuzhong', created: false, changed: true })
  })
})

describe('routing changes', () => {
  it('apply to complaints filed after the change; open complaints keep their department and deadlines', async () => {
    const op = operator('调整分派的运营人员')
    const institution = await institutionOf(db, 'hebi', 2)
    const before = await fileComplaint(db, newParent(), complaintInput(institution.id, { category: 'food' }))
    expect(before.complaint.department?.code).toBe('market')

    const hebi = unwrap(await callAs<RegionConfig>(db, op, 'regions', 'config', { code: 'hebi' }))
    const rules = hebi.routing.rules.map((r) => (r.category === 'food' && r.appliesTo === 'any' ? { ...r, departmentCode: 'health', acceptWithinWorkingDays: 2 } : r))
    const changed = unwrap(await callAs(db, op, 'regions', 'setRouting', { regionCode: 'hebi', routing: { ...hebi.routing, rules } }))
    expect(changed).toEqual({ code: 'hebi', created: false, changed: true })

    const after = await fileComplaint(db, newParent(), complaintInput(institution.id, { category: 'food' }))
    expect(after.complaint.department?.code).toBe('health')
    const { rows } = await db.query<{ tracking_no: string; department_code: string; accept_by: Date }>(
      'SELECT tracking_no, department_code, accept_by FROM complaints WHERE tracking_no = ANY($1::text[]) ORDER BY submitted_at, tracking_no',
      [[before.complaint.trackingNo, after.complaint.trackingNo]]
    )
    const byNumber = new Map(rows.map((row) => [row.tracking_no, row]))
    expect(byNumber.get(before.complaint.trackingNo)?.department_code).toBe('market')
    expect(byNumber.get(after.complaint.trackingNo)?.department_code).toBe('health')
    // Accept within 7 working days before, 2 after: the open complaint's deadline did not move.
    expect(new Date(byNumber.get(before.complaint.trackingNo)?.accept_by ?? 0).getTime()).toBeGreaterThan(new Date(byNumber.get(after.complaint.trackingNo)?.accept_by ?? 0).getTime())

    const log = unwrap(await callAs<{ entries: { action: string; actorName: string; changes: string[]; regionCode: string }[] }>(db, op, 'regions', 'auditLog', { regionCode: 'hebi' }))
    expect(log.entries[0]).toEqual(expect.objectContaining({ action: 'routing', actorName: '调整分派的运营人员', regionCode: 'hebi', changes: ['routing:food/any'] }))
  })
})

describe('a fifth region, added without a restart', () => {
  const op = operator('新增地区的运营人员')

  async function worksAtOnce(code: string, trackingPrefix: string) {
    const regions = unwrap(await callAs<RegionSummary[]>(db, null, 'regions', 'list', {}))
    expect(regions.map((r) => r.code)).toContain(code)
    const search = unwrap(await callAs<{ total: number; origin: unknown }>(db, null, 'finder', 'search', { regionCode: code, districtCode: 'xinqiao' }))
    expect(search).toEqual(expect.objectContaining({ total: 0, origin: { lat: 30.3318, lng: 112.1502 } }))
    const unfiled = {
      subject: { kind: 'unfiled', regionCode: code, operatorName: '无证看护点', address: '清溪大道8号', location: { lat: 30.2741, lng: 112.2163 } },
      category: 'unregistered',
      details: '小区里有人在家里收了七八个孩子看护，没有看到任何备案公示。',
      incidentDate: '2026-11-20',
      identity: 'named'
    }
    const filed = await fileComplaint(db, newParent(), unfiled)
    expect(filed.complaint.trackingNo.startsWith(`${trackingPrefix}2611-`)).toBe(true)
    expect(filed.complaint.department).toEqual(expect.objectContaining({ code: 'street_office', name: '所在街道办事处（乡镇人民政府）' }))
    const guide = unwrap(await callAs<{ regionPending: boolean; regionName: string; lines: { scope: string }[] }>(db, null, 'guidance', 'policyGuide', { regionCode: code }))
    expect(guide.regionPending).toBe(true)
    expect(guide.lines.every((line) => line.scope === 'national')).toBe(true)
    expect(unwrap(await callAs<{ rooms: unknown[] }>(db, null, 'guidance', 'nursingRooms', { regionCode: code })).rooms).toEqual([])
    expect(codeOf(await callAs(db, null, 'guidance', 'classes', { regionCode: code }))).toBe('OK')
  }

  it('imported from a file by the admin command, idempotently', async () => {
    const lines: string[] = []
    const ctx = { db, now: TEST_NOW, print: (line: string) => lines.push(line) }
    expect(await runAdmin(['import-region', EXAMPLE_FILE], ctx)).toBe(0)
    expect(lines).toEqual(['region qingxi created'])
    await worksAtOnce('qingxi', 'QX')
    expect(await runAdmin(['import-region', EXAMPLE_FILE], ctx)).toBe(0)
    expect(lines[1]).toContain('unchanged')
    const log = unwrap(await callAs<{ entries: { action: string; actorId: string }[] }>(db, op, 'regions', 'auditLog', { regionCode: 'qingxi' }))
    expect(log.entries.map((e) => e.action)).toEqual(['create'])
    expect(log.entries[0]?.actorId.startsWith('cli:')).toBe(true)
  })

  it('refuses a bad file with every problem and its path, and a wrong call with the usage', async () => {
    const lines: string[] = []
    const ctx = { db, now: TEST_NOW, print: (line: string) => lines.push(line) }
    expect(await runAdmin(['import-region'], ctx)).toBe(2)
    expect(await runAdmin(['import-region', 'region.txt'], ctx)).toBe(2)
    expect(await runAdmin(['no-such-command'], ctx)).toBe(2)
    expect(await runAdmin(['import-region', path.join(__dirname, 'missing.yaml')], ctx)).toBe(1)
    const broken = path.join(__dirname, '../../.jest-cache-regions-broken.json')
    const config = exampleConfig()
    const { writeFileSync, rmSync } = await import('node:fs')
    writeFileSync(broken, JSON.stringify({ ...config, code: 'brokenone', idPrefix: 'bk', routing: { ...config.routing, trackingPrefix: 'BK', rules: config.routing.rules.slice(1) } }))
    try {
      lines.length = 0
      expect(await runAdmin(['import-region', broken], ctx)).toBe(1)
      expect(lines.join('\n')).toContain('routing.rules: no rule for safety/any')
    } finally {
      rmSync(broken)
    }
    expect(codeOf(await callAs(db, null, 'regions', 'get', { code: 'brokenone' }))).toBe('NOT_FOUND')
  })

  it('created by an operator, then edited: seen at once, logged with who and what', async () => {
    const region = regionLike('lanshan', 'ls', 'NS')
    expect(unwrap(await save(op, region))).toEqual({ code: 'lanshan', created: true, changed: true })
    await worksAtOnce('lanshan', 'NS')
    const renamed = { ...region, name: '岚山市（示例）', districts: region.districts.map((d, i) => (i === 0 ? { ...d, streets: [...d.streets, '新开路'] } : d)) }
    expect(unwrap(await save(op, renamed))).toEqual({ code: 'lanshan', created: false, changed: true })
    expect(unwrap(await save(op, renamed))).toEqual({ code: 'lanshan', created: false, changed: false })
    const listed = unwrap(await callAs<RegionSummary[]>(db, null, 'regions', 'list', {}))
    expect(listed.find((r) => r.code === 'lanshan')?.name).toBe('岚山市（示例）')
    const log = unwrap(await callAs<{ entries: { action: string; actorName: string; changes: string[] }[] }>(db, op, 'regions', 'auditLog', { regionCode: 'lanshan' }))
    expect(log.entries.map((e) => [e.action, e.changes])).toEqual([
      ['update', ['name', 'district:chengguan']],
      ['create', ['region:created']]
    ])
    expect(log.entries[0]?.actorName).toBe('新增地区的运营人员')
  })

  it("notices another process's edit within a second, without a query per request", async () => {
    await callAs(db, null, 'regions', 'list', {})
    // Another server process's edit: the rows and the version move, nothing in this process is told.
    await db.query(`UPDATE regions SET name = '他处改名（示例）' WHERE code = 'lanshan'`)
    await db.query('UPDATE region_config_version SET version = version + 1')
    const seen = async () => unwrap(await callAs<RegionSummary[]>(db, null, 'regions', 'list', {})).find((r) => r.code === 'lanshan')?.name
    const deadline = Date.now() + 3000
    while ((await seen()) !== '他处改名（示例）' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await seen()).toBe('他处改名（示例）')
  })
})

describe('over HTTP, against the running server', () => {
  it('a region saved by an operator is listed and routes a parent’s complaint, with no restart', async () => {
    const server = createServer({ db, sessionSecret: 'regions-admin-http-secret-0123456789abcdef', devLogin: true, now: () => TEST_NOW })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const post = async <T,>(fn: string, action: string, input: unknown, token?: string): Promise<{ status: number; body: { ok: boolean; data: T } }> => {
      const response = await fetch(`${base}/api/${fn}/${action}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input)
      })
      return { status: response.status, body: (await response.json()) as { ok: boolean; data: T } }
    }
    try {
      const operatorToken = (await post<{ token: string }>('account', 'devLogin', { role: 'operator' })).body.data.token
      const parentToken = (await post<{ token: string }>('account', 'devLogin', { role: 'parent' })).body.data.token
      const region = regionLike('baishui', 'bs', 'BS')
      expect((await post('regions', 'saveRegion', { region }, parentToken)).status).toBe(403)
      expect((await post('regions', 'saveRegion', { region }, operatorToken)).body).toEqual({ ok: true, data: { code: 'baishui', created: true, changed: true } })
      const listed = await post<RegionSummary[]>('regions', 'list', {})
      expect(listed.body.data.map((r) => r.code)).toContain('baishui')
      const filed = await post<{ complaint: { trackingNo: string; department: { code: string } } }>(
        'complaints',
        'submit',
        {
          subject: { kind: 'unfiled', regionCode: 'baishui', operatorName: '无证看护点', address: '文昌路3号', location: { lat: 30.2741, lng: 112.2163 } },
          category: 'food',
          details: '看护点给孩子吃的饭菜有异味，家长多次反映没有改善。',
          incidentDate: '2026-11-20',
          identity: 'named'
        },
        parentToken
      )
      expect(filed.status).toBe(200)
      expect(filed.body.data.complaint.trackingNo.startsWith('BS2611-')).toBe(true)
      expect(filed.body.data.complaint.department.code).toBe('market')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

afterAll(async () => {
  await db?.close()
})
