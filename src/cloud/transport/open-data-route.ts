import '../../i18n/zh-cn-pages/statistics'
import { once } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { regionCodeSchema } from '../../domain/finder/search-schema'
import { COMPLAINT_CATEGORIES } from '../../domain/complaints/complaint-category-schema'
import { csvLine, OPEN_DATA_SETS, type OpenDataRow, type OpenDataSet } from '../../domain/statistics/open-data-fields'
import { t, type MessageKey } from '../../i18n/translate'
import type { Database } from '../db/database'
import {
  knownRegion,
  open311ServiceRequests,
  open311Services,
  openDataBatches,
  openDataValidators,
  type ServiceRequest
} from '../statistics/open-data-service'
import { API_SECURITY_HEADERS } from './security-headers'

/**
 * Open data over plain GET: exports of the public registry (CSV and JSON, streamed a batch at a time, with
 * ETag / Last-Modified so a poller pays only for a 304), their data dictionary, and Open311 GeoReport v2 for
 * complaints (read only). Wired into http-server.ts like the upload route; cloud functions do not serve them.
 */
const OPEN_DATA_PREFIX = '/open-data'
const OPEN311_PREFIX = '/open311/v2'

const EXPORT_PATH = /^\/open-data\/(institutions|evaluations|inspections)\.(csv|json)$/
const OPEN311_PATH = /^\/open311\/v2\/(discovery|services|requests)\.(json|xml)$/
const OPEN311_ONE = /^\/open311\/v2\/requests\/([A-Za-z0-9-]{1,80})\.(json|xml)$/
/** GeoReport v2: without dates, the last 90 days; at most 1,000 requests an answer. */
const DEFAULT_WINDOW_DAYS = 90
const MAX_REQUESTS = 1000

interface Answer {
  status: number
  type: string
  body: string
  headers?: Record<string, string>
}

function send(req: IncomingMessage, res: ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, {
    'Content-Type': answer.type,
    'Content-Length': Buffer.byteLength(answer.body),
    'Cache-Control': 'no-cache',
    'Access-Control-Allow-Origin': '*',
    ...API_SECURITY_HEADERS,
    ...answer.headers
  })
  res.end(req.method === 'HEAD' ? undefined : answer.body)
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
const escapeHtml = escapeXml

function xmlOf(tag: string, value: unknown): string {
  if (value === null || value === undefined) return `<${tag}/>`
  if (Array.isArray(value)) return `<${tag}>${value.map((v) => xmlOf(singular(tag), v)).join('')}</${tag}>`
  if (typeof value === 'object') return `<${tag}>${Object.entries(value).map(([k, v]) => xmlOf(k, v)).join('')}</${tag}>`
  return `<${tag}>${escapeXml(String(value))}</${tag}>`
}

const SINGULAR: Record<string, string> = { service_requests: 'request', services: 'service', endpoints: 'endpoint', formats: 'format', errors: 'error' }
const singular = (tag: string) => SINGULAR[tag] ?? tag

function open311(format: string, root: string, value: unknown, status = 200): Answer {
  return format === 'xml'
    ? { status, type: 'text/xml; charset=utf-8', body: `<?xml version="1.0" encoding="utf-8"?>${xmlOf(root, value)}` }
    : { status, type: 'application/json; charset=utf-8', body: JSON.stringify(value) }
}

/** Open311's error form: a list of { code, description }. */
const open311Error = (format: string, status: number, key: MessageKey, params: Record<string, string> = {}) =>
  open311(format, 'errors', [{ code: status, description: t(key, params) }], status)

function notModified(req: IncomingMessage, etag: string, lastModified: Date): boolean {
  const match = req.headers['if-none-match']
  if (match) return match.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')
  const since = req.headers['if-modified-since']
  return since !== undefined && !Number.isNaN(Date.parse(since)) && lastModified.getTime() <= Date.parse(since)
}

async function write(res: ServerResponse, chunk: string): Promise<void> {
  if (!res.write(chunk)) await once(res, 'drain')
}

