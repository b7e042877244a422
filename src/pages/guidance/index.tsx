import '../../i18n/zh-cn-pages/guidance'
import { Input, ScrollView, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { usePagedQuery } from '../../components/shared/queries'
import { ArticleCard } from '../../components/guidance/article-card'
import { AGE_CHIPS } from '../../components/guidance/guidance-format'
import { PageShell } from '../../components/layout/page-shell'
import { ActionButton } from '../../components/shared/action-button'
import { Chip } from '../../components/shared/chip'
import { EmptyState, ErrorState, LoadingState } from '../../components/shared/state-views'
import { GUIDANCE_DOMAINS, type GuidanceDomain } from '../../domain/guidance/article-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import '../../components/guidance/guidance.scss'
import './index.scss'

const PAGE_SIZE = 20

const ENTRIES = [
  { key: 'thisMonth', url: '/pages/this-month/index' },
  { key: 'classes', url: '/pages/guidance/classes/index' },
  { key: 'policy', url: '/pages/policy/index' },
  { key: 'nursingRooms', url: '/pages/guidance/nursing-rooms/index' },
  { key: 'bookmarks', url: '/pages/guidance/bookmarks/index' }
] as const

interface Filters {
  q: string
  ageKey: string | null
  domain: GuidanceDomain | null
}

function useArticleSearch(filters: Filters) {
  const range = AGE_CHIPS.find((chip) => chip.key === filters.ageKey)?.range
  const pages = usePagedQuery(
    `articles:${filters.q}:${filters.ageKey ?? ''}:${filters.domain ?? ''}`,
    (offset: number | null) =>
      call('guidance', 'articles', {
        ...(filters.q ? { q: filters.q } : {}),
        ...(range ? { ageRange: range } : {}),
        ...(filters.domain ? { domain: filters.domain } : {}),
        offset: offset ?? 0,
        limit: PAGE_SIZE
      }),
    (last, loaded) => {
      const shown = loaded.reduce((n, page) => n + page.articles.length, 0)
      return shown < last.total ? shown : null
    }
  )
  const articles = pages.data?.flatMap((page) => page.articles) ?? []
  return {
    articles,
    total: pages.data?.at(-1)?.total ?? 0,
    loading: pages.loading || pages.loadingMore,
    error: pages.error ?? pages.loadMoreError,
    reload: pages.reload,
    more: pages.loadMore
  }
}

export default function GuidancePage() {
  const [draft, setDraft] = useState('')
  const [filters, setFilters] = useState<Filters>({ q: '', ageKey: null, domain: null })
  const search = useArticleSearch(filters)
  const filtered = filters.q !== '' || filters.ageKey !== null || filters.domain !== null

  return (
    <PageShell className='guidance-page'>
      <View className='guidance-entries'>
        {ENTRIES.map((entry) => (
          <View key={entry.key} className='guidance-entry' data-testid={`entry-${entry.key}`} onClick={() => void Taro.navigateTo({ url: entry.url })}>
            <Text className='guidance-entry__name'>{t(`guidance.entry.${entry.key}`)}</Text>
            <Text className='guidance-entry__hint'>{t(`guidance.entry.${entry.key}Hint`)}</Text>
          </View>
        ))}
      </View>

      <View className='guidance-search'>
        <Input
          value={draft}
          placeholder={t('guidance.library.searchPlaceholder')}
          maxlength={40}
          confirmType='search'
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={() => setFilters({ ...filters, q: draft.trim() })}
          data-testid='guidance-search'
        />
        <ActionButton label={t('guidance.library.search')} onClick={() => setFilters({ ...filters, q: draft.trim() })} testId='guidance-search-go' />
      </View>

      <ScrollView scrollX className='guidance-chips' data-testid='age-chips'>
        <View>
          <Chip label={t('guidance.library.allAges')} selected={filters.ageKey === null} onClick={() => setFilters({ ...filters, ageKey: null })} testId='age-all' />
          {AGE_CHIPS.map((chip) => (
            <Chip key={chip.key} label={chip.label} selected={filters.ageKey === chip.key} onClick={() => setFilters({ ...filters, ageKey: chip.key })} testId={`age-${chip.key}`} />
          ))}
        </View>
      </ScrollView>
      <ScrollView scrollX className='guidance-chips' data-testid='domain-chips'>
        <View>
          <Chip label={t('guidance.library.allDomains')} selected={filters.domain === null} onClick={() => setFilters({ ...filters, domain: null })} testId='domain-all' />
          {GUIDANCE_DOMAINS.map((domain) => (
            <Chip key={domain} label={t(`guidance.domain.${domain}`)} selected={filters.domain === domain} onClick={() => setFilters({ ...filters, domain })} testId={`domain-${domain}`} />
          ))}
        </View>
      </ScrollView>

      {search.error && search.articles.length === 0 ? (
        <ErrorState title={t('guidance.library.loadFailed')} message={search.error.message} onRetry={() => void search.reload()} />
      ) : search.loading && search.articles.length === 0 ? (
        <LoadingState />
      ) : search.articles.length === 0 ? (
        <EmptyState title={t('guidance.library.empty')} hint={t('guidance.library.emptyHint')}>
          {filtered ? (
            <ActionButton
              label={t('guidance.library.clearFilters')}
              onClick={() => {
                setDraft('')
                setFilters({ q: '', ageKey: null, domain: null })
              }}
              testId='clear-filters'
            />
          ) : null}
        </EmptyState>
      ) : (
        <View data-testid='article-list'>
          <Text className='guidance-page__count'>{t('guidance.library.count', { total: search.total })}</Text>
          {search.articles.map((article) => (
            <ArticleCard key={article.slug} article={article} />
          ))}
          {search.articles.length < search.total ? (
            <View className='guidance-page__more'>
              <ActionButton label={t('guidance.library.loadMore')} variant='secondary' onClick={() => void search.more()} disabled={search.loading} testId='load-more' />
            </View>
          ) : null}
        </View>
      )}
    </PageShell>
  )
}
