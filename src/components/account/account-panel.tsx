import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Membership, User } from '../../domain/account/account-schema'
import { t, type MessageKey } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { inWechatBrowser, startWechatWebSignIn } from '../../services/wechat-web-sign-in'
import { currentToken, useSessionStore } from '../../stores/session-store'
import { ActionButton } from '../shared/action-button'
import { useFormAction, useQuery } from '../shared/queries'
import { SectionCard } from '../shared/section-card'
import { TextField } from '../shared/text-field'
import '../bookings/bookings.scss'
import './account.scss'

/** The signed-in user while their token is good, else null. */
export function useSignedInUser(): User | null {
  const user = useSessionStore((s) => s.user)
  useSessionStore((s) => s.token)
  return user && currentToken() ? user : null
}

/** A membership in words: 诸暨市 卫生健康局 监管人员 (只读). */
export function hatName(membership: Pick<Membership, 'kind' | 'scopeName' | 'readOnly'> | null): string {
  if (!membership) return t('account.ui.parentHat')
  const name = t('account.ui.hatOf', { scope: membership.scopeName, kind: t(`account.kind.${membership.kind}` as MessageKey) })
  return membership.readOnly ? `${name}${t('account.ui.readOnly')}` : name
}

/** What the server says of this session; reloaded when the user or hat changes. */
function useAccountStatus(user: User | null) {
  return useQuery(user ? `${user.id}:${user.role}:${user.institutionId ?? ''}:${user.regionCode ?? ''}` : null, () => call('account', 'status', {}))
}

async function signOut(everywhere: boolean) {
  try {
    await call('account', everywhere ? 'signOutEverywhere' : 'signOut', {})
  } finally {
    // Whatever the server answered, this device forgets the token.
    useSessionStore.getState().signOut()
  }
  void Taro.showToast({ title: everywhere ? t('account.ui.signedOutEverywhere') : t('account.ui.signedOut'), icon: 'none' })
}

/** 退出登录 and, where asked, 在所有设备上退出. */
function SignOutButtons({ everywhere }: { everywhere: boolean }) {
  const { busy, message, submit } = useFormAction()
  return (
    <View className='account-panel__actions'>
      <ActionButton label={t('account.ui.signOut')} variant='secondary' disabled={busy} testId='sign-out' onClick={() => void submit(() => signOut(false))} />
      {everywhere ? (
        <ActionButton label={t('account.ui.signOutEverywhere')} variant='plain' disabled={busy} testId='sign-out-everywhere' onClick={() => void submit(() => signOut(true))} />
      ) : null}
      {message ? <Text className='account-panel__error'>{message}</Text> : null}
    </View>
  )
}

/**
 * Mobile number and SMS code, for H5 outside WeChat: the code arrives by SMS (in development the server's log
 * has it). At most one code a minute, which the button counts down.
 */
export function PhoneSignIn() {
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [wait, setWait] = useState(0)
  const { busy, message, submit } = useFormAction()
  useEffect(() => {
    if (wait <= 0) return undefined
    const timer = setTimeout(() => setWait((w) => w - 1), 1000)
    return () => clearTimeout(timer)
  }, [wait])
  const send = () =>
    submit(async () => {
      const sent = await call('account', 'sendSmsCode', { phone })
      setSentTo(sent.maskedPhone)
      setWait(sent.resendAfterSeconds)
    })
  const signIn = () =>
    submit(async () => {
      useSessionStore.getState().signIn(await call('account', 'smsLogin', { phone, code }))
    })
  return (
    <View className='account-panel__phone' data-testid='phone-sign-in'>
      <Text className='account-panel__title'>{t('account.ui.phoneTitle')}</Text>
      <TextField block='bookings-field' label={t('account.ui.phoneLabel')} value={phone} onChange={setPhone} placeholder={t('account.ui.phonePlaceholder')} maxLength={16} type='number' testId='phone-input' />
      <ActionButton label={wait > 0 ? t('account.ui.resendIn', { seconds: wait }) : t('account.ui.sendCode')} variant='secondary' disabled={busy || wait > 0} testId='send-code' onClick={() => void send()} />
      {sentTo ? <Text className='account-panel__hint' data-testid='code-sent'>{t('account.ui.codeSent', { phone: sentTo })}</Text> : null}
      <TextField block='bookings-field' label={t('account.ui.codeLabel')} value={code} onChange={setCode} placeholder={t('account.ui.codePlaceholder')} maxLength={6} type='number' onConfirm={() => void signIn()} testId='code-input' />
      <ActionButton label={t('account.ui.phoneSignIn')} disabled={busy || code.length !== 6} testId='phone-sign-in-submit' block onClick={() => void signIn()} />
      {message ? <Text className='account-panel__error' data-testid='phone-sign-in-error'>{message}</Text> : null}
    </View>
  )
}

/**
 * 微信登录 on H5 inside WeChat's browser, when the server has an official account for web authorisation;
 * elsewhere, or unconfigured, nothing (the number and code stay the way in).
 */
