import { View } from '@tarojs/components'
import './result-card.scss'

/** Grey card shapes while the first page loads, so the layout does not jump when results arrive. */
export function ResultSkeleton({ count = 4 }: { count?: number }) {
  return (
    <View data-testid='results-loading'>
      {Array.from({ length: count }, (_, i) => (
        <View key={i} className='result-skeleton'>
          <View className='result-skeleton__line result-skeleton__line--long' />
          <View className='result-skeleton__line' />
          <View className='result-skeleton__line result-skeleton__line--short' />
        </View>
      ))}
    </View>
  )
}
