import '../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../../i18n/translate'
import { ActionButton } from '../shared/action-button'
import { SectionCard } from '../shared/section-card'
import { deadlineText } from './complaint-format'
import type { SubmitResult } from './complaint-form'
import './complaints.scss'

const copy = (text: string) => {
  void Taro.setClipboardData({ data: text }).then(() => Taro.showToast({ title: t('complaints.done.copied'), icon: 'none' }))
}

/** After sending: the tracking number (and for an anonymous complaint, the secret, shown this once) and what happens next. */
export function SubmittedPanel({ result }: { result: SubmitResult }) {
  const { complaint, followSecret, heldForReview } = result
  const detailUrl = `/pages/complaints/detail/index?no=${complaint.trackingNo}`
  return (
    <SectionCard title={t('complaints.done.title')} testId='complaint-submitted'>
      <Text className='complaints-hint'>{t('complaints.done.trackingNo')}</Text>
      <Text className='complaints-code' data-testid='tracking-number'>
        {complaint.trackingNo}
      </Text>
      <ActionButton label={t('complaints.done.copy')} variant='plain' onClick={() => copy(complaint.trackingNo)} testId='copy-tracking-number' />
      {followSecret ? (
        <View data-testid='follow-secret-block'>
          <Text className='complaints-hint'>{t('complaints.done.secret')}</Text>
          <Text className='complaints-code' data-testid='follow-secret'>
            {followSecret}
          </Text>
          <ActionButton label={t('complaints.done.copy')} variant='plain' onClick={() => copy(`${complaint.trackingNo} ${followSecret}`)} testId='copy-secret' />
          <Text className='complaints-notice complaints-notice--warning'>{t('complaints.done.keepSecret')}</Text>
        </View>
      ) : null}
      {complaint.joined ? (
        <Text className='complaints-notice'>{t('complaints.done.added')}</Text>
      ) : (
        <Text className='complaints-notice'>
          {t('complaints.done.deadline', { department: complaint.department?.name ?? '', date: deadlineText(complaint.acceptBy) })}
        </Text>
      )}
      {heldForReview ? <Text className='complaints-notice complaints-notice--warning'>{t('complaints.done.heldForReview')}</Text> : null}
      <View className='complaints-actions'>
        <ActionButton label={t('complaints.done.view')} onClick={() => void Taro.redirectTo({ url: detailUrl })} testId='view-complaint' />
        <ActionButton label={t('complaints.done.mine')} variant='secondary' onClick={() => void Taro.redirectTo({ url: '/pages/complaints/index' })} testId='view-my-complaints' />
      </View>
    </SectionCard>
  )
}
