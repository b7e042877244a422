import '../../i18n/zh-cn-pages/bookings'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../../i18n/translate'
import { SectionCard } from '../shared/section-card'
import './bookings.scss'

/**
 * The door to the booking workspace for this institution's own staff. It sits last on the institution's page:
 * a teacher finds their institution the way a parent does, and the workspace then signs them in for it.
 */
export function StaffWorkspaceLink({ institutionId, regionCode }: { institutionId: string; regionCode: string }) {
  const url = `/pages/workspace/index?institutionId=${encodeURIComponent(institutionId)}&regionCode=${encodeURIComponent(regionCode)}`
  return (
    <SectionCard title={t('bookings.workspace.staffTitle')}>
      <View className='bookings-row' data-testid='staff-workspace-link' onClick={() => void Taro.navigateTo({ url })}>
        <Text>{t('bookings.workspace.staffEntry')}</Text>
        <Text className='bookings-row__meta'>{t('format.onward')}</Text>
      </View>
    </SectionCard>
  )
}
