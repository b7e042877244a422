import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t, type MessageKey } from '../../i18n/translate'
import { pressable } from './pressable'
import { SectionCard } from './section-card'

export interface PageLink {
  url: string
  label: MessageKey
  testId: string
}

interface LinkCardProps {
  title: string
  testId: string
  /** The feature's row styles (bookings-row, complaints-row): each card keeps its look. */
  row: 'bookings-row' | 'complaints-row'
  links: readonly PageLink[]
}

/** A titled card of rows that each open another page. */
export function LinkCard({ title, testId, row, links }: LinkCardProps) {
  return (
    <SectionCard title={title} testId={testId}>
      {links.map((link) => {
        const open = () => void Taro.navigateTo({ url: link.url })
        return (
        <View key={link.url} {...pressable(open, 'link')} className={row} data-testid={link.testId} onClick={open}>
          <Text>{t(link.label)}</Text>
          <Text className={`${row}__meta`}>{t('format.onward')}</Text>
        </View>
        )
      })}
    </SectionCard>
  )
}
