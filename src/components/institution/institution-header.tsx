import { Text, View } from '@tarojs/components'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { latestEvaluation } from '../../domain/finder/evaluation-rules'
import { VACANCY_FRESH_DAYS } from '../../domain/finder/staleness-rules'
import { t } from '../../i18n/translate'
import { placeLine } from '../../services/display-format'
import { freshPlaces } from '../../services/institution-facts'
import { Badge } from '../shared/badge'
import './institution-header.scss'

/**
 * Name, badges and what each badge means (a grandparent should not have to guess what 普惠 or B级 says),
 * the filing number that makes it trustworthy, and where it is.
 */
export function InstitutionHeader({ detail, today }: { detail: InstitutionDetail; today: string }) {
  const latest = latestEvaluation(detail.evaluations)
  const places = freshPlaces(detail, today)
  const legend = [
    detail.isAffordable ? t('institution.badgeLegendAffordable') : null,
    detail.isDemonstration ? t('institution.badgeLegendDemonstration') : null,
    latest ? t('institution.badgeLegendGrade') : null,
    places > 0 ? t('institution.badgeLegendVacancy', { days: VACANCY_FRESH_DAYS }) : null
  ].filter((line): line is string => line !== null)
  return (
    <View className='institution-header'>
      <Text className='institution-header__name' data-testid='detail-name'>
        {detail.name}
      </Text>
      <View className='institution-header__badges'>
        {detail.isAffordable ? <Badge label={t('finder.affordableBadge')} tone='primary' /> : null}
        {detail.isDemonstration ? <Badge label={t('finder.demonstrationBadge')} tone='info' /> : null}
        {latest ? (
          <Badge label={t('finder.gradeBadge', { grade: latest.grade })} tone={latest.grade === 'D' ? 'danger' : 'accent'} testId='detail-latest-grade' />
        ) : (
          <Badge label={t('finder.notEvaluated')} tone='neutral' testId='detail-latest-grade' />
        )}
        {places > 0 ? <Badge label={t('finder.vacancyBadge')} tone='primary' /> : null}
        <Badge label={t(`labels.operatorKind.${detail.operatorKind}`)} tone='neutral' />
      </View>
      {legend.length > 0 ? (
        <View className='institution-header__legend' data-testid='badge-legend'>
          {legend.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </View>
      ) : null}
      <Text className='institution-header__filed' data-testid='detail-filed'>
        {t('institution.filedLine', { number: detail.filing.number })}
      </Text>
      <Text className='institution-header__address'>
        {placeLine(detail.districtName, detail.address)}
      </Text>
      {detail.intro ? <Text className='institution-header__intro'>{detail.intro}</Text> : null}
    </View>
  )
}
