import '../../i18n/zh-cn-pages/bookings'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { kindName, newIdempotencyKey, slotWhen } from '../../components/bookings/booking-format'
import { SignInGate } from '../../components/bookings/sign-in-gate'
import { useInstitution } from '../../components/finder/use-institution'
import { useAction, useQuery, useReloadOnReturn } from '../../components/shared/queries'
import { PageShell } from '../../components/layout/page-shell'
import { ActionButton } from '../../components/shared/action-button'
import { Badge, type BadgeTone } from '../../components/shared/badge'
import { Chip } from '../../components/shared/chip'
import { SectionCard } from '../../components/shared/section-card'
import { EmptyState, ErrorState, LoadingState } from '../../components/shared/state-views'
import type { BookingStatus, BookingView, WaitlistView } from '../../domain/bookings/booking-schema'
import type { CalendarEvent } from '../../domain/bookings/calendar-event-rules'
import { formatChinaDateTime } from '../../domain/bookings/china-time-rules'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { formatMoney } from '../../services/display-format'
import { addToPhoneCalendar } from '../../services/phone-calendar'
import { useInstitutionStore } from '../../stores/institution-store'
import '../../components/bookings/bookings.scss'
import './index.scss'

type Scope = 'upcoming' | 'past'

const STATUS_TONE: Record<BookingStatus, BadgeTone> = {
  confirmed: 'primary',
  cancelled: 'neutral',
  cancelled_by_institution: 'danger',
  rescheduled: 'neutral',
  attended: 'info',
  no_show: 'warning'
}

/** The booking as a calendar entry: where (the host and its address) and the reference to show at the door. */
function calendarEvent(booking: BookingView, address: string | undefined): CalendarEvent {
  const { offering, slot } = booking
  return {
    uid: `${booking.id}@tuoyu-tong`,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    title: `${offering.title} · ${offering.hostName}`,
    location: address ? `${offering.hostName} ${address}` : offering.hostName,
    description: [kindName(offering.kind, offering.classKind), t('bookings.mine.reference', { reference: booking.reference })].join('\n')
  }
}

async function addToCalendar(booking: BookingView, address: string | undefined) {
  try {
    await addToPhoneCalendar(calendarEvent(booking, address))
    void Taro.showToast({ title: process.env.TARO_ENV === 'h5' ? t('bookings.mine.calendarDownloaded') : t('bookings.mine.calendarAdded'), icon: 'none' })
  } catch {
    void Taro.showToast({ title: t('bookings.mine.calendarFailed'), icon: 'none' })
  }
}

/** The host's address and phone (tap to call), from the institution's public page; nothing while it loads. */
function HostContact({ institutionId }: { institutionId: string }) {
  const { data } = useInstitution(institutionId)
  if (!data) return null
  const dial = () => void Taro.makePhoneCall({ phoneNumber: data.phone }).catch(() => Taro.showToast({ title: t('institution.callFailed', { phone: data.phone }), icon: 'none' }))
  return (
    <View className='bookings-contact'>
      <Text className='bookings-row__meta' data-testid='booking-address'>
        {t('bookings.mine.address', { address: data.address })}
      </Text>
      {data.phone ? (
        <Text className='bookings-contact__phone' onClick={dial} data-testid='booking-phone'>
          {t('bookings.mine.phone', { phone: data.phone })}
        </Text>
      ) : null}
    </View>
  )
}