function WechatWebSignIn() {
  const options = useQuery(inWechatBrowser() ? 'sign-in-options' : null, () => call('account', 'signInOptions', {}))
  const appId = options.data?.wechatWebAppId
  if (!appId) return null
  return (
    <View className='account-panel__actions'>
      <ActionButton label={t('account.ui.wechatWeb')} testId='wechat-web-sign-in' block onClick={() => startWechatWebSignIn(appId)} />
      <Text className='account-panel__hint'>{t('account.ui.wechatWebOr')}</Text>
    </View>
  )
}

/** Takes up an invitation code; the session then acts with the new membership. */
export function RedeemInvitation({ initialCode = '' }: { initialCode?: string }) {
  const user = useSignedInUser()
  const [code, setCode] = useState(initialCode)
  const [joined, setJoined] = useState<string | null>(null)
  const { busy, message, submit } = useFormAction()
  const redeem = () =>
    submit(async () => {
      const membership = await call('account', 'redeemInvitation', { code })
      useSessionStore.getState().setUser(await call('account', 'me', {}))
      setJoined(hatName(membership))
    })
  return (
    <SectionCard title={t('account.ui.invitationTitle')} testId='redeem-invitation'>
      <Text className='account-panel__hint'>{t('account.ui.invitationHint')}</Text>
      {user ? null : <Text className='account-panel__hint'>{t('account.ui.redeemSignInFirst')}</Text>}
      <TextField block='bookings-field' value={code} onChange={setCode} placeholder={t('account.ui.invitationPlaceholder')} maxLength={20} testId='invitation-code' />
      <ActionButton label={t('account.ui.redeem')} disabled={busy || !user || code.trim() === ''} testId='redeem' block onClick={() => void redeem()} />
      {joined ? <Text className='account-panel__hint' data-testid='redeemed'>{t('account.ui.redeemed', { hat: joined })}</Text> : null}
      {message ? <Text className='account-panel__error'>{message}</Text> : null}
    </SectionCard>
  )
}

/** Who is signed in, how, and as which hat; with the hats to switch to and the ways out. */
export function AccountCard() {
  const user = useSignedInUser()
  const status = useAccountStatus(user)
  const { busy, message, submit } = useFormAction()
  if (!user) {
    return (
      <SectionCard title={t('account.ui.cardTitle')} testId='account-card'>
        <Text className='account-panel__hint'>{t('account.ui.notSignedIn')}</Text>
        {process.env.TARO_ENV === 'weapp' ? null : <WechatWebSignIn />}
        {process.env.TARO_ENV === 'weapp' ? null : <PhoneSignIn />}
      </SectionCard>
    )
  }
  const info = status.data
  const active = info?.memberships.find((m) => m.id === info.activeMembershipId) ?? null
  const how = info ? t(`account.ui.via.${info.signedInWith}` as MessageKey, { phone: info.maskedPhone ?? '' }) : ''
  const switchTo = (membership: Membership | null) =>
    submit(async () => {
      useSessionStore.getState().setUser(await call('account', 'switchHat', { membershipId: membership?.id ?? null }))
      void Taro.showToast({ title: t('account.ui.switched', { hat: hatName(membership) }), icon: 'none' })
    })
  const others: (Membership | null)[] = info ? [null, ...info.memberships].filter((m) => (m?.id ?? null) !== info.activeMembershipId) : []
  return (
    <SectionCard title={t('account.ui.cardTitle')} testId='account-card'>
      <Text className='account-panel__name' data-testid='signed-in-as'>{t('account.ui.signedInAs', { name: user.displayName })}</Text>
      {info ? <Text className='account-panel__hint' data-testid='signed-in-via'>{t('account.ui.viaLabel', { how })}</Text> : null}
      {info ? <Text className='account-panel__hint' data-testid='acting-as'>{t('account.ui.actingAs', { hat: hatName(active) })}</Text> : null}
      {info && info.memberships.length > 0 ? (
        <View className='account-panel__hats' data-testid='hat-switcher'>
          <Text className='account-panel__title'>{t('account.ui.switchTitle')}</Text>
          {others.map((m) => (
            <ActionButton key={m?.id ?? 'parent'} label={t('account.ui.switchTo', { hat: hatName(m) })} variant='plain' disabled={busy} testId={`switch-${m?.id ?? 'parent'}`} onClick={() => void switchTo(m)} />
          ))}
        </View>
      ) : null}
      {message ? <Text className='account-panel__error'>{message}</Text> : null}
      <SignOutButtons everywhere />
    </SectionCard>
  )
}

/** The workspace's and the console's line on whom the person acts for, with 退出登录. */
export function ActingAs() {
  const user = useSignedInUser()
  const status = useAccountStatus(user)
  if (!user) return null
  const info = status.data
  const active = info?.memberships.find((m) => m.id === info.activeMembershipId) ?? null
  return (
    <View className='account-panel__acting' data-testid='acting-as-banner'>
      <Text className='account-panel__hint'>{t('account.ui.signedInAs', { name: user.displayName })}</Text>
      {info ? <Text className='account-panel__hint' data-testid='acting-scope'>{t('account.ui.actingAs', { hat: hatName(active) })}</Text> : null}
      <SignOutButtons everywhere={false} />
    </View>
  )
}
