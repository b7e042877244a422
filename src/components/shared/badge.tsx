import { Text } from '@tarojs/components'
import './badge.scss'

export type BadgeTone = 'primary' | 'accent' | 'info' | 'danger' | 'warning' | 'neutral'

export function Badge({ label, tone, testId }: { label: string; tone: BadgeTone; testId?: string }) {
  return (
    <Text className={`badge badge--${tone}`} data-testid={testId}>
      {label}
    </Text>
  )
}
