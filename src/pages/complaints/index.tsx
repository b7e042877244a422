import '../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { useQuery } from '../../components/shared/queries'
import { whenText } from '../../components/complaints/complaint-format'
import { ParentSignIn } from '../../components/complaints/complaint-sign-in'
import { savedComplaints, type SavedComplaint } from '../../components/complaints/saved-complaints'
import { PageShell } from '../../components/layout/page-shell'
import { ActionButton } from '../../components/shared/action-button'
import { SectionCard } from '../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../components/shared/state-views'
import { TextField } from '../../components/shared/text-field'
import { COMPLAINT_LIMITS } from '../../domain/complaints/complaint-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { useSessionStore } from '../../stores/session-store'
import '../../components/complaints/complaints.scss'
import './index.scss'

const open = (trackingNo: string, secret?: string) => {
  const query = `no=${encodeURIComponent(trackingNo)}${secret ? `&secret=${encodeURIComponent(secret)}` : ''}`
  void Taro.navigateTo({ url: `/pages/complaints/detail/index?${query}` })
}

function MyComplaints() {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  const remote = useQuery(userId, () => call('complaints', 'mine', {}))
  useDidShow(() => {
    void remote.reload()
  })
  if (remote.error && !remote.data) return <ErrorState title={t('complaints.titles.mine')} message={remote.error.message} onRetry={() => void remote.reload()} />
  if (!remote.data) return <LoadingState />
  const { complaints } = remote.data
  return (
    <SectionCard title={t('complaints.titles.mine')} testId='my-complaints'>
      {complaints.length === 0 ? (
        <View>
          <Text className='complaints-hint'>{t('complaints.mine.empty')}</Text>
          <Text className='complaints-hint'>{t('complaints.mine.emptyHint')}</Text>
        </View>
      ) : null}
      {complaints.map((c) => (
        <View key={c.trackingNo} className='complaints-row' data-testid='my-complaint' data-tracking-no={c.trackingNo} data-status={c.status} onClick={() => open(c.trackingNo)}>
          <View className='complaints-row__main'>
            <Text className='complaints-row__title'>{c.subjectName}</Text>
            <Text className='complaints-row__meta'>
              {t(`complaints.categories.${c.category}`)} · {t('complaints.mine.submittedOn', { date: whenText(c.submittedAt) })}
            </Text>
            <Text className='complaints-row__meta'>{c.trackingNo}</Text>
          </View>
          <Text className='complaints-row__meta' data-testid='my-complaint-status'>
            {t(`complaints.statuses.${c.status}`)}
          </Text>
        </View>
      ))}
    </SectionCard>
  )
}

function SavedOnDevice({ saved }: { saved: SavedComplaint[] }) {
  if (saved.length === 0) return null
  return (
    <SectionCard title={t('complaints.mine.savedTitle')} testId='saved-complaints'>
      {saved.map((c) => (
        <View key={c.trackingNo} className='complaints-row' data-testid='saved-complaint' onClick={() => open(c.trackingNo, c.secret)}>
          <View className='complaints-row__main'>
            <Text className='complaints-row__title'>{c.subjectName}</Text>
            <Text className='complaints-row__meta'>{c.trackingNo}</Text>
          </View>
          <Text className='complaints-row__meta'>›</Text>
        </View>
      ))}
    </SectionCard>
  )
}

function Lookup() {
  const [trackingNo, setTrackingNo] = useState('')
  const [secret, setSecret] = useState('')
  return (
    <SectionCard title={t('complaints.mine.lookupTitle')} testId='complaint-lookup'>
      <Text className='complaints-hint'>{t('complaints.mine.lookupHint')}</Text>
      <TextField
        block='complaints-field'
        value={trackingNo}
        onChange={setTrackingNo}
        placeholder={t('complaints.mine.trackingNoPlaceholder')}
        maxLength={COMPLAINT_LIMITS.trackingNoTyped}
        testId='lookup-tracking-no'
      />
      <TextField
        block='complaints-field'
        value={secret}
        onChange={setSecret}
        placeholder={t('complaints.mine.secretPlaceholder')}
        maxLength={COMPLAINT_LIMITS.followSecretLength}
        testId='lookup-secret'
      />
      <View className='complaints-actions'>
        <ActionButton label={t('complaints.mine.lookup')} onClick={() => open(trackingNo.trim(), secret.trim() || undefined)} disabled={!trackingNo.trim()} testId='lookup' />
      </View>
    </SectionCard>
  )
}

/** 我的投诉: named complaints from the account, anonymous ones kept on this device, and a lookup by number. */
export default function MyComplaintsPage() {
  const [saved, setSaved] = useState<SavedComplaint[]>(() => savedComplaints())
  useDidShow(() => setSaved(savedComplaints()))
  return (
    <PageShell className='my-complaints-page'>
      <ParentSignIn>
        <MyComplaints />
      </ParentSignIn>
      <SavedOnDevice saved={saved} />
      <Lookup />
    </PageShell>
  )
}
