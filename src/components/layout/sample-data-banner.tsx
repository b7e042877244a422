import { Text, View } from '@tarojs/components'
import { t } from '../../i18n/translate'
import './sample-data-banner.scss'

/** Says plainly that the institutions are invented, wherever sample records are on screen. */
export function SampleDataBanner() {
  return (
    <View className='sample-banner' data-testid='sample-banner'>
      <Text className='sample-banner__tag'>{t('common.sampleData')}</Text>
      <Text className='sample-banner__text'>{t('common.sampleDataNote')}</Text>
    </View>
  )
}
