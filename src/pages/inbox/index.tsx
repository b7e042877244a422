import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { z } from 'zod'
import { errorMessage, usePagedQuery } from '../../components/shared/queries'
import { PageShell } from '../../components/layout/page-shell'
import { SignInGate } from '../../components/bookings/sign-in-gate'
import { ActionButton } from '../../components/shared/action-button'
import { SectionCard } from '../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../components/shared/state-views'
import { formatChinaDateTime } from '../../domain/bookings/china-time-rules'
import type { InboxMessage, listInboxOutputSchema } from '../../domain/inbox/inbox-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { useSessionStore } from '../../stores/session-store'
import '../../components/bookings/bookings.scss'
import './index.scss'

type InboxPage = z.infer<typeof listInboxOutputSchema>

function Inbox() {
  const inbox = usePagedQuery(
    'inbox',
    (cursor: string | null) => call('inbox', 'list', cursor ? { cursor } : {}),
    (last: InboxPage) => last.nextCursor
  )
  const pages = inbox.data
  const messages = pages?.flatMap((page) => page.messages) ?? null
  // The latest page carries the current unread count (a mark-read answer rewrites it on every page).
  const unread = pages?.at(-1)?.unreadCount ?? 0

  usePullDownRefresh(() => {
    void inbox.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => void inbox.loadMore())

  const markRead = async (input: { ids: string[] } | { all: true }) => {
    try {
      const { unreadCount } = await call('inbox', 'markRead', input)
      const readAt = new Date().toISOString()
      const isRead = (m: InboxMessage) => 'all' in input || input.ids.includes(m.id)
      inbox.update((shown) =>
        shown.map((page) => ({ ...page, unreadCount, messages: page.messages.map((m) => (isRead(m) ? { ...m, readAt: m.readAt ?? readAt } : m)) }))
      )
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e).message, icon: 'none' })
    }
  }

  const open = (message: InboxMessage) => {
    if (!message.readAt) void markRead({ ids: [message.id] })
    if (message.link) void Taro.navigateTo({ url: message.link })
  }

  const error = inbox.error ?? inbox.loadMoreError
  if (error && !messages) return <ErrorState title={t('inbox.title')} message={error.message} onRetry={() => void inbox.reload()} />
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
      {pages?.at(-1)?.nextCursor ? <ActionButton label={t('inbox.loadMore')} variant='plain' onClick={() => void inbox.loadMore()} testId='load-more' block /> : null}
    </SectionCard>
  )
}

export default function InboxPage() {
  const acting = useSessionStore((s) => s.user?.role) ?? 'parent'
  // Operators have no inbox of their own kind; they read it as the parent every account also is.
  const role = acting === 'operator' ? 'parent' : acting
  return (
    <PageShell className='inbox-page'>
      <SignInGate role={role} purpose='inbox'>
        <Inbox />
      </SignInGate>
    </PageShell>
  )
}
