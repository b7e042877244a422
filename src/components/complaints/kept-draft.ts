import Taro from '@tarojs/taro'
import { z } from 'zod'
import { identityModeSchema } from '../../domain/complaints/complaint-schema'
import { complaintCategorySchema, type ComplaintCategory } from '../../domain/complaints/complaint-category-schema'
import { PHOTO_LIMITS } from '../../domain/complaints/photo-rules'
import { latLngSchema } from '../../domain/shared/geo'
import type { ComplaintDraft, FormSubject } from './complaint-draft'
import type { PickedPhoto } from './photo-picker'

/**
 * A complaint the parent has begun stays on this device, per account, when they tap back: the words, the
 * category, the date, who it is about and the photos already uploaded (by their tickets, never their bytes),
 * until it is sent or cleared. The contact fields are not kept: they are asked again.
 */
const KEY_PREFIX = 'tuoyu.complaints.draft.'

/** A ticket is kept only while the server still holds its photo, with a margin for the time to send. */
const TICKET_LIFE_MS = (PHOTO_LIMITS.pendingMinutes - 5) * 60_000

const keptDraftSchema = z.object({
  subjectKey: z.string(),
  category: complaintCategorySchema.nullable(),
  details: z.string(),
  incidentDate: z.string().nullable(),
  identity: identityModeSchema,
  unfiled: z.object({ operatorName: z.string(), address: z.string(), location: latLngSchema.nullable() }),
  photos: z.array(z.object({ ticket: z.string(), previewPath: z.string(), keptAt: z.number() }))
})
type KeptDraft = z.infer<typeof keptDraftSchema>

const keyFor = (userId: string) => `${KEY_PREFIX}${userId}`

/** Which complaint form the draft belongs to: a filed institution, or an unfiled operator's region. */
const subjectKeyOf = (subject: FormSubject) => (subject.kind === 'filed' ? `filed:${subject.institutionId}` : `unfiled:${subject.regionCode}`)

function read(userId: string): KeptDraft | null {
  try {
    const parsed = keptDraftSchema.safeParse(Taro.getStorageSync(keyFor(userId)))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** True when the parent has put something into the form worth keeping. */
type KeptFields = Pick<ComplaintDraft, 'details' | 'incidentDate' | 'identity' | 'unfiled' | 'photos'>

const hasContent = (draft: KeptFields, category: ComplaintCategory | null) =>
  draft.details.trim() !== '' || category !== null || draft.photos.some((p) => p.status === 'done') || draft.unfiled.operatorName.trim() !== ''

interface RestoredDraft {
  draft: ComplaintDraft
  category: ComplaintCategory | null
}

/** The draft this account kept for this subject, laid over a fresh one; photos whose tickets have lapsed are dropped. */
export function restoreDraft(userId: string, subject: FormSubject, fresh: ComplaintDraft, now = Date.now()): RestoredDraft | null {
  const kept = read(userId)
  if (!kept || kept.subjectKey !== subjectKeyOf(subject)) return null
  const photos = kept.photos
    .filter((p) => now - p.keptAt < TICKET_LIFE_MS)
    .map(
      (p, index): PickedPhoto => ({
        key: `kept-${index}`,
        previewPath: p.previewPath,
        status: 'done',
        ticket: p.ticket,
        error: null,
        source: { tempFilePath: p.previewPath, size: 0 }
      })
    )
  const unfiled = subject.kind === 'unfiled' ? kept.unfiled : fresh.unfiled
  return { draft: { ...fresh, details: kept.details, incidentDate: kept.incidentDate, identity: kept.identity, unfiled, photos }, category: kept.category }
}

/** Keeps the form as it is now (or forgets it when it is empty again); a ticket keeps the time it was first kept. */
export function keepDraft(userId: string, subject: FormSubject, draft: KeptFields, category: ComplaintCategory | null, now = Date.now()): void {
  try {
    if (!hasContent(draft, category)) {
      Taro.removeStorageSync(keyFor(userId))
      return
    }
    const before = read(userId)
    const firstKept = new Map((before?.photos ?? []).map((p) => [p.ticket, p.keptAt]))
    const kept: KeptDraft = {
      subjectKey: subjectKeyOf(subject),
      category,
      details: draft.details,
      incidentDate: draft.incidentDate,
      identity: draft.identity,
      unfiled: draft.unfiled,
      photos: draft.photos.flatMap((p) => (p.status === 'done' && p.ticket ? [{ ticket: p.ticket, previewPath: p.previewPath, keptAt: firstKept.get(p.ticket) ?? now }] : []))
    }
    Taro.setStorageSync(keyFor(userId), kept)
  } catch {
    // Storage full or unavailable: the form still works, it is only not kept.
  }
}

export function forgetDraft(userId: string): void {
  try {
    Taro.removeStorageSync(keyFor(userId))
  } catch {
    // Nothing kept to forget.
  }
}
