import '../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../../i18n/translate'
import { ActionButton } from '../shared/action-button'
import './complaints.scss'

/** Shown before anything else when abuse is suspected: a child in danger needs the police now, not a form. */
export function EmergencyNotice() {
  return (
    <View className='complaints-emergency' data-testid='emergency-notice'>
      <Text className='complaints-emergency__title'>{t('complaints.emergency.title')}</Text>
      <Text className='complaints-emergency__body'>{t('complaints.emergency.body')}</Text>
      <ActionButton
        label={t('complaints.emergency.call')}
        onClick={() => void Taro.makePhoneCall({ phoneNumber: t('complaints.emergency.number') }).catch(() => undefined)}
        testId='call-110'
        block
      />
    </View>
  )
}
