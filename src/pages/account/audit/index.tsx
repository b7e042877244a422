import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { AccountCard, ActingAs, useSignedInUser } from '../../../components/account/account-panel'
import { PageShell } from '../../../components/layout/page-shell'
import { Chip } from '../../../components/shared/chip'
import { LoadMoreFooter } from '../../../components/shared/load-more-footer'
import { usePagedQuery } from '../../../components/shared/queries'
import { SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import { AUDIT_ACTIONS, type AuditAction } from '../../../domain/account/account-schema'
import { chinaDateOf, chinaTimeOf } from '../../../domain/bookings/china-time-rules'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import '../../../components/account/account.scss'
import '../../../components/bookings/bookings.scss'
import './index.scss'

/** Invitations, redemptions, removals and sign-outs everywhere, newest first, one kind or all, a page at a time. */
function AuditEntries() {
  const [action, setAction] = useState<AuditAction | null>(null)
  const remote = usePagedQuery(
    `account-audit:${action ?? 'all'}`,
    (beforeId: number | null) => call('account', 'auditLog', { ...(action ? { action } : {}), ...(beforeId ? { beforeId } : {}) }),
    (last) => last.nextBeforeId
  )
  const entries = remote.data?.flatMap((page) => page.entries) ?? []
  return (
    <SectionCard title={t('account.auditScreen.title')} testId='account-audit'>
      <View className='bookings-chips'>
        <Chip label={t('account.auditScreen.all')} selected={action === null} onClick={() => setAction(null)} testId='audit-filter-all' />
        {AUDIT_ACTIONS.map((a) => (
          <Chip key={a} label={t(`account.auditScreen.actions.${a}`)} selected={action === a} onClick={() => setAction(a)} testId={`audit-filter-${a}`} />
        ))}
      </View>
      {remote.error ? <ErrorState title={t('account.auditScreen.title')} message={remote.error.message} onRetry={() => void remote.reload()} /> : null}
      {!remote.data && !remote.error ? <LoadingState /> : null}
      {remote.data && entries.length === 0 ? <Text className='account-panel__hint'>{t('account.auditScreen.empty')}</Text> : null}
      {entries.map((entry) => (
        <View key={entry.id} className='account-panel__row' data-testid='account-audit-entry'>
          <Text className='account-panel__name'>{entry.detail}</Text>
          <Text className='account-panel__hint'>
            {t('account.auditScreen.line', { when: `${chinaDateOf(entry.at)} ${chinaTimeOf(entry.at)}`, who: entry.actorName ?? t('account.auditScreen.commandLine') })}
          </Text>
        </View>
      ))}
      <LoadMoreFooter remote={remote} hasMore={remote.data?.at(-1)?.nextBeforeId != null} testId='account-audit-more' />
    </SectionCard>
  )
}

/** The account audit log for operators, opened from the operators' console. */
export default function AccountAuditPage() {
  const user = useSignedInUser()
  return (
    <PageShell className='audit-page'>
      {user ? <ActingAs /> : <AccountCard />}
      {user?.role === 'operator' ? <AuditEntries /> : null}
      {user && user.role !== 'operator' ? <Text className='account-panel__hint'>{t('account.auditScreen.operatorsOnly')}</Text> : null}
    </PageShell>
  )
}
