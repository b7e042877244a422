import type { Queryable } from '../db/database'

/** Whether the database answers a trivial query: what a load balancer's health check needs to know. */
export async function databaseAnswers(db: Queryable): Promise<boolean> {
  try {
    await db.query('SELECT 1')
    return true
  } catch {
    return false
  }
}
