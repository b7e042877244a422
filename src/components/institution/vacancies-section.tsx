import { Text, View } from '@tarojs/components'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { VACANCY_FRESH_DAYS } from '../../domain/finder/staleness-rules'
import { t } from '../../i18n/translate'
import { formatDate } from '../../services/display-format'
import { vacancyLines } from '../../services/institution-facts'
import { SectionCard } from '../shared/section-card'
import './detail-tables.scss'

/** Free places with the date each was reported; an old report is shown but flagged, since places fill fast. */
export function VacanciesSection({ detail, today }: { detail: InstitutionDetail; today: string }) {
  const lines = vacancyLines(detail, today)
  return (
    <SectionCard title={t('institution.vacanciesTitle')} testId='vacancies-section'>
      {lines.length === 0 ? <Text className='detail-table__empty'>{t('institution.noVacancies')}</Text> : null}
      {lines.map(({ vacancy, stale }) => (
        <View
          key={`${vacancy.serviceType}-${vacancy.ageBand}-${vacancy.reportedOn}`}
          className={`detail-table__row ${stale ? 'detail-table__row--stale' : ''}`}
          data-testid='vacancy-row'
          data-stale={stale ? 'true' : 'false'}
        >
          <View className='detail-table__cell detail-table__cell--wide'>
            <Text className='detail-table__strong'>
              {t(`labels.serviceType.${vacancy.serviceType}`)} · {t(`labels.ageBand.${vacancy.ageBand}`)}
            </Text>
            <Text className='detail-table__sub'>{t('institution.vacancyReported', { date: formatDate(vacancy.reportedOn) })}</Text>
            {stale ? (
              <Text className='detail-table__warn' data-testid='vacancy-stale'>
                {t('institution.vacancyStale', { days: VACANCY_FRESH_DAYS })}
              </Text>
            ) : null}
          </View>
          <Text className='detail-table__cell detail-table__strong'>
            {vacancy.places > 0 ? t('institution.vacancyPlaces', { places: vacancy.places }) : t('institution.vacancyFull')}
          </Text>
        </View>
      ))}
    </SectionCard>
  )
}
