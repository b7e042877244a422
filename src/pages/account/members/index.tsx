import { AccountCard, ActingAs, useSignedInUser } from '../../../components/account/account-panel'
import { MembersPanel } from '../../../components/account/members-panel'
import { PageShell } from '../../../components/layout/page-shell'
import './index.scss'

/**
 * Invitations and members for the hat the person acts with: opened from the operators' console, the
 * regulators' console or the institution workspace. Signing in comes first.
 */
export default function MembersPage() {
  const user = useSignedInUser()
  return (
    <PageShell className='members-page'>
      {user ? <ActingAs /> : <AccountCard />}
      {user ? <MembersPanel user={user} /> : null}
    </PageShell>
  )
}
