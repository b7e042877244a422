import '../../i18n/zh-cn-pages/guidance'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useQuery } from '../../components/shared/queries'
import { RegionChips } from '../../components/guidance/region-chips'
import { useGuidanceRegion } from '../../components/guidance/use-guidance-region'
import { PageShell } from '../../components/layout/page-shell'
import { Badge } from '../../components/shared/badge'
import { FactRow, SectionCard } from '../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../components/shared/state-views'
import { guidanceAgeSchema } from '../../domain/guidance/guidance-schema'
import { careCostPerMonth } from '../../domain/policy/policy-guide-rules'
import { POLICY_TOPICS, type FamilySubsidy, type PolicyGuide } from '../../domain/policy/policy-guide-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { formatDate, formatMoney } from '../../services/display-format'
import '../../components/guidance/guidance.scss'
import './index.scss'

const MAX_MONTHLY_FEE_YUAN = 100_000

/** "What does care cost us per month": the fee a family types, less the subsidies their child qualifies for. */
function CostCalculator({ subsidies }: { subsidies: readonly FamilySubsidy[] }) {
  const [fee, setFee] = useState('')
  const [age, setAge] = useState('')
  const feeYuan = Number(fee)
  const validFee = fee.trim() !== '' && Number.isFinite(feeYuan) && feeYuan > 0 && feeYuan <= MAX_MONTHLY_FEE_YUAN
  const parsedAge = guidanceAgeSchema.safeParse(Number(age))
  const childAge = age.trim() !== '' && parsedAge.success && parsedAge.data >= 0 ? parsedAge.data : null
  const cost = validFee ? careCostPerMonth(Math.round(feeYuan * 100), subsidies, childAge) : null
  return (
    <SectionCard title={t('guidance.policy.calculatorTitle')} testId='cost-calculator'>
      <View className='guidance-field'>
        <Text>{t('guidance.policy.feeLabel')}</Text>
        <Input type='digit' value={fee} placeholder={t('guidance.policy.feePlaceholder')} onInput={(e) => setFee(e.detail.value)} data-testid='fee-input' />
      </View>
      <View className='guidance-field'>
        <Text>{t('guidance.policy.ageLabel')}</Text>
        <Input type='number' value={age} placeholder={t('guidance.policy.agePlaceholder')} onInput={(e) => setAge(e.detail.value)} data-testid='age-input' />
      </View>
      {cost ? (
        <View data-testid='cost-result'>
          <FactRow label={t('guidance.policy.fee')} value={formatMoney(cost.monthlyFeeFen)} />
          {cost.reliefs.map((relief) => (
            <FactRow key={relief.id} label={t('guidance.policy.relief', { name: relief.name })} value={`-${formatMoney(relief.monthlyFen)}`} />
          ))}
          {cost.reliefs.length === 0 ? <Text className='guidance-hint'>{t('guidance.policy.noRelief')}</Text> : null}
          <FactRow label={t('guidance.policy.afterSubsidies')} value={<Text className='policy-page__total' data-testid='cost-after'>{formatMoney(cost.monthlyAfterSubsidiesFen)}</Text>} />
        </View>
      ) : fee.trim() !== '' ? (
        <Text className='guidance-hint'>{t('guidance.policy.invalidFee')}</Text>
      ) : null}
      <Text className='guidance-hint'>{t('guidance.policy.calculatorNote')}</Text>
    </SectionCard>
  )
}

function Guide({ guide }: { guide: PolicyGuide }) {
  const topics = POLICY_TOPICS.filter((topic) => guide.lines.some((line) => line.topic === topic))
  const { title, number, issuer, year } = guide.sourceDocument
  return (
    <View data-testid='policy-guide' data-region={guide.region}>
      <View className='policy-page__intro'>
        <Text className='policy-page__region'>
          {guide.province} · {guide.regionName}
        </Text>
        <Text className='guidance-hint' data-testid='policy-basis'>
          {/* A draft's "number" is 征求意见稿, which its title already ends with: say it once. */}
          {title.includes(number) ? t('guidance.policy.basisNumberInTitle', { title, issuer, year }) : t('guidance.policy.basis', { title, number, issuer, year })}
        </Text>
        <Text className='guidance-hint'>{t('guidance.policy.reviewedOn', { date: formatDate(guide.reviewedOn) })}</Text>
      </View>
      {guide.regionPending ? (
        <SectionCard title={t('guidance.policy.pending')} testId='policy-pending'>
          <Text className='guidance-hint'>{t('guidance.policy.pendingHint')}</Text>
        </SectionCard>
      ) : null}
      <CostCalculator subsidies={guide.familySubsidies} />
      {topics.map((topic) => (
        <SectionCard key={topic} title={t(`guidance.policyTopic.${topic}`)} testId={`policy-topic-${topic}`}>
          {guide.lines
            .filter((line) => line.topic === topic)
            .map((line, index) => (
              <View key={index} className='policy-line' data-testid='policy-line' data-scope={line.scope}>
                <Badge label={line.scope === 'region' ? t('guidance.policy.local') : t('guidance.policy.national')} tone={line.scope === 'region' ? 'accent' : 'info'} />
                <Text className='policy-line__text'>{line.text}</Text>
                <Text className='policy-line__source' data-testid='policy-source'>
                  {line.source.clause
                    ? t('guidance.policy.sourceWithClause', { document: line.source.document, clause: line.source.clause })
                    : t('guidance.policy.source', { document: line.source.document })}
                </Text>
              </View>
            ))}
        </SectionCard>
      ))}
    </View>
  )
}

export default function PolicyPage() {
  const region = useGuidanceRegion()
  const code = region.regionCode
  const guide = useQuery(code ? `policy:${code}` : null, () => call('guidance', 'policyGuide', { regionCode: code ?? '' }))
  return (
    <PageShell className='policy-page'>
      <RegionChips region={region} />
      {region.failed && !code ? (
        <ErrorState title={t('guidance.policy.title')} message={t('errors.NETWORK')} onRetry={() => region.retry()} />
      ) : guide.error ? (
        <ErrorState title={t('guidance.policy.title')} message={guide.error.message} onRetry={() => void guide.reload()} />
      ) : guide.data ? (
        <Guide guide={guide.data} />
      ) : (
        <LoadingState />
      )}
    </PageShell>
  )
}
