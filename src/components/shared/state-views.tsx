import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { t } from '../../i18n/translate'
import { ActionButton } from './action-button'
import './state-views.scss'

/** Nothing to show: says why and, through its children, what to try next. */
export function EmptyState({ title, hint, children, testId = 'empty-state' }: PropsWithChildren<{ title: string; hint?: string; testId?: string }>) {
  return (
    <View className='state-view' data-testid={testId}>
      <Text className='state-view__title'>{title}</Text>
      {hint ? <Text className='state-view__hint'>{hint}</Text> : null}
      {children ? <View className='state-view__actions'>{children}</View> : null}
    </View>
  )
}

/** Something failed: the message a parent can read and a way to try again. */
export function ErrorState({ title, message, onRetry }: { title: string; message: string; onRetry(): void }) {
  return (
    <View className='state-view state-view--error' data-testid='error-state' role='alert'>
      <Text className='state-view__title'>{title}</Text>
      <Text className='state-view__hint'>{message}</Text>
      <View className='state-view__actions'>
        <ActionButton label={t('common.retry')} onClick={onRetry} testId='retry' />
      </View>
    </View>
  )
}

export function LoadingState() {
  return (
    <View className='state-view' data-testid='loading' role='status'>
      <Text className='state-view__hint'>{t('common.loading')}</Text>
    </View>
  )
}
