import '../../i18n/zh-cn-pages/complaints'
import { t } from '../../i18n/translate'
import { LinkCard, type PageLink } from '../shared/link-card'
import './complaints.scss'

const LINKS = [
  { url: '/pages/complaints/index', label: 'complaints.links.mine', testId: 'me-complaints' },
  { url: '/pages/complaints/check/index', label: 'complaints.links.check', testId: 'me-filed-check' },
  { url: '/pages/regulator/index', label: 'complaints.links.console', testId: 'me-regulator-console' }
] satisfies PageLink[]

/** 投诉举报 on the 我的 tab: my complaints (and the lookup by number), the filing check, the regulators' console. */
export function ComplaintLinks() {
  return <LinkCard title={t('complaints.links.title')} testId='complaint-links' row='complaints-row' links={LINKS} />
}
