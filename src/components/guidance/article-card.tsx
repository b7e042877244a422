import '../../i18n/zh-cn-pages/guidance'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ArticleSummary } from '../../domain/guidance/guidance-schema'
import { currentLocale, t } from '../../i18n/translate'
import { Badge } from '../shared/badge'
import { ageRangeText } from './guidance-format'

function articleUrl(slug: string): string {
  return `/pages/guidance/article/index?slug=${encodeURIComponent(slug)}`
}

/** One article in a list: title, summary, who it is for and its topics; tapping opens it. */
export function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <View className='article-card' data-testid='article-card' data-slug={article.slug} onClick={() => void Taro.navigateTo({ url: articleUrl(article.slug) })}>
      <View className='article-card__head'>
        <Text className='article-card__title'>{article.title}</Text>
        {article.read ? <Badge label={t('guidance.article.read')} tone='neutral' /> : null}
      </View>
      <Text className='article-card__summary'>{article.summary}</Text>
      <View className='article-card__tags'>
        <Badge label={ageRangeText(article.ageFromMonths, article.ageToMonths)} tone='info' />
        {article.language === currentLocale() ? null : <Badge label={t('guidance.article.chineseOnlyBadge')} tone='neutral' testId='chinese-only-badge' />}
        {article.domains.map((domain) => (
          <Badge key={domain} label={t(`guidance.domain.${domain}`)} tone='primary' />
        ))}
      </View>
    </View>
  )
}
