import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { errorMessage } from '../../components/shared/use-remote'
import { PageShell } from '../../components/layout/page-shell'
import { SignInGate } from '../../components/bookings/sign-in-gate'
import { ActionButton } from '../../components/shared/action-button'
import { SectionCard } from '../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../components/shared/state-views'
import { formatChinaDateTime } from '../../domain/bookings/china-time-rules'
import type { InboxMessage } from '../../domain/inbox/inbox-schema'
import { t } from '../../i18n/translate'
import type { ApiError } from '../../services/api-error'
import { call } from '../../services/api-client'
import { useSessionStore } from '../../stores/session-store'
import '../../components/bookings/bookings.scss'
import './index.scss'

function Inbox() {
  const [messages, setMessages] = useState<InboxMessage[] | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [unread, setUnread] = useState(0)
  const [error, setError] = useState<ApiError | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)

  const load = useCallback(async (after: string | null) => {
    setError(null)
    try {
      const page = await call('inbox', 'list', after ? { cursor: after } : {})
      setMessages((shown) => (after && shown ? [...shown, ...page.messages] : page.messages))
      setCursor(page.nextCursor)
      setUnread(page.unreadCount)
    } catch (e) {
      setError(errorMessage(e))
    }
  }, [])

  useEffect(() => {
    void load(null)
  }, [load])
  usePullDownRefresh(() => {
    void load(null).finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    if (!cursor || loadingMore) return
    setLoadingMore(true)
    void load(cursor).finally(() => setLoadingMore(false))
  })

  const markRead = async (input: { ids: string[] } | { all: true }) => {
    try {
      const { unreadCount } = await call('inbox', 'markRead', input)
      const readAt = new Date().toISOString()
      setUnread(unreadCount)
      setMessages((shown) => shown?.map((m) => ('all' in input || input.ids.includes(m.id) ? { ...m, readAt: m.readAt ?? readAt } : m)) ?? null)
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e).message, icon: 'none' })
    }
  }

  const open = (message: InboxMessage) => {
    if (!message.readAt) void markRead({ ids: [message.id] })
    if (message.link) void Taro.navigateTo({ url: message.link })
  }

  if (error && !messages) return <ErrorState title={t('inbox.title')} message={error.message} onRetry={() => void load(null)} />
  if (!messages) return <LoadingState />
  return (
    <SectionCard
      title={t('inbox.title')}
      aside={unread > 0 ? <ActionButton label={t('inbox.markAllRead')} variant='plain' onClick={() => void markRead({ all: true })} testId='mark-all-read' /> : null}
      testId='inbox-list'
    >
      {messages.length === 0 ? <Text className='bookings-hint'>{t('inbox.empty')}</Text> : null}
      {messages.map((message) => (
        <View key={message.id} className='inbox-page__message' data-testid='inbox-message' data-read={message.readAt ? 'true' : 'false'} onClick={() => open(message)}>
          <View className='inbox-page__head'>
            <Text className={`inbox-page__title ${message.readAt ? '' : 'inbox-page__title--unread'}`}>{message.title}</Text>
            <Text className='inbox-page__time'>{formatChinaDateTime(message.createdAt)}</Text>
          </View>
          <Text className='inbox-page__body'>{message.body}</Text>
        </View>
      ))}
      {cursor ? <ActionButton label={t('inbox.loadMore')} variant='plain' onClick={() => void load(cursor)} testId='load-more' block /> : null}
    </SectionCard>
  )
}

export default function InboxPage() {
  const role = useSessionStore((s) => s.user?.role) ?? 'parent'
  return (
    <PageShell className='inbox-page'>
      <SignInGate role={role}>
        <Inbox />
      </SignInGate>
    </PageShell>
  )
}
