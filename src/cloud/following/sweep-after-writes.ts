import type { Handlers, ServiceContext } from '../shared/service-context'
import { sweepAlertsQuietly } from './alert-sweep-service'
import type { AlertWechat } from './wechat-alert-gateway'

/** The registry's actions that only read: nothing for the sweep to find after them. */
const READS: ReadonlySet<string> = new Set(['auditLog'])

/**
 * The registry's handlers, each write followed by an alerts sweep in the same process, so a parent hears of a
 * change seconds after it is published (on WeChat cloud, where no timer runs between calls, this is the sweep).
 * The server's minute timer (upkeep) catches whatever a failed sweep left.
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
