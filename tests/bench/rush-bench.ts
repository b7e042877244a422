import { performance } from 'node:perf_hooks'
import { sessionTokens } from '../../src/cloud/account/session-tokens'
import { createWechatGateway } from '../../src/cloud/account/wechat-gateway'
import type { Database } from '../../src/cloud/db/database'
import { createHandlers } from '../../src/cloud/app/handlers'
import { dispatch } from '../../src/cloud/transport/dispatcher'
import type { User } from '../../src/domain/account/account-schema'
import { contract } from '../../src/domain/contract'
import { GUARDIAN_CONSENT_VERSION } from '../../src/domain/family/guardian-consent'
import { NOW } from './finder-bench'
import { report, scaled } from './bench-report'

const FAMILIES = scaled(1000, 40)
const PLACES = 20
// NOW is Monday 23 Nov 2026, noon in China; the slot is later that week, its booking window open.
const SLOT_DATE = '2026-11-26'

const api = { contract, handlers: createHandlers({ sessions: sessionTokens('bench-session-secret-0123456789abcdef'), wechat: createWechatGateway({}), devLoginAllowed: () => true, complaintWechat: null, mapTiles: null }) }

async function call<T>(db: Database, user: User, fn: string, action: string, input: unknown): Promise<{ ok: boolean; data?: T; code?: string }> {
  const envelope = await dispatch(api, { fn, action, input }, { db, user, now: NOW })
  return envelope.ok ? { ok: true, data: envelope.data as T } : { ok: false, code: envelope.error.code }
}

async function must<T>(db: Database, user: User, fn: string, action: string, input: unknown): Promise<T> {
  const result = await call<T>(db, user, fn, action, input)
  if (!result.ok) throw new Error(`${fn}.${action}: ${result.code}`)
  return result.data as T
}

const person = (id: string, role: User['role'], institution?: { id: string; regionCode: string }): User => ({
  id,
  role,
  displayName: role === 'parent' ? '基准家长' : '机构老师',
  regionCode: institution?.regionCode ?? null,
  institutionId: institution?.id ?? null
})

/** 1,000 families pressing "book" on one 20-place slot at the same moment. */
export async function benchRush(db: Database): Promise<void> {
  const { rows } = await db.query<{ id: string; region_code: string }>('SELECT id, region_code FROM institutions ORDER BY id LIMIT 1')
  const institution = rows[0]
  if (!institution) throw new Error('no institution to book at')
  const staff = person('bench-staff', 'institution_staff', { id: institution.id, regionCode: institution.region_code })
  const offering = await must<{ id: string }>(db, staff, 'bookings', 'createOffering', { kind: 'hourly', title: '计时托（基准测试）' })
  const { created } = await must<{ created: { id: string }[] }>(db, staff, 'bookings', 'createSlots', {
    offeringId: offering.id,
    startTime: '09:00',
    endTime: '11:00',
    schedule: { kind: 'once', date: SLOT_DATE },
    capacity: PLACES
  })
  const slotId = created[0]?.id
  const families: { parent: User; childId: string }[] = []
  for (let i = 0; i < FAMILIES; i++) {
    const parent = person(`bench-parent-${i}`, 'parent')
    const child = await must<{ id: string }>(db, parent, 'family', 'addChild', { nickname: '小米', birthMonth: '2025-05', consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: true })
    families.push({ parent, childId: child.id })
  }
  const t = performance.now()
  const results = await Promise.all(families.map(({ parent, childId }, i) => call(db, parent, 'bookings', 'book', { slotId, childId, idempotencyKey: `bench-rush-${String(i).padStart(4, "0")}` })))
  const settled = performance.now() - t
  const confirmed = results.filter((r) => r.ok).length
  const full = results.filter((r) => r.code === 'SLOT_FULL').length
  report({ name: `${FAMILIES} families booking a ${PLACES}-place slot (${db.kind})`, value: settled, unit: 'ms', limit: '≤ 2000 ms, exactly 20 confirmed', ratio: { value: settled / 2000, target: 1 } })
  const other = results.filter((r) => !r.ok && r.code !== 'SLOT_FULL').map((r) => r.code)
  console.log(`    confirmed ${confirmed} (must be ${PLACES}), SLOT_FULL ${full}, other ${other.length ? [...new Set(other)].join(', ') : 'none'}`)
  if (confirmed !== PLACES) throw new Error(`rush: ${confirmed} confirmed on a ${PLACES}-place slot`)
}
