import type { Queryable } from '../db/database'

export interface ArticleMarks {
  read: boolean
  bookmarked: boolean
}

interface MarkRow {
  slug: string
  read: boolean
  bookmarked: boolean
}

/** Everything one user has marked, by slug (a few dozen rows at most: one per article touched). */
export async function marksOf(q: Queryable, userId: string): Promise<Map<string, ArticleMarks>> {
  const { rows } = await q.query<MarkRow>(
    `SELECT slug, read_at IS NOT NULL AS read, bookmarked_at IS NOT NULL AS bookmarked FROM guidance_marks WHERE user_id = $1`,
    [userId]
  )
  return new Map(rows.map((row) => [row.slug, { read: row.read, bookmarked: row.bookmarked }]))
}

/** Marks an article read; the first reading time is kept. */
export async function recordRead(q: Queryable, userId: string, slug: string, now: Date): Promise<ArticleMarks> {
  const { rows } = await q.query<MarkRow>(
    `INSERT INTO guidance_marks (user_id, slug, read_at) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, slug) DO UPDATE SET read_at = coalesce(guidance_marks.read_at, EXCLUDED.read_at)
     RETURNING slug, read_at IS NOT NULL AS read, bookmarked_at IS NOT NULL AS bookmarked`,
    [userId, slug, now]
  )
  return { read: rows[0]?.read ?? true, bookmarked: rows[0]?.bookmarked ?? false }
}

export async function recordBookmark(q: Queryable, userId: string, slug: string, bookmarked: boolean, now: Date): Promise<ArticleMarks> {
  const at = bookmarked ? now : null
  const { rows } = await q.query<MarkRow>(
    `INSERT INTO guidance_marks (user_id, slug, bookmarked_at) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, slug) DO UPDATE
       SET bookmarked_at = CASE WHEN $3::timestamptz IS NULL THEN NULL ELSE coalesce(guidance_marks.bookmarked_at, $3::timestamptz) END
     RETURNING slug, read_at IS NOT NULL AS read, bookmarked_at IS NOT NULL AS bookmarked`,
    [userId, slug, at]
  )
  return { read: rows[0]?.read ?? false, bookmarked: rows[0]?.bookmarked ?? bookmarked }
}

/** Slugs the user has bookmarked, most recently bookmarked first. */
export async function bookmarkedSlugs(q: Queryable, userId: string): Promise<string[]> {
  const { rows } = await q.query<{ slug: string }>(
    `SELECT slug FROM guidance_marks WHERE user_id = $1 AND bookmarked_at IS NOT NULL ORDER BY bookmarked_at DESC, slug`,
    [userId]
  )
  return rows.map((row) => row.slug)
}
