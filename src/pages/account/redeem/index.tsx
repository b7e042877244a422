import { useRouter } from '@tarojs/taro'
import { AccountCard, RedeemInvitation } from '../../../components/account/account-panel'
import { PageShell } from '../../../components/layout/page-shell'

/** Where an invitation link opens: sign in (if need be), then take the invitation up with its code filled in. */
export default function RedeemPage() {
  const { params } = useRouter()
  return (
    <PageShell className='redeem-page'>
      <AccountCard />
      <RedeemInvitation initialCode={params.code ?? ''} />
    </PageShell>
  )
}
