import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import { ChildForm } from '../../../components/bookings/child-form'
import { DateStrip, daysBetween } from '../../../components/bookings/date-strip'
import { ageBandText, kindName, newIdempotencyKey, priceText, slotWhen } from '../../../components/bookings/booking-format'
import { SignInGate } from '../../../components/bookings/sign-in-gate'
import { SlotList } from '../../../components/bookings/slot-list'
import { errorMessage, useQuery } from '../../../components/shared/queries'
import { PageShell } from '../../../components/layout/page-shell'
import { SampleDataBanner } from '../../../components/layout/sample-data-banner'
import { ActionButton } from '../../../components/shared/action-button'
import { Chip } from '../../../components/shared/chip'
import { SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import type { BookingView, WaitlistView } from '../../../domain/bookings/booking-schema'
import { chinaDateOf } from '../../../domain/bookings/china-time-rules'
import { childRequirement } from '../../../domain/bookings/offering-schema'
import { t } from '../../../i18n/translate'
import type { ApiError } from '../../../services/api-error'
import { call } from '../../../services/api-client'
import './index.scss'

type Outcome = { kind: 'booked'; booking: BookingView } | { kind: 'waiting'; entry: WaitlistView }

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
  const offerings = useQuery(institutionId && !fixedOfferingId ? `offerings:${institutionId}` : null, () =>
    call('bookings', 'listOfferings', { institutionId: institutionId ?? '' })
  )
  const [chosenOffering, setChosenOffering] = useState<string | null>(null)
  const offeringId = fixedOfferingId ?? chosenOffering
  const availability = useQuery(offeringId ? `availability:${offeringId}` : null, () => call('bookings', 'availability', { offeringId: offeringId ?? '' }))
  const children = useQuery('children', () => call('family', 'listChildren', {}))
  const [date, setDate] = useState<string | null>(null)
  const [slotId, setSlotId] = useState<string | null>(null)
  const [childId, setChildId] = useState<string | null | undefined>(undefined)
  const [addingChild, setAddingChild] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const key = useRef<string | null>(null)
  const wechatReminder = useRef(false)

  const offering = availability.data?.offering
  const slots = useMemo(() => availability.data?.slots ?? [], [availability.data])
  const enabled = useMemo(() => new Set(slots.filter((s) => s.bookable).map((s) => chinaDateOf(s.startsAt))), [slots])
  const days = availability.data ? daysBetween(availability.data.fromDate, availability.data.toDate) : []
  const slot = slots.find((s) => s.id === slotId) ?? null
  const requirement = offering ? childRequirement(offering.kind, offering.classKind) : 'optional'
  const childChosen = rescheduleId !== null || childId !== undefined || requirement === 'optional'

  // A new choice is a new request: a retry keeps its key, a different booking gets a fresh one.
  useEffect(() => {
    key.current = null
    setError(null)
  }, [slotId, childId, offeringId])

  useEffect(() => {
    if (date === null || !enabled.has(date)) setDate([...enabled].sort()[0] ?? null)
  }, [enabled, date])

  const confirm = async () => {
    if (!slot) return
    if (key.current === null) {
      wechatReminder.current = await askForWechatReminder()
      key.current = newIdempotencyKey()
    }
    setBusy(true)
    setError(null)
    try {
      const booking = rescheduleId
        ? await call('bookings', 'reschedule', { bookingId: rescheduleId, slotId: slot.id, idempotencyKey: key.current, wechatReminder: wechatReminder.current })
        : await call('bookings', 'book', { slotId: slot.id, childId: childId ?? null, idempotencyKey: key.current, wechatReminder: wechatReminder.current })
      setOutcome({ kind: 'booked', booking })
    } catch (e) {
      const failure = errorMessage(e)
      setError(failure)
      if (failure.code !== 'NETWORK') key.current = null
      void availability.reload()
    } finally {
      setBusy(false)
    }
  }

  const wait = async () => {
    if (!slot) return
    setBusy(true)
    setError(null)
    try {
      setOutcome({ kind: 'waiting', entry: await call('bookings', 'joinWaitlist', { slotId: slot.id, childId: childId ?? null }) })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  if (outcome) {
    return (
      <SectionCard title={outcome.kind === 'booked' ? t(rescheduleId ? 'bookings.flow.rescheduled' : 'bookings.flow.booked') : t('bookings.mine.waitlistTitle')} testId='book-outcome'>
        {outcome.kind === 'booked' ? (
          <>
            <Text className='book-page__summary-line'>{outcome.booking.offering.title} · {outcome.booking.offering.hostName}</Text>
            <Text className='book-page__summary-line' data-testid='outcome-when'>{slotWhen(outcome.booking.slot.startsAt, outcome.booking.slot.endsAt)}</Text>
            <Text className='book-page__reference' data-testid='outcome-reference'>{outcome.booking.reference}</Text>
            <Text className='bookings-hint'>{t('bookings.flow.bookedHint', { reference: outcome.booking.reference })}</Text>
          </>
        ) : (
          <Text className='bookings-notice' data-testid='waitlist-position'>{t('bookings.flow.waitlistJoined', { position: outcome.entry.position ?? 1 })}</Text>
        )}
        <View className='bookings-actions'>
          <ActionButton
            label={t('bookings.flow.viewMine')}
            // A move starts from 我的预约, so going back returns to it (refreshed) rather than stacking another.
            onClick={() => void (rescheduleId ? Taro.navigateBack() : Taro.redirectTo({ url: '/pages/bookings/index' }))}
            testId='view-my-bookings'
          />
          {rescheduleId ? null : (
            <ActionButton
              label={t('bookings.flow.bookAnother')}
              variant='secondary'
              onClick={() => {
                setOutcome(null)
                setSlotId(null)
                void availability.reload()
              }}
              testId='book-another'
            />
          )}
        </View>
      </SectionCard>
    )
  }

  if (offerings.error) return <ErrorState title={t('bookings.flow.title')} message={offerings.error.message} onRetry={() => void offerings.reload()} />
  if (offerings.loading && !offerings.data) return <LoadingState />

  return (
    <View>
      {offerings.data?.offerings.some((o) => o.isSample) || offering?.isSample ? <SampleDataBanner /> : null}
      {fixedOfferingId ? null : (
        <SectionCard title={t('bookings.flow.chooseService')} testId='service-section'>
          {offerings.data && offerings.data.offerings.length === 0 ? <Text className='bookings-hint'>{t('bookings.flow.noServices')}</Text> : null}
          {offerings.data?.offerings.map((o) => (
            <View
              key={o.id}
              className={`bookings-row ${o.id === offeringId ? 'bookings-row--selected' : ''}`}
              data-testid='service-option'
              data-kind={o.kind}
              onClick={() => {
                setChosenOffering(o.id)
                setDate(null)
                setSlotId(null)
              }}
            >
              <View className='bookings-row__main'>
                <Text className='bookings-row__title'>{o.title}</Text>
                <Text className='bookings-row__meta'>{kindName(o.kind, o.classKind)} · {o.hostName}</Text>
              </View>
              <View className='bookings-row__side'>{o.fromPriceFen !== null ? <Text>{priceText(o.fromPriceFen)}</Text> : null}</View>
            </View>
          ))}
        </SectionCard>
      )}

      {offeringId ? (
        <SectionCard title={rescheduleId ? t('bookings.flow.rescheduleTitle') : t('bookings.flow.chooseDate')} testId='date-section'>
          {availability.error ? <Text className='bookings-error'>{availability.error.message}</Text> : null}
          {availability.loading && !availability.data ? <LoadingState /> : null}
          {availability.data && enabled.size === 0 ? <Text className='bookings-hint' data-testid='no-slots'>{t('bookings.flow.noSlots')}</Text> : null}
          {availability.data ? <DateStrip days={days} enabled={enabled} selected={date} onSelect={(d) => { setDate(d); setSlotId(null) }} /> : null}
        </SectionCard>
      ) : null}

      {date ? (
        <SectionCard title={t('bookings.flow.chooseSlot')} testId='slot-section'>
          <SlotList slots={slots.filter((s) => chinaDateOf(s.startsAt) === date)} selected={slotId} onSelect={(s) => setSlotId(s.id)} />
        </SectionCard>
      ) : null}

      {slot && offering && !rescheduleId ? (
        <SectionCard title={requirement === 'required' ? t('bookings.flow.chooseChild') : t('bookings.flow.childOptional')} testId='child-section'>
          {children.error ? <Text className='bookings-error'>{children.error.message}</Text> : null}
          <View className='bookings-chips'>
            {requirement === 'optional' ? <Chip label={t('bookings.flow.noChild')} selected={childId === null || childId === undefined} onClick={() => setChildId(null)} testId='child-none' /> : null}
            {children.data?.children.map((c) => (
              <Chip key={c.id} label={`${c.nickname}（${t('family.ageMonths', { months: c.ageMonths })}）`} selected={childId === c.id} onClick={() => setChildId(c.id)} testId={`child-option-${c.nickname}`} />
            ))}
            {addingChild ? null : <Chip label={`＋ ${t('bookings.flow.addChild')}`} selected={false} onClick={() => setAddingChild(true)} testId='add-child' />}
          </View>
          {addingChild ? (
            <ChildForm
              onAdded={(child) => {
                setAddingChild(false)
                setChildId(child.id)
                void children.reload()
              }}
              onCancel={() => setAddingChild(false)}
            />
          ) : null}
        </SectionCard>
      ) : null}

      {slot && offering ? (
        <SectionCard title={t('bookings.flow.summary')} testId='summary-section'>
          <Text className='book-page__summary-line'>{offering.title} · {offering.hostName}</Text>
          <Text className='book-page__summary-line' data-testid='summary-when'>{slotWhen(slot.startsAt, slot.endsAt)}</Text>
          <Text className='book-page__summary-line'>{ageBandText(slot.ageBand)} · {priceText(slot.priceFen)}</Text>
          {error ? <Text className='bookings-error' data-testid='flow-error'>{error.message}</Text> : null}
          <View className='bookings-actions'>
            {slot.placesLeft === 0 && !rescheduleId ? (
              <ActionButton label={t('bookings.flow.joinWaitlist')} onClick={() => void wait()} disabled={busy || !childChosen} testId='join-waitlist' block />
            ) : (
              <ActionButton
                label={rescheduleId ? t('bookings.flow.confirmReschedule') : t('bookings.flow.confirm')}
                onClick={() => void confirm()}
                disabled={busy || !childChosen || slot.placesLeft === 0}
                testId='confirm-booking'
                block
              />
            )}
          </View>
        </SectionCard>
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
