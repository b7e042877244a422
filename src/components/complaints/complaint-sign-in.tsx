import '../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState, type PropsWithChildren } from 'react'
import type { Session } from '../../domain/account/account-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { PhoneSignIn } from '../account/account-panel'
import { useRegions } from '../shared/use-regions'
import { currentToken, useSessionStore } from '../../stores/session-store'
import { useFormAction } from '../shared/queries'
import { ActionButton } from '../shared/action-button'
import { SectionCard } from '../shared/section-card'
import './complaints.scss'

async function signInParent(): Promise<Session> {
  if (process.env.TARO_ENV === 'weapp') {
    const { code } = await Taro.login()
    return call('account', 'wechatLogin', { code })
  }
  return call('account', 'devLogin', { role: 'parent' })
}

function useSignedIn(role: 'parent' | 'regulator') {
  const user = useSessionStore((s) => s.user)
  useSessionStore((s) => s.token)
  const signedIn = user && currentToken() ? user : null
  return { signedIn, fits: signedIn?.role === role }
}

function useSignIn(start: () => Promise<Session>) {
  const { busy, message, submit } = useFormAction()
  const run = () =>
    submit(async () => {
      useSessionStore.getState().signIn(await start())
    })
  return { busy, message, run }
}

/** Filing and following a complaint need a parent's account: WeChat on the mini-program, a sample parent on H5. */
export function ParentSignIn({ children }: PropsWithChildren) {
  const { fits } = useSignedIn('parent')
  const { busy, message, run } = useSignIn(signInParent)
  if (fits) return <>{children}</>
  const label = process.env.TARO_ENV === 'weapp' ? t('complaints.signIn.wechat') : t('complaints.signIn.sampleParent')
  return (
    <SectionCard title={t('complaints.signIn.parentTitle')} testId='complaint-sign-in'>
      <Text className='complaints-hint'>{t('complaints.signIn.parentHint')}</Text>
      {process.env.TARO_ENV === 'weapp' ? null : <PhoneSignIn />}
      <View className='complaints-actions'>
        <ActionButton label={label} onClick={() => void run()} disabled={busy} testId='sign-in' block />
      </View>
      {message ? <Text className='complaints-error'>{message}</Text> : null}
    </SectionCard>
  )
}

/**
 * The console is for the regulators of one region. Real accounts are issued by the service's operator; outside
 * production a sample regulator of any sample region can sign in (the server refuses it in production).
 */
export function RegulatorSignIn({ children }: PropsWithChildren) {
  const { signedIn, fits } = useSignedIn('regulator')
  const { regions } = useRegions(!fits)
  const [region, setRegion] = useState<string | null>(null)
  const { busy, message, run } = useSignIn(() => call('account', 'devLogin', { role: 'regulator', regionCode: region ?? '' }))
  if (fits) return <>{children}</>
  return (
    <SectionCard title={t('complaints.signIn.regulatorTitle')} testId='regulator-sign-in'>
      <Text className='complaints-hint'>{t('complaints.signIn.regulatorHint')}</Text>
      {signedIn ? <Text className='complaints-hint'>{t('complaints.signIn.notRegulator')}</Text> : null}
      {regions.map((r) => (
        <View
          key={r.code}
          className={`complaints-option ${region === r.code ? 'complaints-option--selected' : ''}`}
          data-testid={`sign-in-region-${r.code}`}
          onClick={() => setRegion(r.code)}
        >
          <Text className='complaints-option__title'>{r.name}</Text>
        </View>
      ))}
      <View className='complaints-actions'>
        <ActionButton
          label={t('complaints.signIn.sampleRegulator', { region: regions.find((r) => r.code === region)?.name ?? '' })}
          onClick={() => void run()}
          disabled={busy || !region}
          testId='sign-in'
          block
        />
      </View>
      {message ? <Text className='complaints-error'>{message}</Text> : null}
    </SectionCard>
  )
}
