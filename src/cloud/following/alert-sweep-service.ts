import { alertOfEvent, favouriteWants, savedSearchWants } from '../../domain/following/alert-rules'
import { toSearchable } from '../../domain/finder/search-rules'
import { formatInChina, todayInChina } from '../../domain/shared/clock'
import type { Database, Queryable } from '../db/database'
import { institutionById } from '../finder/finder-service'
import { errorField, serverLog } from '../shared/server-log'
import { sendAlert, type AlertReason } from './alert-messages'
import { alertingSearchesOf, claimUnsweptEvents, favouritersOf, recordDelivery, spendWechatGrant, type SweptEvent } from './following-repository'
import type { AlertWechat } from './wechat-alert-gateway'

const SWEEP_BATCH = 200

interface Delivered {
  userId: string
  institutionId: string
  institution: string
  what: string
}

type AlertingSearches = Awaited<ReturnType<typeof alertingSearchesOf>>

/**
 * Who hears about one event and why: each parent once, by favourite first (the more specific reason), else by
 * the first of their saved searches that matches. A region's alerting searches are read once per batch, and a
 * new filing nobody's search could match reads nothing more: a 5,000-row import sweeps in a few queries.
 */
async function recipientsOf(tx: Queryable, event: SweptEvent, now: Date, searchesOf: (regionCode: string) => Promise<AlertingSearches>) {
  const alert = alertOfEvent(event.kind, event.detail)
  if (!alert) return null
  const searches = alert.kind === 'new_institution' || alert.kind === 'vacancy' ? await searchesOf(event.regionCode) : []
  if (alert.kind === 'new_institution' && searches.length === 0) return null
  const inst = await institutionById(tx, event.institutionId)
  if (!inst) return null
  const reasons = new Map<string, AlertReason>()
  if (alert.kind !== 'new_institution') {
    for (const { userId, settings } of await favouritersOf(tx, inst.id)) {
      if (favouriteWants(settings, alert)) reasons.set(userId, { via: 'favourite' })
    }
  }
  if (searches.length > 0) {
    const searchable = { ...toSearchable(inst), located: inst.located }
    const today = todayInChina(now)
    for (const search of searches) {
      if (!reasons.has(search.userId) && savedSearchWants(search.filters, searchable, alert, today)) reasons.set(search.userId, { via: 'search', searchName: search.name })
    }
  }
  return { alert, inst, reasons }
}

/** WeChat copies of delivered alerts, for parents who allowed one; each allowance is spent before sending. */
async function sendWechat(db: Database, delivered: readonly Delivered[], now: Date, wechat: AlertWechat): Promise<void> {
  for (const d of delivered) {
    const openid = await spendWechatGrant(db, d.userId)
    if (!openid) continue
    try {
      await wechat.send({ openid, page: `/pages/institution/index?id=${d.institutionId}`, institution: d.institution, what: d.what, at: formatInChina(now, 'YYYY-MM-DD HH:mm') })
    } catch (error) {
      serverLog().error({ error: errorField(error) }, 'WeChat alert not sent')
    }
  }
}

/**
 * Turns new registry change events into alerts: every event is claimed by exactly one sweep (SKIP LOCKED), and
 * each (parent, event) is delivered once by a unique key, in the transaction that claims the event, so a crash
 * delivers nothing and the event is swept again. Runs after each registry write and on the server's minute
 * timer; returns how many alerts went to inboxes.
 */
export async function sweepAlerts(db: Database, now: Date, wechat: AlertWechat | null = null): Promise<number> {
  let total = 0
  for (;;) {
    const { claimed, delivered } = await db.transaction(async (tx) => {
      const events = await claimUnsweptEvents(tx, now, SWEEP_BATCH)
      const out: Delivered[] = []
      const searches = new Map<string, Promise<AlertingSearches>>()
      const searchesOf = (regionCode: string) => {
        let found = searches.get(regionCode)
        if (!found) searches.set(regionCode, (found = alertingSearchesOf(tx, regionCode)))
        return found
      }
      for (const event of events) {
        const found = await recipientsOf(tx, event, now, searchesOf)
        if (!found) continue
        for (const [userId, reason] of found.reasons) {
          if (!(await recordDelivery(tx, userId, event.id, now))) continue
          const what = await sendAlert(tx, userId, found.inst, event, found.alert, reason, now)
          out.push({ userId, institutionId: found.inst.id, institution: found.inst.name, what })
        }
      }
      return { claimed: events.length, delivered: out }
    })
    if (wechat) await sendWechat(db, delivered, now, wechat)
    total += delivered.length
    if (claimed < SWEEP_BATCH) return total
  }
}

/** The sweep after a write, which must never fail the write that already committed: a failure waits for the timer. */
export async function sweepAlertsQuietly(db: Database, now: Date, wechat: AlertWechat | null): Promise<void> {
  try {
    await sweepAlerts(db, now, wechat)
  } catch (error) {
    serverLog().error({ error: errorField(error) }, 'alert sweep failed')
  }
}
