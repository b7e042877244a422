import '../../i18n/zh-cn-pages/guidance'
import { ScrollView, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { SignInGate } from '../../components/bookings/sign-in-gate'
import { useQuery } from '../../components/shared/queries'
import { ArticleCard } from '../../components/guidance/article-card'
import { ClassSessionCard } from '../../components/guidance/class-session-card'
import { RegionChips } from '../../components/guidance/region-chips'
import { useGuidanceRegion } from '../../components/guidance/use-guidance-region'
import { PageShell } from '../../components/layout/page-shell'
import { ActionButton } from '../../components/shared/action-button'
import { Chip } from '../../components/shared/chip'
import { ReadAloud } from '../../components/shared/read-aloud'
import { SectionCard } from '../../components/shared/section-card'
import { EmptyState, ErrorState, LoadingState } from '../../components/shared/state-views'
import { DEVELOPMENT_DOMAINS } from '../../domain/guidance/article-schema'
import type { ThisMonth } from '../../domain/guidance/guidance-schema'
import type { Child } from '../../domain/family/child-schema'
import { currentLocale, t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import '../../components/guidance/guidance.scss'
import './index.scss'

function Month({ month, regionName }: { month: ThisMonth; regionName: string }) {
  return (
    <View data-testid='this-month' data-age={month.child.ageMonths}>
      <View className='month-page__header'>
        <Text className='month-page__child'>{t('guidance.thisMonth.ageLine', { nickname: month.child.nickname, months: month.child.ageMonths })}</Text>
        <Text className='guidance-hint'>{t('guidance.thisMonth.checkupHint')}</Text>
      </View>

      <SectionCard title={t('guidance.thisMonth.bandTitle', { from: month.fromMonths, to: month.toMonths })} testId='milestones'>
        <Text className='guidance-hint'>{t('guidance.thisMonth.bandHint')}</Text>
        <ReadAloud text={month.milestones.map((m) => t(`guidance.milestone.${m.id}`)).join('\n')} locale={currentLocale()} />
        {DEVELOPMENT_DOMAINS.map((domain) => {
          const items = month.milestones.filter((m) => m.domain === domain)
          if (items.length === 0) return null
          return (
            <View key={domain} className='month-page__domain' data-testid={`milestones-${domain}`}>
              <Text className='month-page__domain-name'>{t(`guidance.domain.${domain}`)}</Text>
              {items.map((milestone) => (
                <View key={milestone.id} className='milestone' data-testid='milestone'>
                  <Text className='milestone__text'>{t(`guidance.milestone.${milestone.id}`)}</Text>
                  {milestone.latestMonths !== null ? (
                    <Text className='milestone__advice'>{t('guidance.latestMonthsAdvice', { months: milestone.latestMonths })}</Text>
                  ) : null}
                </View>
              ))}
            </View>
          )
        })}
      </SectionCard>

      {month.warningSigns ? (
        <SectionCard title={t('guidance.thisMonth.warningTitle', { months: month.warningSigns.atMonths })} testId='warning-signs'>
          <Text className='guidance-notice month-page__advice'>{t('guidance.warningAdvice', { months: month.warningSigns.atMonths })}</Text>
          {month.warningSigns.signIds.map((id) => (
            <Text key={id} className='warning-sign' data-testid='warning-sign'>
              · {t(`guidance.warningSign.${id}`)}
            </Text>
          ))}
        </SectionCard>
      ) : null}

      {month.nextWarningSigns ? (
        <SectionCard title={t('guidance.thisMonth.nextWarningTitle', { months: month.nextWarningSigns.atMonths })} testId='next-warning-signs'>
          <Text className='guidance-hint'>{t('guidance.nextWarningAdvice', { months: month.nextWarningSigns.atMonths })}</Text>
          {month.nextWarningSigns.signIds.map((id) => (
            <Text key={id} className='warning-sign'>
              · {t(`guidance.warningSign.${id}`)}
            </Text>
          ))}
        </SectionCard>
      ) : null}

      <Text className='month-page__heading'>{t('guidance.thisMonth.articlesTitle')}</Text>
      <View data-testid='month-articles'>
        {month.articles.map((article) => (
          <ArticleCard key={article.slug} article={article} />
        ))}
      </View>

      <Text className='month-page__heading'>{t('guidance.thisMonth.classesTitle')}</Text>
      <Text className='guidance-hint month-page__none' data-testid='month-classes-region'>
        {t('guidance.thisMonth.classesRegion', { name: regionName })}
      </Text>
      <View data-testid='month-classes'>
        {month.classes.length === 0 ? <Text className='guidance-hint month-page__none'>{t('guidance.thisMonth.noClasses')}</Text> : null}
        {month.classes.map((session) => (
          <ClassSessionCard key={session.slot.id} session={session} />
        ))}
      </View>
      <View className='month-page__more'>
        <ActionButton
          label={t('guidance.thisMonth.moreClasses')}
          variant='secondary'
          testId='more-classes'
          onClick={() => void Taro.navigateTo({ url: `/pages/guidance/classes/index?ageMonths=${month.child.ageMonths}` })}
        />
      </View>
    </View>
  )
}

function ChildMonth({ child, regionCode, regionName }: { child: Child; regionCode: string; regionName: string }) {
  const month = useQuery(`month:${child.id}:${regionCode}`, () => call('guidance', 'thisMonth', { childId: child.id, regionCode }))
  if (month.error) return <ErrorState title={t('guidance.thisMonth.title')} message={month.error.message} onRetry={() => void month.reload()} />
  if (!month.data) return <LoadingState />
  return <Month month={month.data} regionName={regionName} />
}

function Family({ preferredChildId }: { preferredChildId: string | null }) {
  const children = useQuery('guidance-children', () => call('family', 'listChildren', {}))
  const region = useGuidanceRegion()
  const [chosen, setChosen] = useState<string | null>(preferredChildId)
  if (children.error) return <ErrorState title={t('guidance.thisMonth.title')} message={children.error.message} onRetry={() => void children.reload()} />
  if (region.failed && !region.regionCode) return <ErrorState title={t('guidance.thisMonth.title')} message={t('errors.NETWORK')} onRetry={() => region.retry()} />
  if (!children.data || !region.regionCode) return <LoadingState />
  const list = children.data.children
  if (list.length === 0) {
    return (
      <EmptyState title={t('guidance.thisMonth.empty')} hint={t('guidance.thisMonth.emptyHint')}>
        <ActionButton label={t('guidance.thisMonth.addChild')} onClick={() => void Taro.navigateTo({ url: '/pages/children/index' })} testId='add-child-for-month' />
      </EmptyState>
    )
  }
  const child = list.find((c) => c.id === chosen) ?? list[0]
  if (!child) return null
  return (
    <View>
      {list.length > 1 ? (
        <ScrollView scrollX className='guidance-chips' data-testid='child-chips'>
          <View>
            {list.map((c) => (
              <Chip key={c.id} label={c.nickname} selected={c.id === child.id} onClick={() => setChosen(c.id)} testId={`child-${c.id}`} />
            ))}
          </View>
        </ScrollView>
      ) : null}
      {/* Classes are local: the family sees, and may change, the region they come from. */}
      <RegionChips region={region} />
      <ChildMonth key={child.id} child={child} regionCode={region.regionCode} regionName={region.regions.find((r) => r.code === region.regionCode)?.name ?? ''} />
    </View>
  )
}

export default function ThisMonthPage() {
  const { params } = useRouter()
  return (
    <PageShell className='month-page'>
      <SignInGate role='parent' purpose='month'>
        <Family preferredChildId={typeof params.childId === 'string' ? params.childId : null} />
      </SignInGate>
    </PageShell>
  )
}