function BookingCard({ booking, onChanged }: { booking: BookingView; onChanged(): void }) {
  const { busy, run } = useAction()
  const institutionId = booking.offering.institutionId
  const address = useInstitutionStore((s) => (institutionId ? s.byId[institutionId]?.address : undefined))
  const cancel = async () => {
    const when = slotWhen(booking.slot.startsAt, booking.slot.endsAt)
    const answer = await Taro.showModal({ title: t('bookings.mine.cancelConfirmTitle'), content: t('bookings.mine.cancelConfirm', { when, title: booking.offering.title }) })
    if (!answer.confirm) return
    const cancelled = await run(async () => {
      await call('bookings', 'cancel', { bookingId: booking.id })
      return { title: t('bookings.mine.cancelled'), icon: 'success' }
    })
    if (cancelled) onChanged()
  }
  const reschedule = () => {
    const query = `offeringId=${encodeURIComponent(booking.offering.id)}&bookingId=${encodeURIComponent(booking.id)}`
    void Taro.navigateTo({ url: `/pages/bookings/book/index?${query}` })
  }
  // The card opens the institution it is at; a community centre's class has no page of its own.
  const open = institutionId ? () => void Taro.navigateTo({ url: `/pages/institution/index?id=${encodeURIComponent(institutionId)}` }) : undefined
  const price = booking.slot.priceFen === 0 ? t('bookings.free') : t('bookings.mine.price', { money: formatMoney(booking.slot.priceFen) })
  return (
    <View className='section-card' data-testid='booking-card' data-booking-id={booking.id} data-status={booking.status}>
      <View className='bookings-row'>
        <View className='bookings-row__main' onClick={open} data-testid='open-booking-host'>
          <Text className='bookings-row__title'>{booking.offering.title}</Text>
          <Text className='bookings-row__meta'>{kindName(booking.offering.kind, booking.offering.classKind)} · {booking.offering.hostName}</Text>
          <Text className='bookings-row__meta' data-testid='booking-when'>{slotWhen(booking.slot.startsAt, booking.slot.endsAt)}</Text>
          <Text className='bookings-row__meta' data-testid='booking-price'>{price}</Text>
          {booking.child ? <Text className='bookings-row__meta'>{t('bookings.mine.child', { nickname: booking.child.nickname })}</Text> : null}
          <Text className='bookings-row__meta'>{t('bookings.mine.reference', { reference: booking.reference })}</Text>
        </View>
        <View className='bookings-row__side'>
          <Badge label={t(`bookings.statuses.${booking.status}`)} tone={STATUS_TONE[booking.status]} testId='booking-status' />
        </View>
      </View>
      {institutionId ? <HostContact institutionId={institutionId} /> : null}
      {booking.status === 'confirmed' ? (
        <View className='bookings-actions'>
          <ActionButton label={t('bookings.mine.addToCalendar')} variant='secondary' onClick={() => void addToCalendar(booking, address)} testId='add-to-calendar' />
          {booking.canChange ? (
            <>
              <ActionButton label={t('bookings.mine.reschedule')} variant='secondary' onClick={reschedule} disabled={busy} testId='reschedule-booking' />
              <ActionButton label={t('bookings.mine.cancel')} variant='plain' onClick={() => void cancel()} disabled={busy} testId='cancel-booking' />
            </>
          ) : null}
        </View>
      ) : null}
      {booking.status === 'confirmed' && !booking.canChange ? <Text className='bookings-hint'>{t('bookings.mine.cannotChange')}</Text> : null}
    </View>
  )
}

function WaitlistCard({ entry, onChanged }: { entry: WaitlistView; onChanged(): void }) {
  const { busy, run } = useAction()
  // Reloads on failure too: a refused accept or leave means the entry is no longer what this card shows.
  const act = async (send: () => Promise<unknown>, done: string) => {
    await run(async () => {
      await send()
      return { title: done, icon: 'success' }
    })
    onChanged()
  }
  // The badge stays short; the deadline gets a line of its own, so the card's text keeps its width.
  const offered = entry.status === 'offered'
  const status = offered ? t('bookings.waitlistStatuses.offered') : t('bookings.waitlistStatuses.waiting', { position: entry.position ?? 1 })
  return (
    <View className='section-card' data-testid='waitlist-card' data-status={entry.status}>
      <View className='bookings-row'>
        <View className='bookings-row__main'>
          <Text className='bookings-row__title'>{entry.offering.title}</Text>
          <Text className='bookings-row__meta'>{entry.offering.hostName}</Text>
          <Text className='bookings-row__meta'>{slotWhen(entry.slot.startsAt, entry.slot.endsAt)}</Text>
          {entry.child ? <Text className='bookings-row__meta'>{t('bookings.mine.child', { nickname: entry.child.nickname })}</Text> : null}
          {offered && entry.offerExpiresAt ? (
            <Text className='bookings-row__meta bookings-row__meta--due' data-testid='offer-expires'>
              {t('bookings.mine.offerExpires', { expiresAt: formatChinaDateTime(entry.offerExpiresAt) })}
            </Text>
          ) : null}
        </View>
        <View className='bookings-row__side'>
          <Badge label={status} tone={offered ? 'accent' : 'neutral'} testId='waitlist-status' />
        </View>
      </View>
      <View className='bookings-actions'>
        {entry.status === 'offered' ? (
          <ActionButton
            label={t('bookings.mine.acceptOffer')}
            onClick={() => void act(() => call('bookings', 'acceptOffer', { entryId: entry.id, idempotencyKey: newIdempotencyKey() }), t('bookings.mine.offerAccepted'))}
            disabled={busy}
            testId='accept-offer'
          />
        ) : null}
        <ActionButton
          label={t('bookings.mine.leaveWaitlist')}
          variant='plain'
          onClick={() => void act(() => call('bookings', 'leaveWaitlist', { entryId: entry.id }), t('bookings.mine.leftWaitlist'))}
          disabled={busy}
          testId='leave-waitlist'
        />
      </View>
    </View>
  )
}

