import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ChildForm, nicknameLimit } from '../../components/bookings/child-form'
import { SignInGate } from '../../components/bookings/sign-in-gate'
import { useAction, useFormAction, useQuery } from '../../components/shared/queries'
import { PageShell } from '../../components/layout/page-shell'
import { ActionButton } from '../../components/shared/action-button'
import { SectionCard } from '../../components/shared/section-card'
import { TextField } from '../../components/shared/text-field'
import { ErrorState, LoadingState } from '../../components/shared/state-views'
import { NICKNAME_MAX_CHARS, type Child } from '../../domain/family/child-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import '../../components/bookings/bookings.scss'
import './index.scss'

/** Corrects a child's nickname in place; the consent text promises the family can. */
function NicknameEditor({ child, onSaved, onCancel }: { child: Child; onSaved(): void; onCancel(): void }) {
  const [nickname, setNickname] = useState(child.nickname)
  const { busy, submit, fieldError, edited, message } = useFormAction()
  const save = () =>
    submit(async () => {
      await call('family', 'updateChild', { childId: child.id, nickname })
      void Taro.showToast({ title: t('family.saved'), icon: 'success' })
      onSaved()
    })
  const nicknameError = fieldError('nickname')
  return (
    <View className='children-page__editor' data-testid='nickname-editor'>
      <TextField
        block='bookings-field'
        label={t('family.nickname')}
        value={nickname}
        onChange={(value) => {
          edited('nickname')
          setNickname(value)
        }}
        maxLength={NICKNAME_MAX_CHARS}
        hint={nicknameLimit(nickname)}
        error={nicknameError}
        testId='edit-nickname'
      />
      {message && !nicknameError ? <Text className='bookings-error'>{message}</Text> : null}
      <View className='bookings-actions'>
        <ActionButton label={t('family.save')} onClick={() => void save()} disabled={busy} testId='save-nickname' />
        <ActionButton label={t('family.cancel')} variant='plain' onClick={onCancel} testId='cancel-nickname' />
      </View>
    </View>
  )
}

function ChildRow({ child, onChanged }: { child: Child; onChanged(): void }) {
  const { busy, run } = useAction()
  const [editing, setEditing] = useState(false)
  const [year, month] = child.birthMonth.split('-').map(Number)
  const remove = async () => {
    const answer = await Taro.showModal({ title: t('family.remove'), content: t('family.removeConfirm', { nickname: child.nickname }) })
    if (!answer.confirm) return
    const removed = await run(async () => {
      await call('family', 'removeChild', { childId: child.id })
      return { title: t('family.removed'), icon: 'success' }
    })
    if (removed) onChanged()
  }
  return (
    <View data-testid='child-row'>
      <View className='bookings-row'>
        <View className='bookings-row__main'>
          <Text className='bookings-row__title'>{child.nickname}</Text>
          <Text className='bookings-row__meta'>
            {t('family.birthMonthValue', { year: year ?? '', month: month ?? '' })} · {t('family.ageMonths', { months: child.ageMonths })}
          </Text>
        </View>
      </View>
      {editing ? (
        <NicknameEditor
          child={child}
          onSaved={() => {
            setEditing(false)
            onChanged()
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <View className='bookings-actions'>
          <ActionButton label={t('family.edit')} variant='secondary' onClick={() => setEditing(true)} disabled={busy} testId='edit-child' />
          <ActionButton label={t('family.remove')} variant='plain' onClick={() => void remove()} disabled={busy} testId='remove-child' />
        </View>
      )}
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
          <ChildRow key={child.id} child={child} onChanged={() => void list.reload()} />
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
      <SignInGate role='parent' purpose='children'>
        <Children />
      </SignInGate>
    </PageShell>
  )
}
