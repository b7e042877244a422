import '../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useReducer, useState } from 'react'
import type { z } from 'zod'
import { COMPLAINT_LIMITS, type IdentityMode, type submitComplaintOutputSchema } from '../../domain/complaints/complaint-schema'
import type { ComplaintCategory } from '../../domain/complaints/complaint-category-schema'
import { PHOTO_LIMITS } from '../../domain/complaints/photo-rules'
import { todayInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { useSessionStore } from '../../stores/session-store'
import { errorMessage } from '../shared/queries'
import { ActionButton } from '../shared/action-button'
import { SectionCard } from '../shared/section-card'
import { CategoryPicker } from './category-picker'
import { draftProblem, draftReducer, newDraft, submissionOf, type DraftFields, type FormSubject } from './complaint-draft'
import { IdentitySection, SubjectSection, WhatHappenedSection } from './complaint-form-parts'
import { DuplicateOffer } from './duplicate-offer'
import { forgetDraft, keepDraft, restoreDraft } from './kept-draft'
import { PhotoPicker } from './photo-picker'
import './complaints.scss'

export type SubmitResult = z.output<typeof submitComplaintOutputSchema>

const SUBSCRIBE_TEMPLATE = process.env.TARO_APP_COMPLAINT_TEMPLATE_ID ?? ''

/**
 * On weapp, the one-time permission to send the decision by subscribe message must be asked from the tap
 * itself; true when the parent allowed it. Anonymous complaints are not asked: a message needs an account.
 */
async function askForProgressMessage(identity: IdentityMode): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || !SUBSCRIBE_TEMPLATE || identity === 'anonymous') return false
  try {
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [SUBSCRIBE_TEMPLATE], entityIds: [] })) as unknown as Record<string, string>
    return answer[SUBSCRIBE_TEMPLATE] === 'accept'
  } catch {
    void Taro.showToast({ title: t('complaints.form.subscribeFailed'), icon: 'none' })
    return false
  }
}

interface ComplaintFormProps {
  subject: FormSubject
  category: ComplaintCategory | null
  /** null when the parent clears a restored draft. */
  onCategory(category: ComplaintCategory | null): void
  onSubmitted(result: SubmitResult): void
}

/**
 * The complaint itself: category, what happened and when, photos, how the parent wants to be known, and, when
 * the same problem at the same place is already being handled, the offer to add to it instead.
 */
export function ComplaintForm({ subject, category, onCategory, onSubmitted }: ComplaintFormProps) {
  const today = useMemo(() => todayInChina(), [])
  const userId = useSessionStore((s) => s.user?.id ?? null)
  // What this account began for this subject and left by tapping back, read once as the form opens.
  const [restored] = useState(() => (userId ? restoreDraft(userId, subject, newDraft(subject)) : null))
  const [draft, dispatch] = useReducer(draftReducer, subject, (s) => restored?.draft ?? newDraft(s))
  const [showRestored, setShowRestored] = useState(restored !== null)
  const edit = (change: Partial<DraftFields>) => dispatch({ type: 'edit', change })

  useEffect(() => {
    // A category in the link (from an institution's 投诉 button) wins over the one kept.
    if (restored?.category && !category) onCategory(restored.category)
    // Only as the form opens: later changes of category are the parent's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const { details, incidentDate, identity, unfiled, photos } = draft
  // Kept on every change of what the parent entered (not of sending state), so tapping back loses nothing.
  useEffect(() => {
    if (userId) keepDraft(userId, subject, { details, incidentDate, identity, unfiled, photos }, category)
  }, [userId, subject, details, incidentDate, identity, unfiled, photos, category])

  const clearDraft = () => {
    if (userId) forgetDraft(userId)
    dispatch({ type: 'reset', draft: newDraft(subject) })
    onCategory(null)
    setShowRestored(false)
  }

  const institutionId = subject.kind === 'filed' ? subject.institutionId : null
  useEffect(() => {
    dispatch({ type: 'duplicates', similarOpen: false })
    if (!institutionId || !category) return
    let live = true
    call('complaints', 'duplicates', { institutionId, category })
      .then((found) => {
        if (live) dispatch({ type: 'duplicates', similarOpen: found.similarOpen })
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [institutionId, category])

  const submit = async () => {
    const refused = draftProblem(draft, subject, category)
    if (refused || !category || !draft.incidentDate) {
      dispatch({ type: 'stopped', message: refused })
      return
    }
    dispatch({ type: 'sending' })
    const wechatSubscribed = await askForProgressMessage(draft.identity)
    try {
      const done = await call('complaints', 'submit', submissionOf(draft, subject, category, draft.incidentDate, wechatSubscribed))
      if (userId) forgetDraft(userId)
      onSubmitted(done)
      dispatch({ type: 'stopped', message: null })
    } catch (e) {
      const error = errorMessage(e)
      dispatch({ type: 'stopped', message: error.code === 'RATE_LIMITED' ? t('complaints.form.dailyLimit', { max: COMPLAINT_LIMITS.perUserPerDay }) : error.message })
    }
  }

  return (
    <View data-testid='complaint-form'>
      {showRestored ? (
        <View className='complaints-restored' data-testid='draft-restored'>
          <Text className='complaints-hint'>{t('complaints.form.draftRestored')}</Text>
          <ActionButton label={t('complaints.form.clearDraft')} variant='plain' onClick={clearDraft} testId='clear-draft' />
        </View>
      ) : null}
      <SubjectSection subject={subject} unfiled={draft.unfiled} onUnfiled={(unfiled) => edit({ unfiled })} />

      <SectionCard title={t('complaints.form.category')}>
        <CategoryPicker value={category} onChange={onCategory} />
      </SectionCard>

      <DuplicateOffer similarOpen={draft.similarOpen} joining={draft.joinSimilar} onChoose={(joinSimilar) => edit({ joinSimilar })} />

      <WhatHappenedSection
        today={today}
        details={draft.details}
        incidentDate={draft.incidentDate}
        onDetails={(details) => edit({ details })}
        onIncidentDate={(incidentDate) => edit({ incidentDate })}
      />

      <SectionCard title={t('complaints.form.photos', { max: PHOTO_LIMITS.maxCount })}>
        <PhotoPicker photos={draft.photos} onChange={(change) => dispatch({ type: 'photos', change })} />
      </SectionCard>

      <IdentitySection identity={draft.identity} contactName={draft.contactName} contactPhone={draft.contactPhone} onChange={edit} />

      <View className='complaints-submit'>
        {draft.message ? (
          <Text className='complaints-error' data-testid='complaint-error'>
            {draft.message}
          </Text>
        ) : null}
        <ActionButton
          label={draft.busy ? t('complaints.form.submitting') : t('complaints.form.submit')}
          onClick={() => void submit()}
          disabled={draft.busy}
          testId='submit-complaint'
          block
        />
      </View>
    </View>
  )
}
