import '../../../i18n/zh-cn-pages/bookings'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useReducer, useState } from 'react'
import { ChildSection, NO_CONTACT, OutcomeCard, ServiceSection, ShareContactSection, SummarySection, type ContactChoice } from '../../../components/bookings/book-flow-parts'
import { bookFlowReducer, initialBookFlow } from '../../../components/bookings/book-flow-state'
import { DateStrip, daysBetween } from '../../../components/bookings/date-strip'
import { newIdempotencyKey, slotWhen } from '../../../components/bookings/booking-format'
import { SignInGate } from '../../../components/bookings/sign-in-gate'
import { SlotList } from '../../../components/bookings/slot-list'
import { errorMessage, useQuery } from '../../../components/shared/queries'
import { PageShell } from '../../../components/layout/page-shell'
import { SampleDataBanner } from '../../../components/layout/sample-data-banner'
import { SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import { chinaDateOf, formatChinaDateTime } from '../../../domain/bookings/china-time-rules'
import type { SlotView } from '../../../domain/bookings/slot-schema'
import { childRequirement } from '../../../domain/bookings/offering-schema'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import './index.scss'

/** The booking being moved, as 我的预约 shows it, so the parent sees which one changes before picking a slot. */
function MovingBooking({ bookingId }: { bookingId: string }) {
  const mine = useQuery(`moving:${bookingId}`, () => call('bookings', 'myBookings', { scope: 'upcoming' }))
  const booking = mine.data?.bookings.find((b) => b.id === bookingId)
  if (!booking) return null
  return (
    <SectionCard title={t('bookings.flow.movingTitle')} testId='moving-booking'>
      <Text className='bookings-row__title'>{booking.offering.title}</Text>
      <Text className='bookings-row__meta'>{t('bookings.flow.movingWhen', { when: slotWhen(booking.slot.startsAt, booking.slot.endsAt) })}</Text>
      {booking.child ? <Text className='bookings-row__meta'>{t('bookings.mine.child', { nickname: booking.child.nickname })}</Text> : null}
      <Text className='bookings-row__meta'>{t('bookings.mine.reference', { reference: booking.reference })}</Text>
    </SectionCard>
  )
}

/** Names the service, and says when booking opens if a later session's window is still to open. */
function noSlotsText(title: string, slots: readonly SlotView[]): string {
  const opening = slots
    .filter((s) => s.unavailableReason === 'BOOKING_WINDOW_NOT_OPEN')
    .map((s) => s.windowOpensAtInstant)
    .sort()[0]
  return opening ? t('bookings.flow.noSlotsUntil', { title, opensAt: formatChinaDateTime(opening) }) : t('bookings.flow.noSlots', { title })
}

const param = (value: string | undefined) => (value ? decodeURIComponent(value) : null)

const REMINDER_TEMPLATE = process.env.TARO_APP_REMINDER_TEMPLATE_ID

/**
 * On the mini-program, asks at the confirm tap (WeChat only allows it from a tap) whether the parent wants the
 * reminder as a WeChat message too; one yes allows one message.
 */
async function askForWechatReminder(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || !REMINDER_TEMPLATE) return false
  try {
    // Taro's typing also wants Alipay's entityIds; WeChat ignores them. The answer is keyed by template id.
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [REMINDER_TEMPLATE], entityIds: [] })) as unknown as Record<string, unknown>
    return answer[REMINDER_TEMPLATE] === 'accept'
  } catch {
    return false
  }
}

/**
 * The booking flow: service → date (only days with a bookable slot can be picked) → slot with places left →
 * child → confirm. With `bookingId` it moves that booking instead (same service, same child). A full slot
 * offers its waitlist.
 */
