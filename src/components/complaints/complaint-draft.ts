import '../../i18n/zh-cn-pages/complaints'
import type { z } from 'zod'
import { COMPLAINT_LIMITS, type IdentityMode, type submitComplaintInputSchema } from '../../domain/complaints/complaint-schema'
import type { ComplaintCategory } from '../../domain/complaints/complaint-category-schema'
import type { LatLng } from '../../domain/shared/geo'
import { t } from '../../i18n/translate'
import type { PickedPhoto } from './photo-picker'
import type { UnfiledSubject } from './unfiled-subject-form'

type SubmitInput = z.input<typeof submitComplaintInputSchema>

/** Who the complaint is about: a filed institution by id, or an unfiled operator in a region. */
export type FormSubject =
  | { kind: 'filed'; institutionId: string; name: string; address: string }
  | { kind: 'unfiled'; regionCode: string; regionCentre: LatLng; initial: UnfiledSubject }

/** What the parent has written so far, whether a similar complaint is open to join, and where sending stands. */
export interface ComplaintDraft {
  unfiled: UnfiledSubject
  details: string
  incidentDate: string | null
  photos: PickedPhoto[]
  identity: IdentityMode
  contactName: string
  contactPhone: string
  /** A complaint about the same problem at the same place is still being handled (which one is not said). */
  similarOpen: boolean
  /** The parent chose to join it instead of filing anew. */
  joinSimilar: boolean
  busy: boolean
  message: string | null
}

export type DraftFields = Pick<ComplaintDraft, 'unfiled' | 'details' | 'incidentDate' | 'identity' | 'contactName' | 'contactPhone' | 'joinSimilar'>

export type DraftAction =
  | { type: 'edit'; change: Partial<DraftFields> }
  /** PhotoPicker updates its list from each upload's answer, so it hands over a change to apply to the latest list. */
  | { type: 'photos'; change: PickedPhoto[] | ((photos: PickedPhoto[]) => PickedPhoto[]) }
  | { type: 'duplicates'; similarOpen: boolean }
  | { type: 'sending' }
  | { type: 'stopped'; message: string | null }
  /** The parent cleared a restored draft: the form starts again. */
  | { type: 'reset'; draft: ComplaintDraft }

export const newDraft = (subject: FormSubject): ComplaintDraft => ({
  unfiled: subject.kind === 'unfiled' ? subject.initial : { operatorName: '', address: '', location: null },
  details: '',
  incidentDate: null,
  photos: [],
  identity: 'hidden_from_institution',
  contactName: '',
  contactPhone: '',
  similarOpen: false,
  joinSimilar: false,
  busy: false,
  message: null
})

export function draftReducer(draft: ComplaintDraft, action: DraftAction): ComplaintDraft {
  switch (action.type) {
    case 'edit':
      return { ...draft, ...action.change }
    case 'photos':
      return { ...draft, photos: typeof action.change === 'function' ? action.change(draft.photos) : action.change }
    case 'duplicates':
      // Another category or place has other duplicates: an earlier choice to join one no longer applies.
      return { ...draft, similarOpen: action.similarOpen, joinSimilar: false }
    case 'sending':
      return { ...draft, busy: true, message: null }
    case 'stopped':
      return { ...draft, busy: false, message: action.message }
    case 'reset':
      return action.draft
  }
}

/** What still stops the complaint from being sent, in the order the form asks for it; null when it can go. */
export function draftProblem(draft: ComplaintDraft, subject: FormSubject, category: ComplaintCategory | null): string | null {
  const { unfiled } = draft
  if (subject.kind === 'unfiled' && (unfiled.operatorName.trim().length < COMPLAINT_LIMITS.operatorName.min || unfiled.address.trim().length < COMPLAINT_LIMITS.address.min)) {
    return t('complaints.form.needOperator')
  }
  if (!category) return t('complaints.form.chooseCategory')
  if (draft.details.trim().length < COMPLAINT_LIMITS.details.min) return t('complaints.form.detailsTooShort', { min: COMPLAINT_LIMITS.details.min })
  if (!draft.incidentDate) return t('complaints.form.chooseDate')
  if (draft.photos.some((p) => p.status === 'uploading')) return t('complaints.form.uploading')
  // A photo that failed stops the complaint from going out without it: the parent retries or removes it first.
  if (draft.photos.some((p) => p.status === 'failed')) return t('complaints.form.photoFailedBlocks')
  return null
}

/** The request for a complete draft: trimmed text, only the uploaded photos, a contact only if not anonymous. */
export function submissionOf(
  draft: ComplaintDraft,
  subject: FormSubject,
  category: ComplaintCategory,
  incidentDate: string,
  wechatSubscribed: boolean
): SubmitInput {
  const { unfiled, identity } = draft
  const contactName = draft.contactName.trim()
  const contactPhone = draft.contactPhone.trim()
  return {
    subject:
      subject.kind === 'filed'
        ? { kind: 'filed', institutionId: subject.institutionId }
        : {
            kind: 'unfiled',
            regionCode: subject.regionCode,
            operatorName: unfiled.operatorName.trim(),
            address: unfiled.address.trim(),
            location: unfiled.location ?? subject.regionCentre
          },
    category,
    details: draft.details.trim(),
    incidentDate,
    photoTickets: draft.photos.flatMap((p) => (p.status === 'done' && p.ticket ? [p.ticket] : [])),
    identity,
    wechatSubscribed,
    joinSimilar: draft.joinSimilar,
    ...(identity !== 'anonymous' && contactName ? { contact: contactPhone ? { contactName, contactPhone } : { contactName } } : {})
  }
}
