import { Text, View } from '@tarojs/components'
import type { PropsWithChildren, ReactNode } from 'react'
import './section-card.scss'

/** A titled card on a detail page; `aside` sits at the right of the title (a date, a count). */
export function SectionCard({ title, aside, testId, children }: PropsWithChildren<{ title: string; aside?: ReactNode; testId?: string }>) {
  return (
    <View className='section-card' data-testid={testId}>
      <View className='section-card__header'>
        <Text className='section-card__title'>{title}</Text>
        {aside ? <View className='section-card__aside'>{aside}</View> : null}
      </View>
      {children}
    </View>
  )
}

/** One labelled fact inside a section: label on the left, value on the right. */
export function FactRow({ label, value, testId, tone }: { label: string; value: ReactNode; testId?: string; tone?: 'danger' | 'warning' | 'muted' }) {
  return (
    <View className={`fact-row ${tone ? `fact-row--${tone}` : ''}`} data-testid={testId}>
      <Text className='fact-row__label'>{label}</Text>
      <View className='fact-row__value'>{value}</View>
    </View>
  )
}
