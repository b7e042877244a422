import type { Queryable } from '../db/database'

interface FiledMatch {
  institutionId: string
  name: string
  address: string
  filingNumber: string
}

/** `%` and `_` typed by a parent are letters, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * Filed institutions of a region whose name or address contains what the parent typed (spaces ignored on
 * both sides, since signs and receipts space names differently). Names that start with it come first.
 */
export async function findFiledByNameOrAddress(q: Queryable, regionCode: string, query: string, limit: number): Promise<FiledMatch[]> {
  const compact = query.replace(/\s+/g, '')
  const { rows } = await q.query<{ id: string; name: string; address: string; filing_number: string }>(
    `SELECT id, name, address, filing_number FROM institutions
      WHERE region_code = $1
        AND (replace(name, ' ', '') ILIKE $2 OR replace(address, ' ', '') ILIKE $2)
      ORDER BY (replace(name, ' ', '') ILIKE $3) DESC, name, id
      LIMIT $4`,
    [regionCode, likePattern(compact), `${compact.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit]
  )
  return rows.map((row) => ({ institutionId: row.id, name: row.name, address: row.address, filingNumber: row.filing_number }))
}
