import type { Handlers, ServiceContext } from '../shared/service-context'
import type { Config } from '../app/config'
import type { Database } from '../db/database'
import { sweepAlerts, sweepAlertsQuietly } from './alert-sweep-service'
import { alertWechatFrom, type AlertWechat } from './wechat-alert-gateway'

/** The registry's actions that only read: nothing for the sweep to find after them. */
const READS: ReadonlySet<string> = new Set(['auditLog'])

/**
 * The registry's handlers, each write followed by an alerts sweep in the same process, so a parent hears of a
 * change seconds after it is published (on WeChat cloud, where no process runs between calls, this is the sweep).
 * The server's minute timer (upkeep) and the cloud's timer trigger (sweepOnTimer) catch whatever a failed sweep left.
 */
export function sweepingAfterWrites(handlers: Handlers<'registry'>, wechat: AlertWechat | null): Handlers<'registry'> {
  const wrapped = Object.entries(handlers).map(([name, handler]: [string, (ctx: ServiceContext, input: never) => Promise<unknown>]) => {
    if (READS.has(name)) return [name, handler]
    return [
      name,
      async (ctx: ServiceContext, input: never) => {
        const out = await handler(ctx, input)
        await sweepAlertsQuietly(ctx.db, ctx.now, wechat)
        return out
      }
    ]
  })
  return Object.fromEntries(wrapped) as Handlers<'registry'>
}

/**
 * The sweep on WeChat cloud's timer (the `following` function's trigger): it claims events as the sweep after a
 * write does, so neither delivers an alert twice, and it catches whatever a failed sweep after a write left.
 */
export async function sweepOnTimer(job: { db: Database; now: Date; config: Config }): Promise<{ delivered: number }> {
  return { delivered: await sweepAlerts(job.db, job.now, alertWechatFrom(job.config.wechat)) }
}
