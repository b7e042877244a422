import '../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { formatInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { formatDate } from '../../services/display-format'
import { Badge } from '../shared/badge'
import { SectionCard } from '../shared/section-card'
import './detail-tables.scss'
import './registry-sections.scss'

/**
 * What the regulator has published beyond grades and enforcement: where the filing stands (a page reached by
 * an old link says plainly that it was suspended or revoked, and since when), inspections, open 整改 items with
 * their due dates, and the public 变更记录 with the department that made each change.
 */
export function StandingNotice({ detail }: { detail: InstitutionDetail }) {
  const { standing } = detail
  if (standing.status !== 'active') {
    return (
      <View className='standing-notice standing-notice--danger' data-testid='standing-notice'>
        <Text>{t(`registry.standing.${standing.status}`, { date: standing.since ? formatDate(standing.since) : '', reason: standing.reason ?? '' })}</Text>
      </View>
    )
  }
  if (!detail.located) {
    return (
      <View className='standing-notice' data-testid='standing-notice'>
        <Text>{t('registry.standing.unlocated')}</Text>
      </View>
    )
  }
  return null
}

export function OversightSection({ detail }: { detail: InstitutionDetail }) {
  const open = detail.rectifications.filter((r) => r.closedOn === null).sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1))
  const closed = detail.rectifications.filter((r) => r.closedOn !== null)
  if (detail.inspections.length === 0 && detail.rectifications.length === 0) return null
  const nextDue = detail.inspections.map((i) => i.nextDueOn).filter((d): d is string => d !== null).sort()[0]
  return (
    <SectionCard title={t('registry.inspectionsTitle')} testId='oversight-section'>
      {nextDue ? <Text className='detail-table__sub'>{t('registry.nextInspection', { date: formatDate(nextDue) })}</Text> : null}
      {detail.inspections.map((inspection) => (
        <View key={inspection.id} className='detail-table__row' data-testid='inspection-record'>
          <View className='detail-table__cell detail-table__cell--wide'>
            <Text className='detail-table__strong'>
              {t('registry.inspectionLine', {
                date: formatDate(inspection.inspectedOn),
                kind: t(`registry.inspectionKind.${inspection.kind}`),
                department: inspection.department,
                result: t(`registry.inspectionResult.${inspection.result}`)
              })}
            </Text>
            {inspection.findings ? <Text>{inspection.findings}</Text> : null}
          </View>
        </View>
      ))}
      {open.map((item) => (
        <View key={item.id} className='detail-table__row' data-testid='rectification-open'>
          <Badge label={t('registry.rectificationDue', { item: item.item, due: formatDate(item.dueOn) })} tone='danger' />
        </View>
      ))}
      {closed.map((item) => (
        <View key={item.id} className='detail-table__row'>
          <Text className='detail-table__sub'>{t('registry.rectificationClosed', { item: item.item, date: formatDate(item.closedOn ?? '') })}</Text>
        </View>
      ))}
    </SectionCard>
  )
}

/** The newest changes first; the field names of a details change say what changed. */
export function ChangeLogSection({ detail }: { detail: InstitutionDetail }) {
  if (detail.changes.length === 0) return null
  return (
    <SectionCard title={t('registry.changesTitle')} testId='change-log'>
      {detail.changes.slice(0, 20).map((change, i) => {
        const fields = change.fields.map((f) => t(`registry.field.${f}`)).join('、')
        const what = t(`registry.changeKind.${change.kind}`) + (fields ? `（${fields}）` : '')
        return (
          <View key={`${change.at}-${i}`} className='detail-table__row' data-testid='change-line'>
            <Text>{t('registry.changeLine', { date: formatInChina(change.at, 'YYYY-MM-DD'), actor: change.actor, what })}</Text>
          </View>
        )
      })}
    </SectionCard>
  )
}
