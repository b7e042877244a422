import { t } from '../../i18n/translate'
import { LinkCard, type PageLink } from '../shared/link-card'
import { useSignedInUser } from './account-panel'
import { inviteeOf } from './members-panel'
import '../complaints/complaints.scss'

const MEMBERS: PageLink = { url: '/pages/account/members/index', label: 'account.members.entry', testId: 'open-members' }
const AUDIT: PageLink = { url: '/pages/account/audit/index', label: 'account.auditScreen.entry', testId: 'open-account-audit' }

/**
 * The way to invitations and members from the console, the workspace or the operators' page, shown only to a
 * hat that manages someone (a read-only regulator or plain staff sees nothing); operators also get the audit log.
 */
export function MembersLinks() {
  const user = useSignedInUser()
  if (!inviteeOf(user)) return null
  const links = user?.role === 'operator' ? [MEMBERS, AUDIT] : [MEMBERS]
  return <LinkCard title={t('account.members.title')} testId='members-links' row='complaints-row' links={links} />
}
