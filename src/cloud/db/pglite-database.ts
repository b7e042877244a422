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
 * The embedded database: PostgreSQL in WebAssembly, in memory or kept under `dataDir`. PGlite runs one
 * statement at a time and a transaction holds it exclusively, so concurrent requests are serialised here
 * rather than interleaved, which is what keeps a seat from being taken twice on the embedded store.
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  const pg = new PGlite(dataDir)
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
