import type { Database } from './database'
import type { Migration } from './migration'

// Any constant shared by every process that migrates this database; two servers starting at once queue on it.
const MIGRATION_LOCK_KEY = 5_318_008

/** Applies, in id order and each in its own transaction, every migration this database has not seen. */
export async function runMigrations(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  const ids = migrations.map((m) => m.id)
  if (new Set(ids).size !== ids.length) throw new Error(`duplicate migration id in ${ids.join(', ')}`)
  const ordered = [...migrations].sort((a, b) => (a.id < b.id ? -1 : 1))
  await db.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`
  )
  const applied: string[] = []
  for (const migration of ordered) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id])
      if (seen.rows.length > 0) return false
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id])
      return true
    })
    if (ran) applied.push(migration.id)
  }
  return applied
}

/**
 * The check a cloud function makes on its cold start instead of migrating: one statement reading which
 * migrations the database has seen. Migrating is a deploy step (`npm run migrate`); a function that finds
 * the schema behind its code refuses to serve rather than run statements the schema cannot answer, and
 * simultaneous cold starts no longer queue on the migration lock.
 */
export async function assertSchemaCurrent(db: Database, migrationIds: readonly string[]): Promise<void> {
  let applied: Set<string>
  try {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM schema_migrations')
    applied = new Set(rows.map((row) => row.id))
  } catch {
    applied = new Set()
  }
  const missing = migrationIds.filter((id) => !applied.has(id))
  if (missing.length > 0) {
    throw new Error(`The database schema is behind this code (missing migrations ${missing.sort().join(', ')}): run \`npm run migrate\` with this DATABASE_URL before deploying.`)
  }
}
