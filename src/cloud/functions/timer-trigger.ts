import type { FunctionName } from '../../domain/contract'

/** A timer trigger as WeChat cloud declares it in a function's config.json (cron with seconds and year, UTC+8). */
interface TimerTrigger {
  name: string
  type: 'timer'
  config: string
}

/**
 * The functions WeChat cloud calls on a timer. On the cloud no process stays up between calls, so the alert
 * sweep that follows each registry write has nothing to catch what a failed sweep left: `following` sweeps
 * every five minutes, as the server's upkeep does every minute.
 */
export const TIMER_TRIGGERS: Partial<Record<FunctionName, TimerTrigger>> = {
  following: { name: 'alertSweep', type: 'timer', config: '0 */5 * * * * *' }
}

/**
 * Whether `event` is the platform's call for `trigger`: `{ Type: 'Timer', TriggerName, Time }`. Its shape alone
 * proves nothing (any mini-program can send it as data), so the caller must also have no OPENID.
 */
export function isTimerEvent(event: unknown, trigger: TimerTrigger | undefined): boolean {
  if (!trigger || typeof event !== 'object' || event === null) return false
  const { Type, TriggerName } = event as { Type?: unknown; TriggerName?: unknown }
  return typeof Type === 'string' && Type.toLowerCase() === 'timer' && TriggerName === trigger.name
}
