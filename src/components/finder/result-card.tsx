import { Text, View } from '@tarojs/components'
import type { InstitutionSummary } from '../../domain/finder/institution-schema'
import { monthlyCostAfterSubsidies } from '../../domain/finder/subsidy-rules'
import type { Region } from '../../domain/regions/region-schema'
import { t } from '../../i18n/translate'
import { formatDistance, formatMoney, placeLine } from '../../services/display-format'
import { universalSubsidies } from '../../services/institution-facts'
import { Badge } from '../shared/badge'
import './result-card.scss'

/**
 * One institution in the result list: what a parent scans before deciding to open it. With the region's
 * policy at hand the fee also reads after the national 育儿补贴, the figure a family actually pays.
 */
export function ResultCard({ item, region, onOpen }: { item: InstitutionSummary; region: Region | null; onOpen(id: string): void }) {
  return (
    <View className='result-card' data-testid='result-card' data-id={item.id} hoverClass='result-card--pressed' onClick={() => onOpen(item.id)}>
      <View className='result-card__top'>
        <Text className='result-card__name'>{item.name}</Text>
        <Text className='result-card__distance' data-testid='result-distance' data-metres={item.distanceM}>
          {formatDistance(item.distanceM)}
        </Text>
      </View>
      <Text className='result-card__address'>
        {placeLine(item.districtName, item.address)}
      </Text>
      <View className='result-card__badges'>
        {item.isAffordable ? <Badge label={t('finder.affordableBadge')} tone='primary' testId='badge-affordable' /> : null}
        {item.isDemonstration ? <Badge label={t('finder.demonstrationBadge')} tone='info' testId='badge-demonstration' /> : null}
        {item.latestGrade ? (
          <Badge label={t('finder.gradeBadge', { grade: item.latestGrade })} tone={item.latestGrade === 'D' ? 'danger' : 'accent'} testId='badge-grade' />
        ) : (
          <Badge label={t('finder.notEvaluated')} tone='neutral' testId='badge-grade' />
        )}
        {item.hasVacancy ? <Badge label={t('finder.vacancyBadge')} tone='primary' testId='badge-vacancy' /> : null}
        <Badge label={t(`labels.operatorKind.${item.operatorKind}`)} tone='neutral' />
      </View>
      <View className='result-card__bottom'>
        <Text className='result-card__services'>{item.serviceTypes.map((s) => t(`labels.serviceType.${s}`)).join(' · ')}</Text>
        <View className='result-card__fees'>
          <Text className='result-card__fee' data-testid='result-fee'>
            {item.fee === null ? t('finder.feeUnknown') : t('finder.feeFrom', { money: formatMoney(item.fee.amountFen), unit: t(`labels.feeUnit.${item.fee.unit}`) })}
          </Text>
          {item.monthlyFeeFen !== null && region ? (
            <Text className='result-card__after-subsidy' data-testid='result-fee-after-subsidy'>
              {t('finder.monthlyAfterSubsidy', { money: formatMoney(monthlyCostAfterSubsidies(item.monthlyFeeFen, universalSubsidies(region))) })}
            </Text>
          ) : null}
        </View>
      </View>
    </View>
  )
}
