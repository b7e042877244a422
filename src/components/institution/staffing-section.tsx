import { Text, View } from '@tarojs/components'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { t } from '../../i18n/translate'
import { formatDate } from '../../services/display-format'
import { classLines } from '../../services/institution-facts'
import { FactRow, SectionCard } from '../shared/section-card'
import './detail-tables.scss'

/** Staff counts, then each class against the legal children-per-carer ratio and class-size limit. */
export function StaffingSection({ detail }: { detail: InstitutionDetail }) {
  const { staff } = detail
  const lines = classLines(detail)
  return (
    <SectionCard title={t('institution.staffingTitle')} testId='staffing-section' aside={t('institution.staffReported', { date: formatDate(staff.reportedOn) })}>
      <FactRow label={t('institution.staffTotal')} value={t('institution.people', { count: staff.total })} />
      <FactRow label={t('institution.staffCaregivers', { certified: staff.certifiedCaregivers })} value={t('institution.people', { count: staff.caregivers })} />
      <FactRow label={t('institution.staffHealth')} value={t('institution.people', { count: staff.healthStaff })} />
      <FactRow label={t('institution.staffSecurity')} value={t('institution.people', { count: staff.securityStaff })} />
      {lines.length === 0 ? <Text className='detail-table__empty'>{t('institution.noClasses')}</Text> : null}
      {lines.map((line) => (
        <View
          key={line.classId}
          className={`detail-table__row ${line.meetsRatio && line.withinSizeLimit ? '' : 'detail-table__row--flagged'}`}
          data-testid='class-row'
          data-meets-ratio={line.meetsRatio ? 'true' : 'false'}
        >
          <View className='detail-table__cell detail-table__cell--wide'>
            <Text className='detail-table__strong'>{line.name}</Text>
            <Text className='detail-table__sub'>
              {line.name.includes(t(`labels.ageBand.${line.ageBand}`))
                ? t('institution.classSize', { enrolled: line.enrolled, capacity: line.capacity })
                : t('institution.classLine', { band: t(`labels.ageBand.${line.ageBand}`), enrolled: line.enrolled, capacity: line.capacity })}
            </Text>
            <Text className='detail-table__sub'>
              {t('institution.classCarers', { caregivers: line.caregivers, ratio: line.childrenPerCarer, required: line.requiredCaregivers })}
            </Text>
          </View>
          <View className='detail-table__cell'>
            {line.meetsRatio ? (
              <Text className='detail-table__ok'>{t('institution.classMeets')}</Text>
            ) : (
              <Text className='detail-table__flag' data-testid='class-below-ratio'>
                {t('institution.classBelow')}
              </Text>
            )}
            {line.withinSizeLimit ? null : <Text className='detail-table__flag'>{t('institution.classOversize')}</Text>}
          </View>
        </View>
      ))}
    </SectionCard>
  )
}
