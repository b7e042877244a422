import Taro from '@tarojs/taro'
import { PageShell } from '../../components/layout/page-shell'
import { ActionButton } from '../../components/shared/action-button'
import { EmptyState } from '../../components/shared/state-views'
import { t } from '../../i18n/translate'

/** Where a link to a page the app does not have lands (app.ts sends it here), with the way home. */
export default function NotFoundPage() {
  return (
    <PageShell className='not-found-page'>
      <EmptyState title={t('app.notFound')} testId='not-found'>
        <ActionButton label={t('app.backHome')} onClick={() => void Taro.switchTab({ url: '/pages/finder/index' })} testId='back-home' block />
      </EmptyState>
    </PageShell>
  )
}
