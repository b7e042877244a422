/**
 * One schema change. `id` orders migrations and is recorded once applied; an applied migration is never
 * edited, a new one is added. Each context keeps its own list; the composition root (../app/migrations.ts)
 * puts them in order, so this seam knows none of them.
 */
export interface Migration {
  id: string
  sql: string
}
