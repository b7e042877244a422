import '../../i18n/zh-cn-pages/alerts'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import type { EventAlert, OpenedVacancy } from '../../domain/following/alert-rules'
import { formatDate } from '../../i18n/locale-format'
// The server answers people in every language: all catalogues, not only the one a phone loads.
import '../../i18n/all-catalogues'
import { inLocale, t } from '../../i18n/translate'
import { readerLocale } from '../account/locale-service'
import type { Queryable } from '../db/database'
import { notify } from '../inbox/inbox-service'

/**
 * The words of an alert, in the reader's language: they often read it days after the change, on another
 * phone, so it is rendered for them, not for whoever made the change.
 */

/** Who is told and why: a favourite with alerts on, or one of their saved searches. */
export type AlertReason = { via: 'favourite' } | { via: 'search'; searchName: string }

const TITLE_MAX = 40
const clip = (text: string, max: number) => Array.from(text).slice(0, max).join('')

const places = (opened: readonly OpenedVacancy[]) =>
  opened.map((v) => t('alerts.messages.place', { serviceType: t(`labels.serviceType.${v.serviceType}`), ageBand: t(`labels.ageBand.${v.ageBand}`) })).join(t('alerts.messages.listSeparator'))

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const dateText = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : '')

function render(inst: InstitutionDetail, eventKind: string, detail: Record<string, unknown>, alert: EventAlert, reason: AlertReason): { title: string; body: string } {
  const name = inst.name
  if (reason.via === 'search') {
    return alert.kind === 'new_institution'
      ? { title: t('alerts.messages.searchNewTitle'), body: t('alerts.messages.searchNewBody', { name, district: inst.districtName, search: reason.searchName }) }
      : { title: t('alerts.messages.searchVacancyTitle'), body: t('alerts.messages.searchVacancyBody', { name, places: places(alert.opened), search: reason.searchName }) }
  }
  switch (alert.kind) {
    case 'vacancy':
      return { title: t('alerts.messages.vacancyTitle'), body: t('alerts.messages.vacancyBody', { name, places: places(alert.opened) }) }
    case 'evaluation':
      return { title: t('alerts.messages.evaluationTitle'), body: t('alerts.messages.evaluationBody', { name, grade: text(detail.grade), date: dateText(detail.evaluatedOn) }) }
    case 'inspection':
      return { title: t('alerts.messages.inspectionTitle'), body: t('alerts.messages.inspectionBody', { name }) }
    case 'enforcement':
      return { title: t('alerts.messages.enforcementTitle'), body: t('alerts.messages.enforcementBody', { name }) }
    case 'standing': {
      const params = { name, date: dateText(detail.on), reason: text(detail.reason) }
      return eventKind === 'revoked'
        ? { title: t('alerts.messages.revokedTitle'), body: t('alerts.messages.revokedBody', params) }
        : { title: t('alerts.messages.suspendedTitle'), body: t('alerts.messages.suspendedBody', params) }
    }
    case 'fee':
    case 'new_institution':
      return { title: t('alerts.messages.feeTitle'), body: t('alerts.messages.feeBody', { name }) }
  }
}

/** Leaves the alert in the reader's inbox; answers the short "what" a WeChat message carries, in their language. */
export async function sendAlert(q: Queryable, userId: string, inst: InstitutionDetail, event: { kind: string; detail: Record<string, unknown> }, alert: EventAlert, reason: AlertReason, now: Date): Promise<string> {
  const locale = await readerLocale(q, userId)
  const { title, body, what } = inLocale(locale, () => ({ ...render(inst, event.kind, event.detail, alert, reason), what: t(`alerts.what.${alert.kind}`) }))
  await notify(q, { userId, topic: 'alerts', title: clip(title, TITLE_MAX), body, link: `/pages/institution/index?id=${inst.id}` }, now)
  return what
}