function MyBookings() {
  const [scope, setScope] = useState<Scope>('upcoming')
  const mine = useQuery(`mine:${scope}`, () => call('bookings', 'myBookings', { scope }))
  const unread = useQuery('unread', () => call('inbox', 'unreadCount', {}))
  // Coming back (from moving a booking, or the inbox) shows what changed there.
  useReloadOnReturn(mine.data !== undefined, () => {
    void mine.reload()
    void unread.reload()
  })
  usePullDownRefresh(() => {
    void Promise.all([mine.reload(), unread.reload()]).finally(() => Taro.stopPullDownRefresh())
  })
  const reload = () => void mine.reload()
  const data = mine.data
  return (
    <View>
      <View className='my-bookings__links'>
        <ActionButton label={t('bookings.mine.children')} variant='secondary' onClick={() => void Taro.navigateTo({ url: '/pages/children/index' })} testId='open-children' />
        <ActionButton
          label={unread.data?.unreadCount ? `${t('bookings.mine.inbox')} · ${t('bookings.mine.unread', { count: unread.data.unreadCount })}` : t('bookings.mine.inbox')}
          variant='secondary'
          onClick={() => void Taro.navigateTo({ url: '/pages/inbox/index' })}
          testId='open-inbox'
        />
      </View>
      <View className='bookings-tabs'>
        <Chip label={t('bookings.mine.upcoming')} selected={scope === 'upcoming'} onClick={() => setScope('upcoming')} testId='tab-upcoming' />
        <Chip label={t('bookings.mine.past')} selected={scope === 'past'} onClick={() => setScope('past')} testId='tab-past' />
      </View>
      {mine.error ? <ErrorState title={t('bookings.mine.title')} message={mine.error.message} onRetry={reload} /> : null}
      {!data && mine.loading ? <LoadingState /> : null}
      {data && data.waitlist.length > 0 ? (
        <SectionCard title={t('bookings.mine.waitlistTitle')}>
          {data.waitlist.map((entry) => (
            <WaitlistCard key={entry.id} entry={entry} onChanged={reload} />
          ))}
        </SectionCard>
      ) : null}
      {data?.bookings.map((booking) => <BookingCard key={booking.id} booking={booking} onChanged={reload} />)}
      {data && data.bookings.length === 0 && data.waitlist.length === 0 ? (
        <EmptyState title={scope === 'upcoming' ? t('bookings.mine.empty') : t('bookings.mine.emptyPast')}>
          <ActionButton label={t('bookings.mine.findCare')} onClick={() => void Taro.switchTab({ url: '/pages/finder/index' })} testId='find-care' />
        </EmptyState>
      ) : null}
    </View>
  )
}

export default function MyBookingsPage() {
  return (
    <PageShell className='my-bookings'>
      <SignInGate role='parent'>
        <MyBookings />
      </SignInGate>
    </PageShell>
  )
}
