import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ChildForm } from '../../components/bookings/child-form'
import { SignInGate } from '../../components/bookings/sign-in-gate'
import { useAction, useQuery } from '../../components/shared/queries'
import { PageShell } from '../../components/layout/page-shell'
import { ActionButton } from '../../components/shared/action-button'
import { SectionCard } from '../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../components/shared/state-views'
import type { Child } from '../../domain/family/child-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import '../../components/bookings/bookings.scss'
import './index.scss'

function ChildRow({ child, onRemoved }: { child: Child; onRemoved(): void }) {
  const { busy, run } = useAction()
  const [year, month] = child.birthMonth.split('-').map(Number)
  const remove = async () => {
    const answer = await Taro.showModal({ title: t('family.remove'), content: t('family.removeConfirm', { nickname: child.nickname }) })
    if (!answer.confirm) return
    const removed = await run(async () => {
      await call('family', 'removeChild', { childId: child.id })
      return { title: t('family.removed'), icon: 'success' }
    })
    if (removed) onRemoved()
  }
  return (
    <View className='bookings-row' data-testid='child-row'>
      <View className='bookings-row__main'>
        <Text className='bookings-row__title'>{child.nickname}</Text>
        <Text className='bookings-row__meta'>
          {t('family.birthMonthValue', { year: year ?? '', month: month ?? '' })} · {t('family.ageMonths', { months: child.ageMonths })}
        </Text>
      </View>
      <ActionButton label={t('family.remove')} variant='plain' onClick={() => void remove()} disabled={busy} testId='remove-child' />
    </View>
  )
}

function Children() {
  const list = useQuery('children', () => call('family', 'listChildren', {}))
  const [adding, setAdding] = useState(false)
  if (list.error) return <ErrorState title={t('family.title')} message={list.error.message} onRetry={() => void list.reload()} />
  if (!list.data) return <LoadingState />
  return (
    <View>
      <SectionCard title={t('family.title')} testId='children-list'>
        {list.data.children.length === 0 ? <Text className='bookings-hint'>{t('family.empty')}</Text> : null}
        {list.data.children.map((child) => (
          <ChildRow key={child.id} child={child} onRemoved={() => void list.reload()} />
        ))}
      </SectionCard>
      <SectionCard title={t('family.add')}>
        {adding ? (
          <ChildForm
            onAdded={() => {
              setAdding(false)
              void Taro.showToast({ title: t('family.added'), icon: 'success' })
              void list.reload()
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <ActionButton label={t('family.add')} onClick={() => setAdding(true)} testId='add-child' block />
        )}
      </SectionCard>
    </View>
  )
}

export default function ChildrenPage() {
  return (
    <PageShell className='children-page'>
      <SignInGate role='parent'>
        <Children />
      </SignInGate>
    </PageShell>
  )
}
