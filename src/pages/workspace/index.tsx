import '../../i18n/zh-cn-pages/bookings'
import '../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { dayLabel, kindName, timeRange } from '../../components/bookings/booking-format'
import { OfferingForm } from '../../components/bookings/offering-form'
import { ActingAs } from '../../components/account/account-panel'
import { VacancyLink } from '../../components/following/vacancy-link'
import { StaleNudge } from '../../components/workspace/stale-nudge'
import { MembersLinks } from '../../components/account/members-links'
import { SignInGate } from '../../components/bookings/sign-in-gate'
import { SlotsForm } from '../../components/bookings/slots-form'
import { usePagedQuery, useReloadOnReturn } from '../../components/shared/queries'
import { LoadMoreFooter } from '../../components/shared/load-more-footer'
import { PageShell } from '../../components/layout/page-shell'
import { ActionButton } from '../../components/shared/action-button'
import { Badge } from '../../components/shared/badge'
import { LinkCard } from '../../components/shared/link-card'
import { SectionCard } from '../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../components/shared/state-views'
import { chinaDateOf } from '../../domain/bookings/china-time-rules'
import type { SlotView } from '../../domain/bookings/slot-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import '../../components/bookings/bookings.scss'
import './index.scss'

function SlotRows({ slots }: { slots: readonly SlotView[] }) {
  if (slots.length === 0) return <Text className='bookings-hint'>{t('bookings.workspace.noSlots')}</Text>
  let lastDay = ''
  return (
    <View>
      {slots.map((slot) => {
        const day = chinaDateOf(slot.startsAt)
        const heading = day !== lastDay ? <Text className='workspace-page__day'>{dayLabel(day)}</Text> : null
        lastDay = day
        const booked = slot.capacity - slot.placesLeft
        return (
          <View key={slot.id}>
            {heading}
            <View
              className={`bookings-row ${slot.status === 'cancelled' ? 'bookings-row--disabled' : ''}`}
              data-testid='workspace-slot'
              data-slot-id={slot.id}
              onClick={() => void Taro.navigateTo({ url: `/pages/workspace/slot/index?slotId=${encodeURIComponent(slot.id)}` })}
            >
              <View className='bookings-row__main'>
                <Text className='bookings-row__title'>{timeRange(slot.startsAt, slot.endsAt)}</Text>
              </View>
              <View className='bookings-row__side'>
                {slot.status === 'cancelled' ? (
                  <Badge label={t('bookings.workspace.slotCancelled')} tone='neutral' />
                ) : (
                  <Badge label={t('bookings.workspace.booked', { booked, capacity: slot.capacity })} tone={slot.placesLeft === 0 ? 'danger' : 'primary'} testId='workspace-slot-booked' />
                )}
                <Text className='bookings-row__meta'>{t('bookings.workspace.viewBookings')} ›</Text>
              </View>
            </View>
          </View>
        )
      })}
    </View>
  )
}

function Workspace() {
  const space = usePagedQuery(
    'workspace',
    (after: string | null) => call('bookings', 'workspace', after === null ? {} : { after }),
    (last) => last.nextCursor
  )
  const [form, setForm] = useState<'offering' | 'slots' | null>(null)
  useReachBottom(() => {
    void space.loadMore()
  })
  useReloadOnReturn(space.data !== undefined, () => void space.reload())
  usePullDownRefresh(() => {
    void space.reload().finally(() => Taro.stopPullDownRefresh())
  })
  if (space.error) return <ErrorState title={t('bookings.workspace.title')} message={space.error.message} onRetry={() => void space.reload()} />
  const pages = space.data
  const first = pages?.[0]
  if (!pages || !first) return <LoadingState />
  const offerings = pages.flatMap((page) => page.offerings)
  const allOfferings = first.allOfferings
  return (
    <View>
      <View className='bookings-tabs'>
        <ActionButton label={t('bookings.workspace.newOffering')} variant={form === 'offering' ? 'primary' : 'secondary'} onClick={() => setForm(form === 'offering' ? null : 'offering')} testId='open-offering-form' />
        {allOfferings.length > 0 ? (
          <ActionButton label={t('bookings.workspace.newSlots')} variant={form === 'slots' ? 'primary' : 'secondary'} onClick={() => setForm(form === 'slots' ? null : 'slots')} testId='open-slots-form' />
        ) : null}
      </View>
      {form === 'offering' ? (
        <SectionCard title={t('bookings.workspace.newOffering')}>
          <OfferingForm
            onCreated={() => {
              setForm('slots')
              void Taro.showToast({ title: t('bookings.workspace.created'), icon: 'success' })
              void space.reload()
            }}
          />
        </SectionCard>
      ) : null}
      {form === 'slots' ? (
        <SectionCard title={t('bookings.workspace.newSlots')}>
          <SlotsForm offerings={allOfferings} onCreated={() => void space.reload()} />
        </SectionCard>
      ) : null}
      {offerings.length === 0 ? <SectionCard title={t('bookings.workspace.offerings')}><Text className='bookings-hint'>{t('bookings.workspace.noOfferings')}</Text></SectionCard> : null}
      {offerings.map((offering) => (
        <SectionCard key={offering.id} title={offering.title} aside={<Text>{kindName(offering.kind, offering.classKind)}</Text>} testId='workspace-offering'>
          <SlotRows slots={offering.slots} />
        </SectionCard>
      ))}
      <LoadMoreFooter remote={space} hasMore={pages.at(-1)?.nextCursor != null} testId='workspace-load-more' />
    </View>
  )
}

export default function WorkspacePage() {
  const { params } = useRouter()
  const scope = params.institutionId && params.regionCode ? { institutionId: decodeURIComponent(params.institutionId), regionCode: decodeURIComponent(params.regionCode) } : null
  return (
    <PageShell className='workspace-page'>
      <SignInGate role='institution_staff' scope={scope}>
        <ActingAs />
        <StaleNudge />
        <VacancyLink />
        <MembersLinks />
        <LinkCard
          title={t('registry.workspace.linksTitle')}
          testId='workspace-page-links'
          row='bookings-row'
          links={[
            { url: '/pages/workspace/fees/index', label: 'registry.workspace.feesEntry', testId: 'open-workspace-fees' },
            { url: '/pages/workspace/classes/index', label: 'registry.workspace.classesEntry', testId: 'open-workspace-classes' },
            { url: '/pages/workspace/disclosures/index', label: 'registry.workspace.disclosuresEntry', testId: 'open-workspace-disclosures' }
          ]}
        />
        <Workspace />
      </SignInGate>
    </PageShell>
  )
}
