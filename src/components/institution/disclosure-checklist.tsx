import { Text, View } from '@tarojs/components'
import { DISCLOSURE_SECTIONS } from '../../domain/finder/finder-enums'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { t } from '../../i18n/translate'
import { formatDate } from '../../services/display-format'
import { countByStatus, disclosureChecklist } from '../../services/institution-facts'
import { SectionCard } from '../shared/section-card'
import { InstitutionPhoto } from './premises-photos'
import './disclosure-checklist.scss'

/**
 * What the institution must publish, item by item. Walking the full checklist (not just what was published)
 * is the point: a parent sees 未公示 where something is missing instead of never noticing it.
 */
export function DisclosureChecklist({ detail, today }: { detail: InstitutionDetail; today: string }) {
  const entries = disclosureChecklist(detail, today)
  const counts = countByStatus(entries)
  return (
    <SectionCard title={t('institution.disclosureTitle')} testId='disclosure-checklist' aside={t('institution.disclosureSummary', counts)}>
      {DISCLOSURE_SECTIONS.map((section) => (
        <View key={section} className='disclosure-checklist__section' data-testid={`disclosure-section-${section}`}>
          <Text className='disclosure-checklist__section-title'>{t(`labels.disclosureSection.${section}`)}</Text>
          {entries
            .filter((e) => e.section === section)
            .map((entry) => (
              <View
                key={entry.key}
                className={`disclosure-checklist__item disclosure-checklist__item--${entry.status}`}
                data-testid={`disclosure-${entry.key}`}
                data-status={entry.status}
              >
                <View className='disclosure-checklist__head'>
                  <Text className='disclosure-checklist__name'>{t(`labels.disclosureItem.${entry.key}`)}</Text>
                  {entry.status === 'missing' ? <Text className='disclosure-checklist__flag'>{t('institution.disclosureMissing')}</Text> : null}
                  {entry.status === 'stale' ? <Text className='disclosure-checklist__warn'>{t('institution.disclosureStale')}</Text> : null}
                </View>
                {entry.item ? (
                  <>
                    <Text className='disclosure-checklist__value'>{entry.item.value}</Text>
                    <Text className='disclosure-checklist__meta'>
                      {t('institution.disclosureMeta', { date: formatDate(entry.item.updatedOn), source: entry.item.source })}
                    </Text>
                    {entry.item.photoId ? (
                      // The photo of the notice or certificate lets a parent check the statement against its source.
                      <View className='disclosure-checklist__photo' data-testid='disclosure-photo'>
                        <InstitutionPhoto institutionId={detail.id} photoId={entry.item.photoId} />
                      </View>
                    ) : null}
                  </>
                ) : null}
              </View>
            ))}
        </View>
      ))}
    </SectionCard>
  )
}
