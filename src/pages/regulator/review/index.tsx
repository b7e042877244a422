import '../../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActingAs } from '../../../components/account/account-panel'
import { RegulatorSignIn } from '../../../components/complaints/complaint-sign-in'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { useFormAction, useQuery, useReloadOnReturn } from '../../../components/shared/queries'
import { SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import { TextField } from '../../../components/shared/text-field'
import { reviewSummary } from '../../../components/workspace/review-requests'
import { checkClassStaffing } from '../../../domain/finder/staff-ratio-rules'
import type { ReviewView } from '../../../domain/registry/registry-schema'
import { formatInChina } from '../../../domain/shared/clock'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import '../../../components/complaints/complaints.scss'

/** For class changes, the ratio each class would have: what the regulator checks before approving. */
function RatioLines({ review }: { review: ReviewView }) {
  if (review.change.kind !== 'classes') return null
  return (
    <View>
      {review.change.classes.map((c) => {
        const staffing = checkClassStaffing({ ...c, id: c.name })
        return (
          <Text key={c.name} className='complaints-hint' data-testid='review-ratio' data-meets={staffing.meetsRatio ? 'true' : 'false'}>
            {t(staffing.meetsRatio ? 'registry.review.ratioMet' : 'registry.review.ratioShort', { name: c.name, required: staffing.requiredCaregivers, caregivers: c.caregivers })}
          </Text>
        )
      })}
    </View>
  )
}

function ReviewItem({ review, onDecided }: { review: ReviewView; onDecided(): void }) {
  const [reason, setReason] = useState('')
  const { busy, message, submit, fieldError, edited } = useFormAction()
  const decide = (decision: 'approve' | 'reject') =>
    submit(async () => {
      await call('registry', 'decideReview', decision === 'approve' ? { reviewId: review.id, decision } : { reviewId: review.id, decision, reason })
      onDecided()
    })
  return (
    <SectionCard title={review.institutionName} testId='review-item'>
      <Text className='complaints-hint'>{reviewSummary(review)}</Text>
      <Text className='complaints-hint'>{t('registry.review.requestedAt', { at: formatInChina(review.requestedAt, 'YYYY-MM-DD HH:mm') })}</Text>
      <RatioLines review={review} />
      <TextField
        block='complaints-field'
        label={t('registry.review.reasonLabel')}
        value={reason}
        onChange={(v) => {
          edited('reason')
          setReason(v)
        }}
        error={fieldError('reason')}
        testId='review-reason-input'
      />
      <View className='complaints-actions'>
        <ActionButton label={t('registry.review.approve')} disabled={busy} testId='review-approve' onClick={() => void decide('approve')} />
        <ActionButton label={t('registry.review.reject')} variant='secondary' disabled={busy || reason.trim() === ''} testId='review-reject' onClick={() => void decide('reject')} />
      </View>
      {message ? (
        <Text className='complaints-hint' data-testid='review-error'>
          {message}
        </Text>
      ) : null}
    </SectionCard>
  )
}

function ReviewQueue() {
  const queue = useQuery('review-queue', () => call('registry', 'reviewQueue', { limit: 50 }))
  useReloadOnReturn(queue.data !== undefined, () => void queue.reload())
  if (queue.error) return <ErrorState title={t('registry.review.title')} message={queue.error.message} onRetry={() => void queue.reload()} />
  if (!queue.data) return <LoadingState />
  if (queue.data.items.length === 0) {
    return (
      <SectionCard title={t('registry.review.title')} testId='review-empty'>
        <Text className='complaints-hint'>{t('registry.review.empty')}</Text>
      </SectionCard>
    )
  }
  return (
    <View>
      {queue.data.items.map((review) => (
        <ReviewItem key={review.id} review={review} onDecided={() => void queue.reload()} />
      ))}
    </View>
  )
}

/** 变更审核: 普惠 fees and class sizes of the region's institutions, approved or turned down with a reason. */
export default function ReviewQueuePage() {
  return (
    <PageShell className='regulator-page'>
      <RegulatorSignIn>
        <ActingAs />
        <ReviewQueue />
      </RegulatorSignIn>
    </PageShell>
  )
}