async function streamExport(req: IncomingMessage, res: ServerResponse, db: Database, set: OpenDataSet, format: string, regionCode: string | null, now: Date) {
  const { etag, lastModified } = await openDataValidators(db, set, regionCode)
  const validators = { ETag: etag, 'Last-Modified': lastModified.toUTCString(), 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' }
  if (notModified(req, etag, lastModified)) {
    res.writeHead(304, { ...API_SECURITY_HEADERS, ...validators })
    return void res.end()
  }
  const fields = OPEN_DATA_SETS[set]
  res.writeHead(200, {
    'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    'Content-Disposition': `inline; filename="${set}${regionCode ? `-${regionCode}` : ''}.${format}"`,
    ...API_SECURITY_HEADERS,
    ...validators
  })
  if (req.method === 'HEAD') return void res.end()
  const pick = (row: OpenDataRow) => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]))
  if (format === 'csv') {
    // A byte-order mark, so spreadsheet programs read the Chinese text as UTF-8.
    await write(res, `\uFEFF${fields.join(',')}\r\n`)
    for await (const batch of openDataBatches(db, set, regionCode)) await write(res, batch.map((row) => csvLine(fields, row)).join(''))
    return void res.end()
  }
  await write(res, `{"licence":${JSON.stringify(t('statistics.openData.licence'))},"generatedAt":"${now.toISOString()}","fields":${JSON.stringify(fields)},"items":[`)
  let written = 0
  for await (const batch of openDataBatches(db, set, regionCode)) {
    await write(res, batch.map((row, i) => `${written + i === 0 ? '' : ','}${JSON.stringify(pick(row))}`).join(''))
    written += batch.length
  }
  res.end(']}')
}

