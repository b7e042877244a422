import { request, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import type { Database } from '../../src/cloud/db/database'
import { findInstitution, saveInstitutions } from '../../src/cloud/finder/institution-repository'
import { createServer } from '../../src/cloud/transport/http-server'
import { EVALUATION_FIELDS, INSPECTION_FIELDS, INSTITUTION_FIELDS } from '../../src/domain/statistics/open-data-fields'
import { callAs } from './support/call-action'
import { complaintInput, fileComplaint, institutionOf, newParent, regulatorAct, regulatorOf, unwrap } from './support/complaint-fixtures'
import { TEST_NOW, testDatabase } from './support/test-database'

interface Reply {
  status: number
  headers: IncomingHttpHeaders
  text: string
}

let db: Database
let server: Server
let port: number

function get(urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end()
  })
}

// Marker strings in every field a complainant or regulator writes: none may reach open data or Open311.
const MARK = {
  details: '标记甲MARKDETAILS投诉内容孩子在午睡时被关在储物间里很久',
  contactName: '标记乙MARKNAME',
  phone: '13987654321',
  displayName: '标记丙MARKUSER',
  unfiledName: '标记丁MARKOPERATOR托育点',
  unfiledAddress: '标记戊MARKADDRESS路88号',
  answer: '标记己MARKANSWER经核查情况属实已责令整改',
  reason: '标记庚MARKREASON已告知',
  enforcement: '标记辛MARKENFORCEMENT执法摘要'
}
const ids: string[] = []
const trackingNos: string[] = []
const REGION = 'hebi'
let INSPECTION: { institutionId: string; kind: string; inspectedOn: string; result: string; findings: string; nextDueOn: string }

