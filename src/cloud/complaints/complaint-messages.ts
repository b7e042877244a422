import '../../i18n/zh-cn-pages/complaints'
import type { ComplaintStatus } from '../../domain/complaints/complaint-schema'
import { INBOX_BODY_MAX, type NewInboxMessage } from '../../domain/inbox/inbox-schema'
// The server answers people in every language: all catalogues, not only the one a phone loads.
import '../../i18n/all-catalogues'
import { renderPhrase, type PhraseText } from '../../i18n/phrase'
import { inLocale, t } from '../../i18n/translate'
import { readerLocale } from '../account/locale-service'
import type { Queryable } from '../db/database'
import { notify } from '../inbox/inbox-service'
import type { ComplaintRecord } from './complaint-repository'

/**
 * Messages the complaints service leaves in a parent's inbox, in the transaction that made the change. An
 * anonymous complaint has no one to write to: a message would tie the complaint to an account.
 */

/**
 * Words rendered in whichever language is current when called: the parent's own language for their inbox. The
 * department's own words come back as written.
 */
type Wording = () => string

export const NO_WORDS: Wording = () => ''

/** A timeline step's words for a message: a phrase in the reader's language, a department's words as written. */
export const wordingOf = (text: PhraseText | null): Wording => (text === null ? NO_WORDS : () => renderPhrase(text))

export const complaintLink = (trackingNo: string) => `/pages/complaints/detail/index?no=${trackingNo}`

const clip = (text: string) => (text.length > INBOX_BODY_MAX ? `${text.slice(0, INBOX_BODY_MAX - 1)}…` : text)

const message = (userId: string, trackingNo: string, title: string, body: string): NewInboxMessage => ({
  userId,
  topic: 'complaints',
  title,
  body: clip(body),
  link: complaintLink(trackingNo)
})

/** `render` in the language the parent chose; the handling department's own words stay as written. */
async function inTheirLanguage<T>(q: Queryable, userId: string, render: () => T): Promise<T> {
  return inLocale(await readerLocale(q, userId), render)
}

export async function sendReceived(q: Queryable, record: ComplaintRecord, body: Wording, now: Date): Promise<void> {
  if (!record.complainantId) return
  const { title, text } = await inTheirLanguage(q, record.complainantId, () => ({ title: t('complaints.messages.submittedAccepted'), text: body() }))
  await notify(q, message(record.complainantId, record.trackingNo, title, text), now)
}

/**
 * Tells the complainant of `record`, and the parents whose reports were merged into it, what changed. Each
 * parent's message links to their own complaint, whose timeline shows the change; the merged reports' parents
 * get only `detail.shared`, never what was written to this complaint's parent, nor its number.
 */
export async function sendProgress(
  q: Queryable,
  record: ComplaintRecord,
  mergedReports: readonly ComplaintRecord[],
  status: ComplaintStatus,
  detail: { own: Wording; shared: Wording },
  now: Date
): Promise<void> {
  const progress = (trackingNo: string, key: 'statusBody' | 'mergedProgress', text: Wording) => () => ({
    title: t('complaints.messages.statusTitle'),
    body: t(`complaints.messages.${key}`, { trackingNo, status: t(`complaints.statuses.${status}`), message: text() })
  })
  if (record.complainantId) {
    const { title, body } = await inTheirLanguage(q, record.complainantId, progress(record.trackingNo, 'statusBody', detail.own))
    await notify(q, message(record.complainantId, record.trackingNo, title, body), now)
  }
  for (const report of mergedReports) {
    if (!report.complainantId) continue
    const { title, body } = await inTheirLanguage(q, report.complainantId, progress(report.trackingNo, 'mergedProgress', detail.shared))
    await notify(q, message(report.complainantId, report.trackingNo, title, body), now)
  }
}
