import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { User } from '../../domain/account/account-schema'
import { chinaDateOf } from '../../domain/bookings/china-time-rules'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { ActionButton } from '../shared/action-button'
import { Chip } from '../shared/chip'
import { useFormAction, useQuery } from '../shared/queries'
import { SectionCard } from '../shared/section-card'
import { ErrorState, LoadingState } from '../shared/state-views'
import { TextField } from '../shared/text-field'
import { hatName } from './account-panel'
import '../bookings/bookings.scss'
import './account.scss'

type Invitee = 'regulator' | 'institution_owner' | 'institution_staff'
type InviteInput = { kind: Invitee; regionCode?: string; departmentCode?: string; readOnly?: boolean; institutionId?: string; note?: string }
interface NewInvitation {
  code: string
  link: string
}

/** Whom the acting hat invites: operators regulators, a writing regulator owners, an owner staff; else nobody. */
export function inviteeOf(user: User | null): Invitee | null {
  if (user?.role === 'operator') return 'regulator'
  if (user?.role === 'regulator' && !user.readOnly && user.regionCode) return 'institution_owner'
  if (user?.role === 'institution_staff' && user.institutionRole === 'owner') return 'institution_staff'
  return null
}

/**
 * The link that opens the app on the redeem page with the code filled in: on H5 an address to send by any
 * channel (the router is hash-based); in the mini-program its page path, which a share card opens.
 */
function openableLink(link: string): string {
  return process.env.TARO_ENV === 'h5' ? `${window.location.origin}${window.location.pathname}#${link}` : link
}

function copy(text: string) {
  void Taro.setClipboardData({ data: text }).then(() => Taro.showToast({ title: t('account.members.copied'), icon: 'none' }))
}

/** Operators pick a region and one of its departments, and whether the regulator only reads. */
function RegulatorScope({ value, onChange }: { value: InviteInput; onChange(value: InviteInput): void }) {
  const regions = useQuery('members-regions', () => call('regions', 'list', {}))
  const config = useQuery(value.regionCode ? `members-region:${value.regionCode}` : null, () => call('regions', 'config', { code: value.regionCode ?? '' }))
  return (
    <View>
      <Text className='account-panel__title'>{t('account.members.region')}</Text>
      <View className='bookings-chips'>
        {regions.data?.map((r) => (
          <Chip key={r.code} label={r.name} selected={value.regionCode === r.code} onClick={() => onChange({ ...value, regionCode: r.code, departmentCode: undefined })} testId={`invite-region-${r.code}`} />
        ))}
      </View>
      {config.data ? (
        <View>
          <Text className='account-panel__title'>{t('account.members.department')}</Text>
          <View className='bookings-chips'>
            {config.data.departments.map((d) => (
              <Chip key={d.code} label={d.name} selected={value.departmentCode === d.code} onClick={() => onChange({ ...value, departmentCode: d.code })} testId={`invite-department-${d.code}`} />
            ))}
          </View>
        </View>
      ) : null}
      <View className='bookings-chips'>
        <Chip label={t('account.members.readOnly')} selected={value.readOnly === true} onClick={() => onChange({ ...value, readOnly: !value.readOnly })} testId='invite-read-only' />
      </View>
    </View>
  )
}

/** The invitation form for the acting hat; the new code and link are shown once, with copy buttons. */
function InviteForm({ invitee, onInvited }: { invitee: Invitee; onInvited(): void }) {
  const [input, setInput] = useState<InviteInput>({ kind: invitee })
  const [made, setMade] = useState<NewInvitation | null>(null)
  const { busy, message, submit } = useFormAction()
  const send = () =>
    submit(async () => {
      const { note, ...rest } = input
      const trimmed = note?.trim()
      setMade(await call('account', 'invite', trimmed ? { ...rest, note: trimmed } : rest))
      setInput({ kind: invitee })
      onInvited()
    })
  return (
    <SectionCard title={t(`account.members.inviteTitle.${invitee}`)} testId='invite-form'>
      <Text className='account-panel__hint'>{t('account.members.inviteHint')}</Text>
      {invitee === 'regulator' ? <RegulatorScope value={input} onChange={setInput} /> : null}
      {invitee === 'institution_owner' ? (
        <TextField
          block='bookings-field'
          label={t('account.members.institutionId')}
          hint={t('account.members.institutionIdHint')}
          value={input.institutionId ?? ''}
          onChange={(id) => setInput({ ...input, institutionId: id.trim() || undefined })}
          maxLength={64}
          testId='invite-institution'
        />
      ) : null}
      <TextField
        block='bookings-field'
        label={t('account.members.note')}
        placeholder={t('account.members.notePlaceholder')}
        value={input.note ?? ''}
        onChange={(note) => setInput({ ...input, note })}
        maxLength={40}
        testId='invite-note'
      />
      <ActionButton label={t('account.members.invite')} disabled={busy} testId='invite-submit' block onClick={() => void send()} />
      {message ? <Text className='account-panel__error' data-testid='invite-error'>{message}</Text> : null}
      {made ? (
        <View className='account-panel__actions' data-testid='new-invitation'>
          <Text className='account-panel__hint'>{t('account.members.codeOnce')}</Text>
          <Text className='account-panel__name' data-testid='new-invitation-code'>{made.code}</Text>
          <Text className='account-panel__hint' data-testid='new-invitation-link'>{openableLink(made.link)}</Text>
          <ActionButton label={t('account.members.copyCode')} variant='secondary' testId='copy-code' onClick={() => copy(made.code)} />
          <ActionButton label={t('account.members.copyLink')} variant='secondary' testId='copy-link' onClick={() => copy(openableLink(made.link))} />
        </View>
      ) : null}
    </SectionCard>
  )
}

