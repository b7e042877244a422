import '../../../i18n/zh-cn-pages/guidance'
import { View } from '@tarojs/components'
import { SignInGate } from '../../../components/bookings/sign-in-gate'
import { useQuery } from '../../../components/shared/queries'
import { ArticleCard } from '../../../components/guidance/article-card'
import { PageShell } from '../../../components/layout/page-shell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/shared/state-views'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import '../../../components/guidance/guidance.scss'
import './index.scss'

function Bookmarks() {
  const list = useQuery('guidance-bookmarks', () => call('guidance', 'bookmarks', {}))
  if (list.error) return <ErrorState title={t('guidance.bookmarks.title')} message={list.error.message} onRetry={() => void list.reload()} />
  if (!list.data) return <LoadingState />
  if (list.data.articles.length === 0) return <EmptyState title={t('guidance.bookmarks.empty')} hint={t('guidance.bookmarks.emptyHint')} />
  return (
    <View data-testid='bookmark-list'>
      {list.data.articles.map((article) => (
        <ArticleCard key={article.slug} article={article} />
      ))}
    </View>
  )
}

export default function BookmarksPage() {
  return (
    <PageShell className='bookmarks-page'>
      <SignInGate role='parent' purpose='bookmarks'>
        <Bookmarks />
      </SignInGate>
    </PageShell>
  )
}
