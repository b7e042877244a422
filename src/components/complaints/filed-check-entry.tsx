import '../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../../i18n/translate'
import './complaints.scss'

/** The finder's "is this place filed?": a place not in the results may simply not be filed, and can be reported. */
export function FiledCheckEntry({ regionCode }: { regionCode: string | null }) {
  const query = regionCode ? `?regionCode=${encodeURIComponent(regionCode)}` : ''
  return (
    <View className='complaints-row complaints-filed-check' data-testid='filed-check-entry' onClick={() => void Taro.navigateTo({ url: `/pages/complaints/check/index${query}` })}>
      <View className='complaints-row__main'>
        <Text className='complaints-row__title'>{t('complaints.entry.checkFiled')}</Text>
        <Text className='complaints-row__meta'>{t('complaints.entry.checkFiledHint')}</Text>
      </View>
      <Text className='complaints-row__meta'>›</Text>
    </View>
  )
}
