import type { Offering, OfferingKind } from '../../domain/bookings/offering-schema'
import type { Queryable } from '../db/database'

/** Offering columns, with the host's current name (an institution's from its record). */
export const OFFERING_COLUMNS = `o.id AS o_id, o.kind AS o_kind, o.class_kind AS o_class_kind, o.title AS o_title,
  o.description AS o_description, o.host_kind AS o_host_kind, o.institution_id AS o_institution_id,
  coalesce(i.name, o.host_name) AS o_host_name, o.region_code AS o_region_code, o.is_sample AS o_is_sample`
export const OFFERING_FROM = `offerings o LEFT JOIN institutions i ON i.id = o.institution_id`

export interface OfferingRow {
  o_id: string
  o_kind: Offering['kind']
  o_class_kind: Offering['classKind']
  o_title: string
  o_description: string
  o_host_kind: Offering['hostKind']
  o_institution_id: string | null
  o_host_name: string
  o_region_code: string
  o_is_sample: boolean
}

export const toOffering = (row: OfferingRow): Offering => ({
  id: row.o_id,
  kind: row.o_kind,
  classKind: row.o_class_kind,
  title: row.o_title,
  description: row.o_description,
  hostKind: row.o_host_kind,
  institutionId: row.o_institution_id,
  hostName: row.o_host_name,
  regionCode: row.o_region_code,
  isSample: row.o_is_sample
})

export interface NewOffering extends Omit<Offering, 'hostName'> {
  /** Only for a community service centre; an institution's name is read from its record. */
  hostName: string | null
}

export async function insertOffering(q: Queryable, offering: NewOffering, now: Date): Promise<void> {
  await insertOfferings(q, [offering], now)
}

/** Adds the offerings in one statement; an offering whose id exists is left as it is. */
export async function insertOfferings(q: Queryable, offerings: readonly NewOffering[], now: Date): Promise<void> {
  if (offerings.length === 0) return
  await q.query(
    `INSERT INTO offerings (id, kind, class_kind, title, description, host_kind, institution_id, host_name, region_code, is_sample, created_at)
     SELECT o.*, $11::timestamptz FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                                              $9::text[], $10::boolean[]) AS o
     ON CONFLICT (id) DO NOTHING`,
    [
      offerings.map((o) => o.id),
      offerings.map((o) => o.kind),
      offerings.map((o) => o.classKind),
      offerings.map((o) => o.title),
      offerings.map((o) => o.description),
      offerings.map((o) => o.hostKind),
      offerings.map((o) => o.institutionId),
      offerings.map((o) => o.hostName),
      offerings.map((o) => o.regionCode),
      offerings.map((o) => o.isSample),
      now
    ]
  )
}

export async function findOffering(q: Queryable, offeringId: string): Promise<Offering | null> {
  const { rows } = await q.query<OfferingRow>(`SELECT ${OFFERING_COLUMNS} FROM ${OFFERING_FROM} WHERE o.id = $1`, [offeringId])
  return rows[0] ? toOffering(rows[0]) : null
}

export async function listInstitutionOfferings(q: Queryable, institutionId: string): Promise<Offering[]> {
  const { rows } = await q.query<OfferingRow>(
    `SELECT ${OFFERING_COLUMNS} FROM ${OFFERING_FROM} WHERE o.institution_id = $1 ORDER BY o.created_at, o.id`,
    [institutionId]
  )
  return rows.map(toOffering)
}

interface SummaryRow extends OfferingRow {
  upcoming_slots: number
  from_price_fen: number | null
}

/**
 * Offerings with how many open slots lie ahead and the lowest price among them: an institution's, or
 * everything held in a region (by its institutions or its community centres).
 */
export async function listOfferingSummaries(
  q: Queryable,
  where: { institutionId: string } | { regionCode: string; kind: OfferingKind | null },
  now: Date
) {
  const byInstitution = 'institutionId' in where
  const { rows } = await q.query<SummaryRow>(
    `SELECT ${OFFERING_COLUMNS},
            count(s.id)::int AS upcoming_slots,
            min(s.price_fen)::int AS from_price_fen
       FROM ${OFFERING_FROM}
       LEFT JOIN slots s ON s.offering_id = o.id AND s.status = 'open' AND s.starts_at > $1
      WHERE ${byInstitution ? 'o.institution_id = $2' : 'o.region_code = $2 AND ($3::text IS NULL OR o.kind = $3)'}
      GROUP BY o.id, i.name
      ORDER BY o.created_at, o.id`,
    byInstitution ? [now, where.institutionId] : [now, where.regionCode, where.kind]
  )
  return rows.map((row) => ({ ...toOffering(row), upcomingSlots: row.upcoming_slots, fromPriceFen: row.from_price_fen }))
}

/** The institution a staff member acts for, as an offering host: its name and region. */
export async function findInstitutionHost(q: Queryable, institutionId: string): Promise<{ name: string; regionCode: string } | null> {
  const { rows } = await q.query<{ name: string; region_code: string }>(
    `SELECT name, region_code FROM institutions WHERE id = $1`,
    [institutionId]
  )
  return rows[0] ? { name: rows[0].name, regionCode: rows[0].region_code } : null
}
