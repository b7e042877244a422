import { Text, View } from '@tarojs/components'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import type { Region } from '../../domain/regions/region-schema'
import { t } from '../../i18n/translate'
import type { Fee } from '../../domain/finder/institution-schema'
import { formatDate, formatMoney } from '../../services/display-format'
import { feeHistory, feeLines } from '../../services/institution-facts'
import { SectionCard } from '../shared/section-card'
import './detail-tables.scss'

const feeName = (fee: Fee): string => `${t(`labels.serviceType.${fee.serviceType}`)} · ${t(`labels.ageBand.${fee.ageBand}`)}`
const feePrice = (fee: Fee): string => `${formatMoney(fee.amountFen)}${t(`labels.feeUnit.${fee.unit}`)}`

/** Prices published to start later, then those replaced: a family sees what is coming and what it paid before. */
function FeeHistory({ detail, today }: { detail: InstitutionDetail; today: string }) {
  const { past, upcoming } = feeHistory(detail, today)
  if (past.length === 0 && upcoming.length === 0) return null
  return (
    <View className='detail-table__notes' data-testid='fee-history'>
      {upcoming.map((fee) => (
        <Text key={`up-${fee.serviceType}-${fee.ageBand}-${fee.unit}-${fee.effectiveFrom ?? ''}`} className='detail-table__note' data-testid='fee-upcoming'>
          {t('institution.feeUpcoming', { item: feeName(fee), price: feePrice(fee), date: formatDate(fee.effectiveFrom ?? today) })}
        </Text>
      ))}
      {past.map(({ fee, from, until }) => (
        <Text key={`past-${fee.serviceType}-${fee.ageBand}-${fee.unit}-${from ?? ''}`} className='detail-table__note' data-testid='fee-past'>
          {from === null
            ? t('institution.feePastUntil', { item: feeName(fee), price: feePrice(fee), until: formatDate(until ?? today) })
            : t('institution.feePast', { item: feeName(fee), price: feePrice(fee), from: formatDate(from), until: formatDate(until ?? today) })}
        </Text>
      ))}
    </View>
  )
}

/**
 * Fees in effect today by service type and age band, and for monthly care what the family pays once the national 育儿补贴
 * is spread over the year. The note under the table gives the arithmetic, so every figure can be checked.
 */
export function FeesSection({ detail, region, today }: { detail: InstitutionDetail; region: Region | null; today: string }) {
  const lines = feeLines(detail, region, today)
  const national = region?.policy.nationalChildcareSubsidyFenPerYear ?? null
  return (
    <SectionCard title={t('institution.feesTitle')} testId='fees-section'>
      {lines.length === 0 ? (
        <Text className='detail-table__empty'>{t('institution.noFees')}</Text>
      ) : (
        <View className='detail-table' data-testid='fees-table'>
          <View className='detail-table__row detail-table__row--head'>
            <Text className='detail-table__cell detail-table__cell--wide'>{t('institution.feeItem')}</Text>
            <Text className='detail-table__cell detail-table__cell--figure'>{t('institution.feeAmount')}</Text>
            <Text className='detail-table__cell detail-table__cell--figure'>{t('institution.feeAfterSubsidy')}</Text>
          </View>
          {lines.map(({ fee, afterSubsidyFen }) => (
            <View key={`${fee.serviceType}-${fee.ageBand}-${fee.unit}`} className='detail-table__row' data-testid='fee-row' data-service={fee.serviceType} data-band={fee.ageBand}>
              <View className='detail-table__cell detail-table__cell--wide'>
                <Text className='detail-table__strong'>{t(`labels.serviceType.${fee.serviceType}`)}</Text>
                <Text className='detail-table__sub'>
                  {t(`labels.ageBand.${fee.ageBand}`)} · {fee.includesMeals ? t('institution.includesMeals') : t('institution.excludesMeals')}
                </Text>
              </View>
              <Text className='detail-table__cell detail-table__cell--figure' data-testid='fee-amount'>
                {formatMoney(fee.amountFen)}
                {t(`labels.feeUnit.${fee.unit}`)}
              </Text>
              <Text className='detail-table__cell detail-table__cell--figure detail-table__strong' data-testid='fee-after-subsidy'>
                {afterSubsidyFen === null ? t('institution.notApplicable') : formatMoney(afterSubsidyFen)}
              </Text>
            </View>
          ))}
        </View>
      )}
      <FeeHistory detail={detail} today={today} />
      {region && national !== null ? (
        <View className='detail-table__notes'>
          <Text className='detail-table__note' data-testid='subsidy-note'>
            {t('institution.subsidyNote', { annual: formatMoney(national), monthly: formatMoney(Math.round(national / 12)) })}
          </Text>
          {region.policy.localSubsidies.map((s) => (
            <Text key={s.name} className='detail-table__note'>
              {t('institution.localSubsidyNote', { name: s.name, annual: formatMoney(s.annualFen), conditions: s.conditions })}
            </Text>
          ))}
        </View>
      ) : (
        <Text className='detail-table__note'>{t('institution.subsidyUnavailable')}</Text>
      )}
    </SectionCard>
  )
}
