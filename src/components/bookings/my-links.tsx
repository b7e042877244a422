import '../../i18n/zh-cn-pages/bookings'
import { t } from '../../i18n/translate'
import { LinkCard, type PageLink } from '../shared/link-card'
import './bookings.scss'

const LINKS = [
  { url: '/pages/bookings/index', label: 'bookings.mine.title', testId: 'me-bookings' },
  { url: '/pages/children/index', label: 'bookings.mine.children', testId: 'me-children' },
  { url: '/pages/inbox/index', label: 'bookings.mine.inbox', testId: 'me-inbox' },
  { url: '/pages/workspace/index', label: 'bookings.workspace.title', testId: 'me-workspace' }
] satisfies PageLink[]

/** "我的预约", children and messages for families, and the workspace for institution staff, on the 我的 tab. */
export function MyBookingLinks() {
  return <LinkCard title={t('bookings.entry.title')} testId='my-booking-links' row='bookings-row' links={LINKS} />
}
