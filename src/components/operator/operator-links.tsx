import '../../i18n/zh-cn-pages/operator'
import { t } from '../../i18n/translate'
import { LinkCard, type PageLink } from '../shared/link-card'
import '../complaints/complaints.scss'

const LINKS = [{ url: '/pages/operator/index', label: 'operator.link', testId: 'me-operator-console' }] satisfies PageLink[]

/** The operators' console on the 我的 tab, next to the regulators' (the console asks operators to sign in). */
export function OperatorLinks() {
  return <LinkCard title={t('operator.title')} testId='operator-links' row='complaints-row' links={LINKS} />
}
