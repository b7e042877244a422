import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { PGlite } from '@electric-sql/pglite'
import type { Database, Queryable } from './database'

function wrap(client: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async exec(sql: string) {
      await client.exec(sql)
    },
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<T>(sql, params as unknown[])
      return { rows: result.rows }
    }
  }
}

/**
 * postgresql.conf of the embedded database (PGlite writes it whole at every open, so initdb's other lines are
 * repeated here). The WebAssembly memory PostgreSQL runs in only ever grows, so shared buffers at initdb's
 * 128 MB would end up resident once enough pages had been read; at 16 MB, pages beyond them come from the
 * files (the OS page cache for a data directory), and the process stays within its memory budget.
 */
const SETTINGS = [
  'shared_buffers = 16MB',
  'maintenance_work_mem = 16MB',
  'max_connections = 100',
  'dynamic_shared_memory_type = posix',
  'max_wal_size = 1GB',
  'min_wal_size = 80MB',
  'log_timezone = UTC',
  "datestyle = 'iso, mdy'",
  'timezone = UTC',
  "lc_messages = 'C'",
  "lc_monetary = 'C'",
  "lc_numeric = 'C'",
  "lc_time = 'C'",
  "default_text_search_config = 'pg_catalog.english'"
]

/** Runs in a child process: creating a PGlite on an empty directory runs initdb there. */
const INITDB_CHILD = `require(process.env.PGLITE_ENTRY).PGlite.create(process.env.PGLITE_DATA_DIR).then((pg) => pg.close()).catch((error) => { console.error(error); process.exit(1) })`

/**
 * A new data directory gets its initdb in a short-lived child process: PGlite keeps the memory of an initdb
 * run (another PostgreSQL instance and initdb's own WebAssembly memory, ≈430 MB) for the life of the process
 * that ran it, and a server opens its directory once and then runs for weeks.
 */
async function initialiseDataDir(dataDir: string): Promise<void> {
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return
  await promisify(execFile)(process.execPath, ['-e', INITDB_CHILD], {
    env: { ...process.env, PGLITE_ENTRY: require.resolve('@electric-sql/pglite'), PGLITE_DATA_DIR: dataDir }
  })
}

/**
 * The embedded database: PostgreSQL in WebAssembly, in memory or kept under `dataDir`. PGlite runs one
 * statement at a time and a transaction holds it exclusively, so concurrent requests are serialised here
 * rather than interleaved, which is what keeps a seat from being taken twice on the embedded store.
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  if (dataDir) await initialiseDataDir(dataDir)
  const pg = new PGlite(dataDir, { postgresqlconf: SETTINGS })
  await pg.waitReady
  const base = wrap(pg)
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close()
  }
}
