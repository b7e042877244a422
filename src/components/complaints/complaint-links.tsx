import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../../i18n/translate'
import { SectionCard } from '../shared/section-card'
import './complaints.scss'

const LINKS = [
  { url: '/pages/complaints/index', label: 'complaints.links.mine', testId: 'me-complaints' },
  { url: '/pages/complaints/check/index', label: 'complaints.links.check', testId: 'me-filed-check' },
  { url: '/pages/regulator/index', label: 'complaints.links.console', testId: 'me-regulator-console' }
] as const

/** 投诉举报 on the 我的 tab: my complaints (and the lookup by number), the filing check, the regulators' console. */
export function ComplaintLinks() {
  return (
    <SectionCard title={t('complaints.links.title')} testId='complaint-links'>
      {LINKS.map((link) => (
        <View key={link.url} className='complaints-row' data-testid={link.testId} onClick={() => void Taro.navigateTo({ url: link.url })}>
          <Text>{t(link.label)}</Text>
          <Text className='complaints-row__meta'>›</Text>
        </View>
      ))}
    </SectionCard>
  )
}
