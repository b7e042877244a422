import '../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import type { ReviewView } from '../../domain/registry/registry-schema'
import { formatInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { formatMoney } from '../../services/display-format'
import { Badge } from '../shared/badge'
import { SectionCard } from '../shared/section-card'

/** What a change asks for, in one line: the prices from their day, or the classes by name and size. */
export function reviewSummary(review: ReviewView): string {
  const { change } = review
  if (change.kind === 'fees') {
    return t('registry.review.feesSummary', {
      date: change.effectiveFrom,
      fees: change.fees.map((f) => `${t(`labels.serviceType.${f.serviceType}`)}·${t(`labels.ageBand.${f.ageBand}`)} ${formatMoney(f.amountFen)}${t(`labels.feeUnit.${f.unit}`)}`).join('；')
    })
  }
  return t('registry.review.classesSummary', {
    classes: change.classes.map((c) => t('registry.review.classLine', { name: c.name, enrolled: c.enrolled, capacity: c.capacity, caregivers: c.caregivers })).join('；')
  })
}

/**
 * The institution's own requests that wait for the region's regulator or were turned down (with the reason):
 * a price or class change staff sent does not silently vanish while it is not yet on the page.
 */
export function ReviewRequests({ items, kind }: { items: readonly ReviewView[]; kind: ReviewView['change']['kind'] }) {
  const shown = items.filter((r) => r.change.kind === kind && r.status !== 'approved')
  if (shown.length === 0) return null
  return (
    <SectionCard title={t('registry.review.mineTitle')} testId='review-requests'>
      {shown.map((r) => (
        <View key={r.id} className='bookings-row' data-testid='review-request' data-status={r.status}>
          <View className='bookings-row__main'>
            <Text className='bookings-row__title'>{reviewSummary(r)}</Text>
            <Text className='bookings-row__meta'>{t('registry.review.requestedAt', { at: formatInChina(r.requestedAt, 'YYYY-MM-DD HH:mm') })}</Text>
            {r.status === 'rejected' && r.reason ? <Text className='bookings-row__meta' data-testid='review-reason'>{t('registry.review.reason', { reason: r.reason })}</Text> : null}
          </View>
          <View className='bookings-row__side'>
            <Badge label={t(`registry.review.status.${r.status}`)} tone={r.status === 'rejected' ? 'danger' : 'neutral'} />
          </View>
        </View>
      ))}
    </SectionCard>
  )
}
