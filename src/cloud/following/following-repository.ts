import type { AccountFavourite, AlertSettings, SavedSearch, SavedSearchFilters } from '../../domain/following/following-schema'
import { institutionDetailSchema } from '../../domain/finder/institution-schema'
import type { Queryable } from '../db/database'
import { isoOf } from '../shared/instant-values'

/** The only SQL of what parents follow and of the alerts sweep. */

export async function listFavouriteRows(q: Queryable, userId: string): Promise<AccountFavourite[]> {
  const { rows } = await q.query<{ detail: unknown; saved_at: unknown }>(
    `SELECT i.detail, f.saved_at FROM favourites f JOIN institutions i ON i.id = f.institution_id
      WHERE f.user_id = $1 ORDER BY f.saved_at DESC, f.institution_id`,
    [userId]
  )
  return rows.map((row) => {
    const d = institutionDetailSchema.parse(row.detail)
    return {
      id: d.id,
      name: d.name,
      districtName: d.districtName,
      address: d.address,
      isAffordable: d.isAffordable,
      isDemonstration: d.isDemonstration,
      isSample: d.isSample,
      revoked: d.standing.status === 'revoked',
      savedAt: isoOf(row.saved_at)
    }
  })
}

/** Adds the institutions that exist and are not already favourites; unknown ids add nothing. */
export async function insertFavourites(q: Queryable, userId: string, institutionIds: readonly string[], now: Date): Promise<void> {
  if (institutionIds.length === 0) return
  await q.query(
    `INSERT INTO favourites (user_id, institution_id, saved_at)
       SELECT $1, i.id, $3 FROM institutions i WHERE i.id = ANY($2::text[])
       ON CONFLICT DO NOTHING`,
    [userId, institutionIds, now]
  )
}

export async function countFavourites(q: Queryable, userId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM favourites WHERE user_id = $1', [userId])
  return rows[0]?.n ?? 0
}

export async function deleteFavourite(q: Queryable, userId: string, institutionId: string): Promise<void> {
  await q.query('DELETE FROM favourites WHERE user_id = $1 AND institution_id = $2', [userId, institutionId])
}

interface SettingsRow {
  kinds: string[]
  vacancy_age_bands: string[]
  vacancy_service_types: string[]
}

const toSettings = (row: SettingsRow): AlertSettings => ({
  kinds: row.kinds as AlertSettings['kinds'],
  vacancyAgeBands: row.vacancy_age_bands as AlertSettings['vacancyAgeBands'],
  vacancyServiceTypes: row.vacancy_service_types as AlertSettings['vacancyServiceTypes']
})

export async function findAlertSettings(q: Queryable, userId: string): Promise<AlertSettings | null> {
  const { rows } = await q.query<SettingsRow>('SELECT kinds, vacancy_age_bands, vacancy_service_types FROM alert_settings WHERE user_id = $1', [userId])
  return rows[0] ? toSettings(rows[0]) : null
}

export async function upsertAlertSettings(q: Queryable, userId: string, settings: AlertSettings): Promise<void> {
  await q.query(
    `INSERT INTO alert_settings (user_id, kinds, vacancy_age_bands, vacancy_service_types) VALUES ($1, $2::text[], $3::text[], $4::text[])
       ON CONFLICT (user_id) DO UPDATE SET kinds = EXCLUDED.kinds, vacancy_age_bands = EXCLUDED.vacancy_age_bands, vacancy_service_types = EXCLUDED.vacancy_service_types`,
    [userId, settings.kinds, settings.vacancyAgeBands, settings.vacancyServiceTypes]
  )
}

/** Adds allowed WeChat messages, never past `max`; answers how many are left to send. */
export async function addWechatGrants(q: Queryable, userId: string, count: number, max: number): Promise<number> {
  const { rows } = await q.query<{ wechat_grants: number }>(
    `INSERT INTO alert_settings (user_id, wechat_grants) VALUES ($1, LEAST($2::int, $3::int))
       ON CONFLICT (user_id) DO UPDATE SET wechat_grants = LEAST(alert_settings.wechat_grants + $2::int, $3::int)
       RETURNING wechat_grants`,
    [userId, count, max]
  )
  return rows[0]?.wechat_grants ?? 0
}

/** Spends one allowed WeChat message; the openid to send it to, or null when none is left (or no WeChat account). */
export async function spendWechatGrant(q: Queryable, userId: string): Promise<string | null> {
  const { rows } = await q.query<{ openid: string | null }>(
    `UPDATE alert_settings s SET wechat_grants = s.wechat_grants - 1
      WHERE s.user_id = $1 AND s.wechat_grants > 0 AND EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id AND u.openid IS NOT NULL)
      RETURNING (SELECT u.openid FROM users u WHERE u.id = s.user_id) AS openid`,
    [userId]
  )
  return rows[0]?.openid ?? null
}