/** Open invitations with 撤回, and current members with 移除 (after a confirmation). */
function Lists({ version, onChanged }: { version: number; onChanged(): void }) {
  const list = useQuery(`members:${version}`, () => call('account', 'members', {}))
  const { busy, message, submit } = useFormAction()
  if (list.error) return <ErrorState title={t('account.members.title')} message={list.error.message} onRetry={() => void list.reload()} />
  if (!list.data) return <LoadingState />
  const withdraw = (invitationId: string) =>
    submit(async () => {
      await call('account', 'withdrawInvitation', { invitationId })
      void Taro.showToast({ title: t('account.members.withdrawn'), icon: 'none' })
      onChanged()
    })
  const remove = (membershipId: string, name: string) =>
    submit(async () => {
      const answer = await Taro.showModal({ title: t('account.members.removeTitle'), content: t('account.members.removeConfirm', { name }) })
      if (!answer.confirm) return
      await call('account', 'removeMembership', { membershipId })
      void Taro.showToast({ title: t('account.members.removed'), icon: 'none' })
      onChanged()
    })
  const { invitations, members } = list.data
  return (
    <View>
      {message ? <Text className='account-panel__error' data-testid='members-error'>{message}</Text> : null}
      <SectionCard title={t('account.members.pending')} testId='pending-invitations'>
        {invitations.length === 0 ? <Text className='account-panel__hint'>{t('account.members.nonePending')}</Text> : null}
        {invitations.map((i) => (
          <View key={i.id} className='account-panel__row' data-testid='pending-invitation'>
            <Text className='account-panel__name'>{i.note ?? hatName(i)}</Text>
            <Text className='account-panel__hint'>{t('account.members.pendingLine', { hat: hatName(i), until: chinaDateOf(i.expiresAt) })}</Text>
            <ActionButton label={t('account.members.withdraw')} variant='plain' disabled={busy} testId={`withdraw-${i.id}`} onClick={() => void withdraw(i.id)} />
          </View>
        ))}
      </SectionCard>
      <SectionCard title={t('account.members.current')} testId='current-members'>
        {members.length === 0 ? <Text className='account-panel__hint'>{t('account.members.noneCurrent')}</Text> : null}
        {members.map((m) => (
          <View key={m.id} className='account-panel__row' data-testid='member'>
            <Text className='account-panel__name'>{m.maskedPhone ? `${m.displayName} ${m.maskedPhone}` : m.displayName}</Text>
            <Text className='account-panel__hint'>{t('account.members.memberLine', { hat: hatName(m), since: chinaDateOf(m.createdAt) })}</Text>
            <ActionButton label={t('account.members.remove')} variant='plain' disabled={busy} testId={`remove-${m.id}`} onClick={() => void remove(m.id, m.displayName)} />
          </View>
        ))}
      </SectionCard>
    </View>
  )
}

/** Invitations and members for whom the acting hat manages: regulators, institution owners or staff. */
export function MembersPanel({ user }: { user: User | null }) {
  const [version, setVersion] = useState(0)
  const invitee = inviteeOf(user)
  if (!invitee) {
    return (
      <SectionCard title={t('account.members.title')} testId='members-not-allowed'>
        <Text className='account-panel__hint'>{t('account.members.notAllowed')}</Text>
      </SectionCard>
    )
  }
  const changed = () => setVersion((v) => v + 1)
  return (
    <View data-testid='members-panel'>
      <InviteForm invitee={invitee} onInvited={changed} />
      <Lists version={version} onChanged={changed} />
    </View>
  )
}
