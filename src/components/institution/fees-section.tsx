import { Text, View } from '@tarojs/components'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import type { Region } from '../../domain/regions/region-schema'
import { t } from '../../i18n/translate'
import { formatMoney } from '../../services/display-format'
import { feeLines } from '../../services/institution-facts'
import { SectionCard } from '../shared/section-card'
import './detail-tables.scss'

/**
 * Fees by service type and age band, and for monthly care what the family pays once the national 育儿补贴
 * is spread over the year. The note under the table gives the arithmetic, so every figure can be checked.
 */
export function FeesSection({ detail, region }: { detail: InstitutionDetail; region: Region | null }) {
  const lines = feeLines(detail, region)
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
            <View key={`${fee.serviceType}-${fee.ageBand}`} className='detail-table__row' data-testid='fee-row' data-service={fee.serviceType} data-band={fee.ageBand}>
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