function dictionaryPage(): string {
  const sets = (Object.keys(OPEN_DATA_SETS) as OpenDataSet[]).map((set) => {
    const rows = OPEN_DATA_SETS[set]
      .map((f) => `<tr><td><code>${f}</code></td><td>${escapeHtml(t(`statistics.openData.fields.${f}` as MessageKey))}</td></tr>`)
      .join('')
    return `<h2>${escapeHtml(t(`statistics.openData.sets.${set}`))}</h2><p><a href="${OPEN_DATA_PREFIX}/${set}.csv">${set}.csv</a> · <a href="${OPEN_DATA_PREFIX}/${set}.json">${set}.json</a></p><table><thead><tr><th>${escapeHtml(t('statistics.openData.columnField'))}</th><th>${escapeHtml(t('statistics.openData.columnDescription'))}</th></tr></thead><tbody>${rows}</tbody></table>`
  })
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t('statistics.openData.title'))}</title></head><body><h1>${escapeHtml(t('statistics.openData.title'))}</h1><p>${escapeHtml(t('statistics.openData.intro'))}</p><p data-licence>${escapeHtml(t('statistics.openData.licence'))}</p>${sets.join('')}<p>${escapeHtml(t('statistics.openData.open311'))}</p></body></html>`
}

/** ISO 8601 as Open311 dates it; an unparseable date is refused rather than ignored. */
function dateParam(value: string | null): Date | null | 'bad' {
  if (value === null) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}/.test(value) ? 'bad' : new Date(ms)
}

async function answerOpen311(db: Database, url: URL, now: Date): Promise<Answer | null> {
  const one = OPEN311_ONE.exec(url.pathname)
  const many = OPEN311_PATH.exec(url.pathname)
  if (!one && !many) return null
  const format = (one?.[2] ?? many?.[2]) as string
  const kind = one ? 'request' : (many?.[1] as string)
  // The endpoint is given as a path on this host: the Host header is the client's to set, so it is not echoed.
  if (kind === 'discovery') {
    return open311(format, 'discovery', {
      changeset: '2026-12-01T00:00:00+08:00',
      contact: t('statistics.openData.title'),
      key_service: '',
      endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url: OPEN311_PREFIX, changeset: '2026-12-01T00:00:00+08:00', type: 'production', formats: ['text/xml', 'application/json'] }]
    })
  }
  const jurisdiction = url.searchParams.get('jurisdiction_id')
  if (jurisdiction !== null && (!regionCodeSchema.safeParse(jurisdiction).success || !(await knownRegion(db, jurisdiction)))) {
    return open311Error(format, 404, 'statistics.openData.unknownJurisdiction', { jurisdiction: jurisdiction.slice(0, 40) })
  }
  if (kind === 'services') return open311(format, 'services', open311Services())
  const window = { from: new Date(now.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000), to: new Date(now.getTime() + 86_400_000) }
  if (kind === 'request') {
    const found = await open311ServiceRequests(db, { regionCode: jurisdiction, ids: [one?.[1] as string], category: null, open: null, from: new Date(0), to: window.to, limit: 1 })
    if (found.length === 0) return open311Error(format, 404, 'statistics.openData.unknownRequest')
    return open311(format, 'service_requests', found)
  }
  const start = dateParam(url.searchParams.get('start_date'))
  const end = dateParam(url.searchParams.get('end_date'))
  const status = url.searchParams.get('status')
  const code = url.searchParams.get('service_code')
  const ids = url.searchParams.get('service_request_id')
  if (start === 'bad' || end === 'bad') return open311Error(format, 400, 'statistics.openData.badDate')
  if (status !== null && status !== 'open' && status !== 'closed') return open311Error(format, 400, 'statistics.openData.badStatus')
  if (code !== null && !(COMPLAINT_CATEGORIES as readonly string[]).includes(code)) return open311Error(format, 400, 'statistics.openData.badServiceCode')
  const requests: ServiceRequest[] = await open311ServiceRequests(db, {
    regionCode: jurisdiction,
    ids: ids === null ? null : ids.split(',').map((id) => id.trim()).slice(0, MAX_REQUESTS),
    category: code,
    open: status === null ? null : status === 'open',
    from: start ?? (ids === null ? (end ? new Date(end.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000) : window.from) : new Date(0)),
    to: end ?? window.to,
    limit: MAX_REQUESTS
  })
  return open311(format, 'service_requests', requests)
}

/** Answers an open-data or Open311 request; false when the path is neither. */
export async function serveOpenData(req: IncomingMessage, res: ServerResponse, db: Database, url: URL, now: Date): Promise<boolean> {
  const path = url.pathname
  const isOpenData = path === OPEN_DATA_PREFIX || path.startsWith(`${OPEN_DATA_PREFIX}/`)
  const isOpen311 = path.startsWith(`${OPEN311_PREFIX}/`)
  if (!isOpenData && !isOpen311) return false
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    // Creating service requests through Open311 is not offered: complaints are filed in the app.
    send(req, res, { ...open311Error(path.endsWith('.xml') ? 'xml' : 'json', 405, 'statistics.openData.readOnly'), headers: { Allow: 'GET, HEAD' } })
    return true
  }
  if (isOpen311) {
    send(req, res, (await answerOpen311(db, url, now)) ?? open311Error(path.endsWith('.xml') ? 'xml' : 'json', 404, 'statistics.openData.notFound'))
    return true
  }
  if (path === OPEN_DATA_PREFIX || path === `${OPEN_DATA_PREFIX}/`) {
    send(req, res, { status: 200, type: 'text/html; charset=utf-8', body: dictionaryPage() })
    return true
  }
  const match = EXPORT_PATH.exec(path)
  const region = url.searchParams.get('region')
  if (!match) {
    send(req, res, open311Error('json', 404, 'statistics.openData.notFound'))
    return true
  }
  if (region !== null && (!regionCodeSchema.safeParse(region).success || !(await knownRegion(db, region)))) {
    send(req, res, open311Error('json', 404, 'statistics.openData.unknownJurisdiction', { jurisdiction: region.slice(0, 40) }))
    return true
  }
  await streamExport(req, res, db, match[1] as OpenDataSet, match[2] as string, region, now)
  return true
}
