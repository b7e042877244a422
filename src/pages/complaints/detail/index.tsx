import '../../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { z } from 'zod'
import { useFormAction, useQuery } from '../../../components/shared/queries'
import { dateText, deadlineText, whenText } from '../../../components/complaints/complaint-format'
import { ComplaintPhoto } from '../../../components/complaints/complaint-photo'
import { ParentSignIn } from '../../../components/complaints/complaint-sign-in'
import { ComplaintTimeline } from '../../../components/complaints/complaint-timeline'
import { secretFor } from '../../../components/complaints/saved-complaints'
import { TextBox } from '../../../components/complaints/text-box'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { ReadAloud } from '../../../components/shared/read-aloud'
import { FactRow, SectionCard } from '../../../components/shared/section-card'
import { EmptyState, ErrorState, LoadingState } from '../../../components/shared/state-views'
import { COMPLAINT_LIMITS, type complaintViewSchema } from '../../../domain/complaints/complaint-schema'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import { useSessionStore } from '../../../stores/session-store'
import '../../../components/complaints/complaints.scss'
import './index.scss'

type ComplaintView = z.output<typeof complaintViewSchema>

function ReopenForm({ view, secret, onReopened }: { view: ComplaintView; secret: string | undefined; onReopened(next: ComplaintView): void }) {
  const [reason, setReason] = useState('')
  const { busy, message, submit } = useFormAction()
  const reopen = () =>
    submit(async () => {
      const input = { trackingNo: view.trackingNo, reason: reason.trim() }
      onReopened(await call('complaints', 'reopen', secret ? { ...input, secret } : input))
      void Taro.showToast({ title: t('complaints.detail.reopened'), icon: 'none' })
    })
  return (
    <SectionCard title={t('complaints.detail.reopenTitle')} testId='reopen-form'>
      <Text className='complaints-hint'>{t('complaints.detail.reopenHint', { date: view.reopenUntil ? deadlineText(view.reopenUntil) : '' })}</Text>
      <TextBox
        value={reason}
        onChange={setReason}
        placeholder={t('complaints.detail.reopenPlaceholder')}
        maxLength={COMPLAINT_LIMITS.reason.max}
        testId='reopen-reason'
      />
      {message ? <Text className='complaints-error'>{message}</Text> : null}
      <View className='complaints-actions'>
        <ActionButton
          label={t('complaints.detail.reopen')}
          onClick={() => void reopen()}
          disabled={busy || reason.trim().length < COMPLAINT_LIMITS.reason.min}
          testId='reopen-complaint'
          block
        />
      </View>
    </SectionCard>
  )
}

function Detail({ view, secret, onChange }: { view: ComplaintView; secret: string | undefined; onChange(next: ComplaintView): void }) {
  return (
    <View data-testid='complaint-detail' data-status={view.status}>
      <SectionCard title={t(`complaints.statuses.${view.status}`)} aside={<Text>{view.trackingNo}</Text>} testId='complaint-status'>
        {view.joined ? <Text className='complaints-notice'>{t('complaints.detail.mergedInto')}</Text> : null}
        <FactRow label={t('complaints.detail.subject')} value={<Text>{view.subject.name}</Text>} />
        <FactRow label={t('complaints.detail.category')} value={<Text>{t(`complaints.categories.${view.category}`)}</Text>} />
        <FactRow label={t('complaints.detail.incidentDate')} value={<Text>{dateText(view.incidentDate)}</Text>} />
        <FactRow label={t('complaints.detail.identity')} value={<Text>{t(`complaints.identities.${view.identity}`)}</Text>} />
        {view.department ? <FactRow label={t('complaints.detail.department')} value={<Text>{view.department.name}</Text>} /> : null}
        {view.status === 'submitted' ? <FactRow label={t('complaints.detail.acceptBy')} value={<Text>{deadlineText(view.acceptBy)}</Text>} /> : null}
        {view.answerBy ? <FactRow label={t('complaints.detail.answerBy')} value={<Text>{deadlineText(view.answerBy)}</Text>} /> : null}
        {view.outcome ? <FactRow label={t('complaints.detail.outcome')} value={<Text data-testid='complaint-outcome'>{t(`complaints.outcomes.${view.outcome.kind}`)}</Text>} /> : null}
        {view.department?.phone ? (
          <View className='complaints-actions'>
            <ActionButton
              label={t('complaints.detail.callDepartment')}
              variant='secondary'
              onClick={() => void Taro.makePhoneCall({ phoneNumber: view.department?.phone ?? '' }).catch(() => undefined)}
              testId='call-department'
            />
          </View>
        ) : null}
      </SectionCard>

      {view.answer ? (
        <SectionCard title={t('complaints.detail.answer')} aside={view.answeredAt ? <Text>{whenText(view.answeredAt)}</Text> : null} testId='complaint-answer'>
          <Text className='complaints-timeline__message'>{view.answer}</Text>
          {/* The department answers in Chinese, whatever the app's language. */}
          <ReadAloud text={view.answer} locale='zh-CN' testId='read-answer' />
        </SectionCard>
      ) : null}

      {view.canReopen ? <ReopenForm view={view} secret={secret} onReopened={onChange} /> : null}

      <SectionCard title={t('complaints.detail.timeline')}>
        <ComplaintTimeline events={view.timeline} />
      </SectionCard>

      <SectionCard title={t('complaints.detail.details')}>
        <Text className='complaints-timeline__message'>{view.details}</Text>
      </SectionCard>

      {view.photos.length > 0 ? (
        <SectionCard title={t('complaints.detail.photos')}>
          {view.photos.map((photo) => (
            <ComplaintPhoto key={photo.id} trackingNo={view.trackingNo} photoId={photo.id} secret={secret} />
          ))}
        </SectionCard>
      ) : null}
    </View>
  )
}

/** One complaint for the parent who filed it: where it stands, the timeline, the answer, and reopening. */
export default function ComplaintDetailPage() {
  const { params } = useRouter()
  const trackingNo = params.no ? decodeURIComponent(params.no) : ''
  const secret = (params.secret ? decodeURIComponent(params.secret) : undefined) ?? secretFor(trackingNo)
  const userId = useSessionStore((s) => s.user?.id ?? null)
  const [updated, setUpdated] = useState<ComplaintView | null>(null)
  // A named complaint opens to its parent's session: signing in loads it again.
  const key = trackingNo && (secret || userId) ? `${trackingNo}|${userId ?? ''}` : null
  const remote = useQuery(key, () => call('complaints', 'get', secret ? { trackingNo, secret } : { trackingNo }))
  usePullDownRefresh(() => {
    setUpdated(null)
    void remote.reload().finally(() => Taro.stopPullDownRefresh())
  })
  const view = updated ?? remote.data

  const body = () => {
    if (!trackingNo) return <EmptyState title={t('complaints.detail.notFound')} />
    if (!secret && !userId) return <ParentSignIn>{null}</ParentSignIn>
    if (remote.error && !view) {
      if (remote.error.code === 'NOT_FOUND') return <EmptyState title={t('complaints.detail.notFound')} />
      return <ErrorState title={t('complaints.titles.detail')} message={remote.error.message} onRetry={() => void remote.reload()} />
    }
    if (!view) return <LoadingState />
    return <Detail view={view} secret={secret} onChange={setUpdated} />
  }
  return <PageShell className='complaint-detail-page'>{body()}</PageShell>
}