/** Open311 GeoReport v2's fields (http://wiki.open311.org/GeoReport_v2). */
const SPEC_REQUEST_FIELDS = ['service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible',
  'service_notice', 'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'address_id', 'zipcode', 'lat', 'long', 'media_url', 'token']
const SPEC_SERVICE_FIELDS = ['jurisdiction_id', 'service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group']

beforeAll(async () => {
  db = await testDatabase()
  server = createServer({ db, sessionSecret: 'open-data-test-secret-0123456789abcdef', rateLimits: null, now: () => TEST_NOW })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port

  const place = await institutionOf(db, REGION, 2)
  INSPECTION = { institutionId: place.id, kind: 'food_safety', inspectedOn: '2026-11-19', result: 'findings', findings: '留样记录不全，已当场指出', nextDueOn: '2027-05-19' }
  const regulator = regulatorOf(REGION, MARK.displayName)
  const contact = { contactName: MARK.contactName, contactPhone: MARK.phone }
  const inputs = [
    complaintInput(place.id, { details: MARK.details, identity: 'named', contact, category: 'food' }),
    complaintInput(place.id, { details: MARK.details, identity: 'hidden_from_institution', contact, category: 'fees_refunds' }),
    complaintInput(place.id, { details: MARK.details, identity: 'anonymous', contact: undefined, category: 'safety' }),
    complaintInput('', {
      subject: { kind: 'unfiled', regionCode: REGION, operatorName: MARK.unfiledName, address: MARK.unfiledAddress, location: { lat: 35.75, lng: 114.3 } },
      details: MARK.details,
      identity: 'named',
      contact,
      category: 'unregistered'
    })
  ]
  for (const input of inputs) {
    const { complaint } = await fileComplaint(db, newParent(MARK.displayName), input)
    trackingNos.push(complaint.trackingNo)
    const { rows } = await db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_no = $1', [complaint.trackingNo])
    ids.push(rows[0]?.id ?? '')
  }
  // The named one is answered and closed with words of the regulator's own.
  const trackingNo = trackingNos[0] as string
  unwrap(await regulatorAct(db, regulator, 'accept', { trackingNo }))
  unwrap(await regulatorAct(db, regulator, 'note', { trackingNo, note: MARK.reason }))
  unwrap(await regulatorAct(db, regulator, 'assign', { trackingNo, departmentCode: 'market' }))
  unwrap(await regulatorAct(db, regulator, 'investigate', { trackingNo }))
  unwrap(await regulatorAct(db, regulator, 'answer', { trackingNo, answer: MARK.answer, publicAnswer: MARK.answer }))
  unwrap(await regulatorAct(db, regulator, 'close', { trackingNo, outcome: { kind: 'upheld' }, reason: MARK.reason }))
  unwrap(await regulatorAct(db, regulator, 'reject', { trackingNo: trackingNos[3] as string, reason: MARK.reason }))
  // The same regulator records an inspection and an enforcement decision: the inspections export carries the
  // inspection's public fields only, never who recorded it nor the enforcement decision.
  unwrap(await callAs(db, regulator, 'registry', 'recordInspection', INSPECTION))
  unwrap(await callAs(db, regulator, 'registry', 'recordEnforcement', { institutionId: place.id, kind: 'warning', decidedOn: '2026-11-21', summary: MARK.enforcement }))
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const EXPORTS = ['institutions', 'evaluations', 'inspections'] as const

describe('privacy: open data and Open311 never carry what a complainant or regulator wrote', () => {
  it('finds no marker in any open-data or Open311 response, while the complaints themselves are listed', async () => {
    const paths = [
      '/open-data/',
      ...EXPORTS.flatMap((set) => [`/open-data/${set}.csv`, `/open-data/${set}.json`, `/open-data/${set}.csv?region=${REGION}`, `/open-data/${set}.json?region=${REGION}`]),
      ...['json', 'xml'].flatMap((f) => [
        `/open311/v2/discovery.${f}`,
        `/open311/v2/services.${f}`,
        `/open311/v2/services.${f}?jurisdiction_id=${REGION}`,
        `/open311/v2/requests.${f}`,
        `/open311/v2/requests.${f}?jurisdiction_id=${REGION}`,
        `/open311/v2/requests.${f}?service_request_id=${ids.join(',')}`,
        ...ids.map((id) => `/open311/v2/requests/${id}.${f}`)
      ])
    ]
    const listed = await get(`/open311/v2/requests.json?jurisdiction_id=${REGION}`)
    const listedIds = (JSON.parse(listed.text) as { service_request_id: string }[]).map((r) => r.service_request_id)
    expect(listedIds).toEqual(expect.arrayContaining(ids))
    for (const p of paths) {
      const reply = await get(p)
      expect(reply.status, p).toBe(200)
      for (const [field, marker] of Object.entries(MARK)) expect(reply.text.includes(marker), `${p} carries the ${field} marker`).toBe(false)
      for (const trackingNo of trackingNos) expect(reply.text.includes(trackingNo), `${p} carries a tracking number`).toBe(false)
    }
  })

  it('gives an unfiled operator’s report no place: the parent typed it', async () => {
    const one = JSON.parse((await get(`/open311/v2/requests/${ids[3]}.json`)).text) as Record<string, unknown>[]
    expect(one[0]).toMatchObject({ service_code: 'unregistered', status: 'closed', address: null, lat: null, long: null })
  })
})

describe('Open311 GeoReport v2', () => {
  it('answers requests with the spec’s fields only, dated to the day, in JSON and XML', async () => {
    const requests = JSON.parse((await get(`/open311/v2/requests.json?jurisdiction_id=${REGION}`)).text) as Record<string, unknown>[]
    expect(requests.length).toBeGreaterThanOrEqual(4)
    for (const r of requests) {
      for (const key of Object.keys(r)) expect(SPEC_REQUEST_FIELDS, `field ${key}`).toContain(key)
      for (const key of ['service_request_id', 'status', 'service_code', 'requested_datetime']) expect(r[key], key).toBeTruthy()
      expect(['open', 'closed']).toContain(r.status)
      expect(r.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/)
    }
    const named = requests.find((r) => r.service_request_id === ids[0])
    expect(named).toMatchObject({ status: 'closed', service_code: 'food', agency_responsible: expect.stringContaining('市场监督管理局') })
    const xml = (await get(`/open311/v2/requests.xml?jurisdiction_id=${REGION}`)).text
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><service_requests><request><service_request_id>/)
    expect(xml.match(/<request>/g)?.length).toBe(requests.length)
  })

  it('lists one service per complaint category, and discovery names both formats', async () => {
    const services = JSON.parse((await get(`/open311/v2/services.json?jurisdiction_id=${REGION}`)).text) as Record<string, unknown>[]
    expect(services.map((s) => s.service_code)).toEqual(['safety', 'abuse_neglect', 'food', 'hygiene_health', 'fees_refunds', 'staff_qualifications', 'false_disclosure', 'unregistered', 'other'])
    for (const s of services) {
      for (const key of Object.keys(s)) expect(SPEC_SERVICE_FIELDS, key).toContain(key)
      expect(s).toMatchObject({ metadata: false, type: 'batch' })
    }
    expect((await get('/open311/v2/services.xml')).text).toContain('<services><service><service_code>safety</service_code>')
    const discovery = JSON.parse((await get('/open311/v2/discovery.json')).text) as { endpoints: { formats: string[]; specification: string }[] }
    expect(discovery.endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', formats: ['text/xml', 'application/json'] })
  })

  it('filters by status and service code, and refuses bad input with Open311 errors', async () => {
    const closed = JSON.parse((await get(`/open311/v2/requests.json?jurisdiction_id=${REGION}&status=closed`)).text) as { service_request_id: string }[]
    expect(closed.map((r) => r.service_request_id).sort()).toEqual([ids[0], ids[3]].sort())
    const food = JSON.parse((await get(`/open311/v2/requests.json?jurisdiction_id=${REGION}&service_code=food`)).text) as { service_request_id: string }[]
    expect(food.map((r) => r.service_request_id)).toEqual([ids[0]])
    for (const [p, status] of [
      ['/open311/v2/requests.json?jurisdiction_id=nowhere', 404],
      ['/open311/v2/requests.json?start_date=yesterday', 400],
      ['/open311/v2/requests.json?status=pending', 400],
      ['/open311/v2/requests.json?service_code=noise', 400],
      ['/open311/v2/requests/cp-nothing.json', 404],
      ['/open311/v2/nothing.json', 404]
    ] as const) {
      const reply = await get(p)
      expect(reply.status, p).toBe(status)
      expect(JSON.parse(reply.text), p).toEqual([{ code: status, description: expect.any(String) }])
    }
    const post = await get('/open311/v2/requests.json', {}, 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
  })
})

describe('open-data exports', () => {
  it('publishes exactly the dictionary’s fields, every institution of the region, in CSV and JSON', async () => {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM institutions WHERE region_code = $1', [REGION])
    const csv = (await get(`/open-data/institutions.csv?region=${REGION}`)).text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(csv[0]?.split(',')).toEqual([...INSTITUTION_FIELDS])
    expect(csv).toHaveLength((rows[0]?.n ?? 0) + 1)
    const json = JSON.parse((await get(`/open-data/institutions.json?region=${REGION}`)).text) as { licence: string; fields: string[]; items: Record<string, unknown>[] }
    expect(json.licence).toContain('CC BY 4.0')
    expect(json.items).toHaveLength(rows[0]?.n ?? 0)
    for (const item of json.items) expect(Object.keys(item)).toEqual([...INSTITUTION_FIELDS])
    const place = await institutionOf(db, REGION, 2)
    const row = json.items.find((i) => i.name === place.name)
    expect(row).toMatchObject({ datum: 'GCJ-02', upheld_complaints_by_year: '2026:1' })
    for (const [set, fields] of [['evaluations', EVALUATION_FIELDS], ['inspections', INSPECTION_FIELDS]] as const) {
      const body = JSON.parse((await get(`/open-data/${set}.json`)).text) as { items: Record<string, unknown>[] }
      for (const item of body.items) expect(Object.keys(item)).toEqual([...fields])
    }
  })

  it('publishes the inspections regulators recorded, with their public fields only', async () => {
    const place = await institutionOf(db, REGION, 2)
    const json = JSON.parse((await get(`/open-data/inspections.json?region=${REGION}`)).text) as { fields: string[]; items: Record<string, unknown>[] }
    expect(json.fields).toEqual([...INSPECTION_FIELDS])
    expect(json.items.filter((i) => i.institution_name === place.name)).toEqual([
      {
        region_code: REGION,
        filing_number: expect.any(String),
        institution_name: place.name,
        inspected_on: '2026-11-19',
        kind: 'food_safety',
        department: '鹤壁市卫生健康委员会',
        result: 'findings',
        findings: INSPECTION.findings,
        next_due_on: '2027-05-19',
        is_sample: true
      }
    ])
    const csv = (await get(`/open-data/inspections.csv?region=${REGION}`)).text
    expect(csv).toContain(`,2026-11-19,food_safety,鹤壁市卫生健康委员会,findings,${INSPECTION.findings},2027-05-19,true\r\n`)
    const internalId = (await findInstitution(db, place.id))?.inspections[0]?.id as string
    for (const text of [csv, JSON.stringify(json)]) expect(text).not.toContain(internalId)
  })

  // 4 sample regions × 150 institutions: more than one 500-row batch, so the join between batches is exercised.
  it('streams every institution of all regions across batches as one valid document', async () => {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM institutions')
    const json = JSON.parse((await get('/open-data/institutions.json')).text) as { items: { filing_number: string }[] }
    expect(json.items).toHaveLength(rows[0]?.n ?? 0)
    expect(new Set(json.items.map((i) => i.filing_number)).size).toBe(json.items.length)
  })

  it('answers 304 to a poller whose copy is current, and 200 again once an institution changes', async () => {
    const first = await get(`/open-data/institutions.csv?region=${REGION}`)
    const etag = first.headers.etag as string
    const lastModified = first.headers['last-modified'] as string
    expect(etag).toMatch(/^W\/".+"$/)
    expect((await get(`/open-data/institutions.csv?region=${REGION}`, { 'If-None-Match': etag })).status).toBe(304)
    const since = await get(`/open-data/institutions.csv?region=${REGION}`, { 'If-Modified-Since': lastModified })
    expect(since.status).toBe(304)
    expect(since.text).toBe('')
    const place = await institutionOf(db, REGION, 0)
    const detail = await findInstitution(db, place.id)
    await saveInstitutions(db, [{ ...detail!, intro: `${detail!.intro} ` }])
    const changed = await get(`/open-data/institutions.csv?region=${REGION}`, { 'If-None-Match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
  })

  it('serves a data dictionary with the licence, and refuses an unknown region or set', async () => {
    const page = await get('/open-data/')
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.text).toContain('CC BY 4.0')
    for (const field of [...INSTITUTION_FIELDS, ...EVALUATION_FIELDS, ...INSPECTION_FIELDS]) expect(page.text).toContain(`<code>${field}</code>`)
    expect(page.text).toContain('监督检查记录')
    expect((await get('/open-data/institutions.csv?region=Nowhere!')).status).toBe(404)
    expect((await get('/open-data/complaints.csv')).status).toBe(404)
  })
})
