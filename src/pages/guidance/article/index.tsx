import '../../../i18n/zh-cn-pages/guidance'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useAction, useQuery } from '../../../components/shared/queries'
import { ArticleBody } from '../../../components/guidance/article-body'
import { ageRangeText } from '../../../components/guidance/guidance-format'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { Badge } from '../../../components/shared/badge'
import { ReadAloud } from '../../../components/shared/read-aloud'
import { SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import type { ArticleView } from '../../../domain/guidance/guidance-schema'
import { treeText } from '../../../domain/guidance/tree-text'
import { currentLocale, t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import { formatDate } from '../../../services/display-format'
import { currentToken, useSessionStore } from '../../../stores/session-store'
import '../../../components/guidance/guidance.scss'
import './index.scss'

function BookmarkButton({ article }: { article: ArticleView }) {
  const [bookmarked, setBookmarked] = useState(article.bookmarked)
  const { busy, run } = useAction()
  const toggle = () =>
    run(async () => {
      const marks = await call('guidance', 'setBookmark', { slug: article.slug, bookmarked: !bookmarked })
      setBookmarked(marks.bookmarked)
      return { title: marks.bookmarked ? t('guidance.article.bookmarkAdded') : t('guidance.article.bookmarkRemoved'), icon: 'none' }
    })
  return (
    <ActionButton
      label={bookmarked ? t('guidance.article.bookmarked') : t('guidance.article.bookmark')}
      variant={bookmarked ? 'secondary' : 'primary'}
      onClick={() => void toggle()}
      disabled={busy}
      testId='bookmark'
    />
  )
}

function Article({ article, signedIn }: { article: ArticleView; signedIn: boolean }) {
  return (
    <View>
      <View className='article-page__header'>
        <Text className='article-page__title' data-testid='article-title'>
          {article.title}
        </Text>
        <View className='article-card__tags'>
          <Badge label={t('guidance.article.ageRange', { range: ageRangeText(article.ageFromMonths, article.ageToMonths) })} tone='info' />
          {article.domains.map((domain) => (
            <Badge key={domain} label={t(`guidance.domain.${domain}`)} tone='primary' />
          ))}
        </View>
        <Text className='guidance-hint'>{t('guidance.article.reviewedOn', { date: formatDate(article.reviewedOn) })}</Text>
        {article.language === currentLocale() ? null : (
          <Text className='guidance-hint' data-testid='chinese-only'>
            {t('guidance.article.chineseOnly')}
          </Text>
        )}
        {signedIn ? <BookmarkButton article={article} /> : null}
        {/* The articles are written in Chinese; a translated one would carry its language with it. */}
        <ReadAloud text={[article.title, article.summary, treeText(article.body)].join('\n')} locale='zh-CN' />
      </View>
      <SectionCard title={article.summary}>
        <ArticleBody nodes={article.body} />
      </SectionCard>
      <Text className='guidance-notice' data-testid='article-disclaimer'>
        {t('guidance.article.disclaimer')}
      </Text>
      <SectionCard title={t('guidance.article.sources')} testId='article-sources'>
        {article.sources.map((source) => (
          <Text key={`${source.title}-${source.year}`} className='article-page__source'>
            {t('guidance.article.source', { title: source.title, issuer: source.issuer, year: source.year })}
          </Text>
        ))}
      </SectionCard>
    </View>
  )
}

export default function ArticlePage() {
  const { params } = useRouter()
  const slug = typeof params.slug === 'string' ? decodeURIComponent(params.slug) : ''
  const user = useSessionStore((s) => s.user)
  const signedIn = Boolean(user && currentToken())
  const article = useQuery(slug ? `article:${slug}:${signedIn ? 'in' : 'out'}` : null, () => call('guidance', 'article', { slug }))

  useEffect(() => {
    if (!article.data) return
    void Taro.setNavigationBarTitle({ title: article.data.title })
    // Marking read is a convenience for the reader's own list: a failure here must not disturb reading.
    if (signedIn && !article.data.read) call('guidance', 'markRead', { slug: article.data.slug }).catch(() => undefined)
  }, [article.data, signedIn])

  return (
    <PageShell className='article-page'>
      {!slug ? (
        <ErrorState title={t('guidance.article.title')} message={t('guidance.article.notFound')} onRetry={() => void Taro.navigateBack()} />
      ) : article.error ? (
        <ErrorState title={t('guidance.article.title')} message={article.error.code === 'NOT_FOUND' ? t('guidance.article.notFound') : article.error.message} onRetry={() => void article.reload()} />
      ) : article.data ? (
        <Article article={article.data} signedIn={signedIn} />
      ) : (
        <LoadingState />
      )}
    </PageShell>
  )
}