interface SavedSearchRow {
  id: string
  user_id: string
  name: string
  filters: SavedSearchFilters
  alerts: boolean
  created_at: unknown
}

const toSavedSearch = (row: SavedSearchRow): SavedSearch => ({ id: row.id, name: row.name, filters: row.filters, alerts: row.alerts, createdAt: isoOf(row.created_at) })

export async function listSavedSearchRows(q: Queryable, userId: string): Promise<SavedSearch[]> {
  const { rows } = await q.query<SavedSearchRow>(
    'SELECT id, user_id, name, filters, alerts, created_at FROM saved_searches WHERE user_id = $1 ORDER BY created_at DESC, id DESC',
    [userId]
  )
  return rows.map(toSavedSearch)
}

export async function countSavedSearches(q: Queryable, userId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM saved_searches WHERE user_id = $1', [userId])
  return rows[0]?.n ?? 0
}

export async function insertSavedSearch(q: Queryable, userId: string, id: string, search: { name: string; filters: SavedSearchFilters; alerts: boolean }, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO saved_searches (id, user_id, name, region_code, filters, alerts, created_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
    [id, userId, search.name, search.filters.regionCode, JSON.stringify(search.filters), search.alerts, now]
  )
}

/** Deletes one of the parent's own searches; answers whether there was one (another parent's id matches nothing). */
export async function deleteSavedSearchRow(q: Queryable, userId: string, id: string): Promise<boolean> {
  const { rows } = await q.query<{ id: string }>('DELETE FROM saved_searches WHERE user_id = $1 AND id = $2 RETURNING id', [userId, id])
  return rows.length > 0
}

/** Serialises one parent's capped writes (favourites, saved searches), so two taps cannot pass the cap together. */
export async function lockFollower(q: Queryable, userId: string): Promise<void> {
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('following:' || $1))`, [userId])
}

export interface SweptEvent {
  id: string
  regionCode: string
  institutionId: string
  kind: string
  detail: Record<string, unknown>
}

/**
 * Claims up to `limit` events no sweep has taken, stamping them: rows another sweep holds are skipped, rows it
 * stamped no longer match, so concurrent sweeps take disjoint events.
 */
export async function claimUnsweptEvents(q: Queryable, now: Date, limit: number): Promise<SweptEvent[]> {
  const { rows } = await q.query<{ id: string | number; region_code: string; institution_id: string; kind: string; detail: Record<string, unknown> }>(
    `UPDATE registry_events e SET alerts_swept_at = $1
      WHERE e.id IN (SELECT u.id FROM registry_events u WHERE u.alerts_swept_at IS NULL ORDER BY u.id LIMIT $2 FOR UPDATE SKIP LOCKED)
        AND e.alerts_swept_at IS NULL
      RETURNING e.id, e.region_code, e.institution_id, e.kind, e.detail`,
    [now, limit]
  )
  return rows
    .map((r) => ({ id: String(r.id), regionCode: r.region_code, institutionId: r.institution_id, kind: r.kind, detail: r.detail }))
    .sort((a, b) => Number(a.id) - Number(b.id))
}

/** Parents who favourite this institution, with their alert settings (none saved: every alert off). */
export async function favouritersOf(q: Queryable, institutionId: string): Promise<{ userId: string; settings: AlertSettings }[]> {
  const { rows } = await q.query<SettingsRow & { user_id: string }>(
    `SELECT f.user_id, s.kinds, s.vacancy_age_bands, s.vacancy_service_types
       FROM favourites f JOIN alert_settings s ON s.user_id = f.user_id
      WHERE f.institution_id = $1 AND cardinality(s.kinds) > 0`,
    [institutionId]
  )
  return rows.map((row) => ({ userId: row.user_id, settings: toSettings(row) }))
}

/** Saved searches of a region that alert, with their owners. */
export async function alertingSearchesOf(q: Queryable, regionCode: string): Promise<(SavedSearch & { userId: string })[]> {
  const { rows } = await q.query<SavedSearchRow>(
    'SELECT id, user_id, name, filters, alerts, created_at FROM saved_searches WHERE region_code = $1 AND alerts ORDER BY id',
    [regionCode]
  )
  return rows.map((row) => ({ ...toSavedSearch(row), userId: row.user_id }))
}

/** Records that `userId` heard about event `eventId`; false when they already had (the unique key held). */
export async function recordDelivery(q: Queryable, userId: string, eventId: string, now: Date): Promise<boolean> {
  const { rows } = await q.query<{ user_id: string }>(
    'INSERT INTO alert_deliveries (user_id, event_id, delivered_at) VALUES ($1, $2::bigint, $3) ON CONFLICT DO NOTHING RETURNING user_id',
    [userId, eventId, now]
  )
  return rows.length > 0
}
