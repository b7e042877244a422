import pg from 'pg'
import type { Database, Queryable } from './database'

// PostgreSQL returns int8 (count(*), bigint ids) as strings by default; every count we read fits a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))
// Dates stay ISO text: a DATE column means a calendar day in China, never a JS Date at UTC midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async exec(sql: string) {
      await client.query(sql)
    },
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params as unknown[])
      return { rows: result.rows as T[] }
    }
  }
}

/** A real PostgreSQL server through a connection pool: the same SQL as the embedded database. */
export function openPostgresDatabase(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize })
  const base = wrap(pool)
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end()
  }
}
