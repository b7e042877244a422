import '../../i18n/zh-cn-pages/bookings'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import type { DevRole } from '../../domain/account/account-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { currentToken, useSessionStore } from '../../stores/session-store'
import { PhoneSignIn } from '../account/account-panel'
import { ActionButton } from '../shared/action-button'
import { SectionCard } from '../shared/section-card'
import { useFormAction } from '../shared/queries'
import './bookings.scss'

interface StaffScope {
  institutionId: string
  regionCode: string
}

async function signIn(role: DevRole, scope: StaffScope | null) {
  if (role === 'parent' && process.env.TARO_ENV === 'weapp') {
    const { code } = await Taro.login()
    return call('account', 'wechatLogin', { code })
  }
  return call('account', 'devLogin', scope ? { role, ...scope } : { role })
}

/**
 * Shows its children only to a signed-in user of `role` (staff: of the institution in `scope`, when given);
 * anyone else is offered the way to sign in that fits the platform: WeChat on the mini-program, a sample
 * account on H5 (the server refuses sample accounts in production and says so).
 */
type SignInPurpose = 'booking' | 'month' | 'bookmarks' | 'children' | 'inbox'

export function SignInGate({ role, scope = null, purpose = 'booking', children }: PropsWithChildren<{ role: DevRole; scope?: StaffScope | null; purpose?: SignInPurpose }>) {
  const user = useSessionStore((s) => s.user)
  useSessionStore((s) => s.token)
  const { busy, message, submit } = useFormAction()
  const signedInAs = user && currentToken() ? user : null
  const fits = signedInAs?.role === role && (role !== 'institution_staff' || !scope || signedInAs.institutionId === scope.institutionId)
  if (fits) return <>{children}</>

  const staff = role === 'institution_staff'
  const start = () =>
    submit(async () => {
      useSessionStore.getState().signIn(await signIn(role, scope))
    })
  const label = staff ? t('bookings.signIn.sampleStaff') : process.env.TARO_ENV === 'weapp' ? t('bookings.signIn.wechat') : t('bookings.signIn.sampleParent')
  return (
    <SectionCard title={staff ? t('bookings.signIn.staffTitle') : t(`bookings.signIn.title.${purpose}`)} testId='sign-in-gate'>
      <Text className='bookings-hint'>{staff ? t('bookings.signIn.staffHint') : t(`bookings.signIn.hint.${purpose}`)}</Text>
      {signedInAs && staff ? <Text className='bookings-hint'>{t('bookings.signIn.notStaff')}</Text> : null}
      {!staff && process.env.TARO_ENV !== 'weapp' ? <PhoneSignIn /> : null}
      {staff && !scope ? (
        <Text className='bookings-hint'>{t('bookings.signIn.staffNeedsInstitution')}</Text>
      ) : (
        <View className='bookings-actions'>
          <ActionButton label={label} onClick={() => void start()} disabled={busy} testId='sign-in' block />
        </View>
      )}
      {message ? (
        <Text className='bookings-error' data-testid='sign-in-error'>
          {message}
        </Text>
      ) : null}
    </SectionCard>
  )
}
