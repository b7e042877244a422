import { Text, View } from '@tarojs/components'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { t } from '../../i18n/translate'
import { formatDate } from '../../services/display-format'
import { Badge } from '../shared/badge'
import { SectionCard } from '../shared/section-card'
import './detail-tables.scss'

export function EnforcementSection({ detail }: { detail: InstitutionDetail }) {
  const records = [...detail.enforcement].sort((a, b) => (a.decidedOn < b.decidedOn ? 1 : a.decidedOn > b.decidedOn ? -1 : 0))
  return (
    <SectionCard title={t('institution.enforcementTitle')} testId='enforcement-section'>
      {records.length === 0 ? <Text className='detail-table__empty'>{t('institution.noEnforcement')}</Text> : null}
      {records.map((record) => (
        <View key={record.id} className='detail-table__row' data-testid='enforcement-record'>
          <View className='detail-table__cell detail-table__cell--wide'>
            <Text className='detail-table__strong'>{t(`labels.enforcementKind.${record.kind}`)}</Text>
            <Text>{record.summary}</Text>
            <Text className='detail-table__sub'>
              {formatDate(record.decidedOn)} · {record.department}
            </Text>
          </View>
          <View className='detail-table__cell'>
            <Badge
              label={record.resolved ? t('institution.enforcementResolved') : t('institution.enforcementOpen')}
              tone={record.resolved ? 'neutral' : 'danger'}
            />
          </View>
        </View>
      ))}
    </SectionCard>
  )
}