function BookFlow({ institutionId, fixedOfferingId, rescheduleId }: { institutionId: string | null; fixedOfferingId: string | null; rescheduleId: string | null }) {
  const [state, dispatch] = useReducer(bookFlowReducer, initialBookFlow)
  const [contact, setContact] = useState<ContactChoice>(NO_CONTACT)
  const offerings = useQuery(institutionId && !fixedOfferingId ? `offerings:${institutionId}` : null, () =>
    call('bookings', 'listOfferings', { institutionId: institutionId ?? '' })
  )
  const offeringId = fixedOfferingId ?? state.chosenOffering
  const availability = useQuery(offeringId ? `availability:${offeringId}` : null, () => call('bookings', 'availability', { offeringId: offeringId ?? '' }))
  const children = useQuery('children', () => call('family', 'listChildren', {}))
  const { date, slotId, childId, busy, error, outcome } = state

  const offering = availability.data?.offering
  const slots = useMemo(() => availability.data?.slots ?? [], [availability.data])
  const enabled = useMemo(() => new Set(slots.filter((s) => s.bookable).map((s) => chinaDateOf(s.startsAt))), [slots])
  const days = availability.data ? daysBetween(availability.data.fromDate, availability.data.toDate) : []
  const slot = slots.find((s) => s.id === slotId) ?? null
  const requirement = offering ? childRequirement(offering.kind, offering.classKind) : 'optional'
  const childChosen = rescheduleId !== null || childId !== undefined || requirement === 'optional'

  useEffect(() => dispatch({ type: 'bookableDays', days: [...enabled] }), [enabled])

  const confirm = async () => {
    if (!slot) return
    let request = state.request
    if (request === null) {
      request = { key: newIdempotencyKey(), wechatReminder: await askForWechatReminder() }
      dispatch({ type: 'keyed', ...request })
    }
    dispatch({ type: 'sent' })
    try {
      const { key: idempotencyKey, wechatReminder } = request
      const booking = rescheduleId
        ? await call('bookings', 'reschedule', { bookingId: rescheduleId, slotId: slot.id, idempotencyKey, wechatReminder })
        : await call('bookings', 'book', {
            slotId: slot.id,
            childId: childId ?? null,
            idempotencyKey,
            wechatReminder,
            sharedContact: contact.share ? { contactName: contact.contactName, contactPhone: contact.contactPhone } : null
          })
      dispatch({ type: 'done', outcome: { kind: 'booked', booking } })
    } catch (e) {
      const failure = errorMessage(e)
      dispatch({ type: 'failed', error: failure, keepKey: failure.code === 'NETWORK' })
      void availability.reload()
    }
  }

  const wait = async () => {
    if (!slot) return
    dispatch({ type: 'sent' })
    try {
      dispatch({ type: 'done', outcome: { kind: 'waiting', entry: await call('bookings', 'joinWaitlist', { slotId: slot.id, childId: childId ?? null }) } })
    } catch (e) {
      dispatch({ type: 'failed', error: errorMessage(e), keepKey: false })
    }
  }

  if (outcome) {
    return (
      <OutcomeCard
        outcome={outcome}
        rescheduling={rescheduleId !== null}
        onBookAnother={() => {
          dispatch({ type: 'bookAnother' })
          void availability.reload()
        }}
      />
    )
  }

  if (offerings.error) return <ErrorState title={t('bookings.flow.title')} message={offerings.error.message} onRetry={() => void offerings.reload()} />
  if (offerings.loading && !offerings.data) return <LoadingState />

  return (
    <View>
      {offerings.data?.offerings.some((o) => o.isSample) || offering?.isSample ? <SampleDataBanner /> : null}
      {rescheduleId ? <MovingBooking bookingId={rescheduleId} /> : null}
      {fixedOfferingId ? null : (
        <ServiceSection offerings={offerings.data?.offerings} chosen={offeringId} onChoose={(id) => dispatch({ type: 'chooseOffering', offeringId: id })} />
      )}

      {offeringId ? (
        <SectionCard title={rescheduleId ? t('bookings.flow.rescheduleTitle') : t('bookings.flow.chooseDate')} testId='date-section'>
          {availability.error ? <Text className='bookings-error'>{availability.error.message}</Text> : null}
          {availability.loading && !availability.data ? <LoadingState /> : null}
          {availability.data && enabled.size === 0 ? (
            <Text className='bookings-hint' data-testid='no-slots'>
              {noSlotsText(availability.data.offering.title, slots)}
            </Text>
          ) : null}
          {availability.data ? <DateStrip days={days} enabled={enabled} selected={date} onSelect={(d) => dispatch({ type: 'chooseDate', date: d })} /> : null}
        </SectionCard>
      ) : null}

      {date ? (
        <SectionCard title={t('bookings.flow.chooseSlot')} testId='slot-section'>
          <SlotList slots={slots.filter((s) => chinaDateOf(s.startsAt) === date)} selected={slotId} onSelect={(s) => dispatch({ type: 'chooseSlot', slotId: s.id })} />
        </SectionCard>
      ) : null}

      {slot && offering && !rescheduleId ? (
        <ChildSection
          requirement={requirement}
          kids={children.data?.children}
          error={children.error}
          childId={childId}
          adding={state.addingChild}
          onChoose={(id) => dispatch({ type: 'chooseChild', childId: id })}
          onAdding={(open) => dispatch({ type: 'addChild', open })}
          onAdded={(child) => {
            dispatch({ type: 'childAdded', childId: child.id })
            void children.reload()
          }}
        />
      ) : null}

      {slot && offering && !rescheduleId ? <ShareContactSection value={contact} onChange={setContact} /> : null}

      {slot && offering ? (
        <SummarySection
          offering={offering}
          slot={slot}
          error={error}
          rescheduling={rescheduleId !== null}
          canSend={!busy && childChosen}
          onConfirm={() => void confirm()}
          onWait={() => void wait()}
        />
      ) : null}
    </View>
  )
}

export default function BookPage() {
  const { params } = useRouter()
  const rescheduleId = param(params.bookingId)
  useEffect(() => {
    if (rescheduleId) void Taro.setNavigationBarTitle({ title: t('bookings.flow.rescheduleTitle') }).catch(() => undefined)
  }, [rescheduleId])
  return (
    <PageShell className='book-page'>
      <SignInGate role='parent'>
        <BookFlow institutionId={param(params.institutionId)} fixedOfferingId={param(params.offeringId)} rescheduleId={rescheduleId} />
      </SignInGate>
    </PageShell>
  )
}
