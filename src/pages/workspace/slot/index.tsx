import '../../../i18n/zh-cn-pages/bookings'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { ageBandText, slotWhen } from '../../../components/bookings/booking-format'
import { SignInGate } from '../../../components/bookings/sign-in-gate'
import { useAction, useQuery } from '../../../components/shared/queries'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { Badge } from '../../../components/shared/badge'
import { FactRow, SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import type { SlotBookingRow } from '../../../domain/bookings/booking-schema'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import '../../../components/bookings/bookings.scss'
import './index.scss'

/** The contact the family chose to give the institution for this booking; a tap calls it. */
function SharedContactLine({ contact }: { contact: NonNullable<SlotBookingRow['sharedContact']> }) {
  const dial = () => void Taro.makePhoneCall({ phoneNumber: contact.contactPhone }).catch(() => undefined)
  return (
    <Text className='bookings-contact__phone' onClick={dial} data-testid='shared-contact'>
      {t('bookings.workspace.sharedContact', { name: contact.contactName, phone: contact.contactPhone })}
    </Text>
  )
}

function BookingRow({ row, started, onChanged }: { row: SlotBookingRow; started: boolean; onChanged(): void }) {
  const { busy, run } = useAction()
  const mark = async (value: 'attended' | 'no_show') => {
    const saved = await run(async () => {
      await call('bookings', 'markAttendance', { bookingId: row.id, mark: value })
      return { title: t('bookings.workspace.attendanceSaved'), icon: 'success' }
    })
    if (saved) onChanged()
  }
  const active = row.status === 'confirmed' || row.status === 'attended' || row.status === 'no_show'
  return (
    <View className='bookings-row' data-testid='slot-booking' data-status={row.status} data-reference={row.reference}>
      <View className='bookings-row__main'>
        <Text className='bookings-row__title'>{row.child ? row.child.nickname : t('bookings.workspace.noChildNamed')}</Text>
        <Text className='bookings-row__meta'>
          {row.child ? `${t('bookings.workspace.ageMonths', { months: row.child.ageMonths })} · ` : ''}
          {t('bookings.mine.reference', { reference: row.reference })}
        </Text>
        {row.sharedContact ? <SharedContactLine contact={row.sharedContact} /> : null}
        {active && started ? (
          <View className='bookings-actions'>
            <ActionButton label={t('bookings.workspace.markAttended')} variant={row.status === 'attended' ? 'primary' : 'secondary'} onClick={() => void mark('attended')} disabled={busy} testId='mark-attended' />
            <ActionButton label={t('bookings.workspace.markNoShow')} variant={row.status === 'no_show' ? 'primary' : 'secondary'} onClick={() => void mark('no_show')} disabled={busy} testId='mark-no-show' />
          </View>
        ) : null}
      </View>
      <View className='bookings-row__side'>
        <Badge label={t(`bookings.statuses.${row.status}`)} tone={active ? 'primary' : 'neutral'} testId='slot-booking-status' />
      </View>
    </View>
  )
}

function SlotBookings({ slotId }: { slotId: string }) {
  const view = useQuery(`slot:${slotId}`, () => call('bookings', 'slotBookings', { slotId }))
  const { busy, run } = useAction()
  usePullDownRefresh(() => {
    void view.reload().finally(() => Taro.stopPullDownRefresh())
  })
  if (view.error) return <ErrorState title={t('bookings.workspace.slotTitle')} message={view.error.message} onRetry={() => void view.reload()} />
  if (!view.data) return <LoadingState />
  const { slot, offering, bookings, waiting } = view.data
  const started = Date.now() >= Date.parse(slot.startsAt)

  const cancelSlot = async () => {
    const answer = await Taro.showModal({ title: t('bookings.workspace.cancelSlotConfirmTitle'), content: t('bookings.workspace.cancelSlotConfirm') })
    if (!answer.confirm) return
    const cancelled = await run(async () => {
      const result = await call('bookings', 'cancelSlot', { slotId })
      return { title: t('bookings.workspace.slotCancelledDone', { count: result.cancelledBookings }), icon: 'none' }
    })
    if (cancelled) void view.reload()
  }

  return (
    <View>
      <SectionCard title={offering.title} aside={slot.status === 'cancelled' ? <Badge label={t('bookings.workspace.slotCancelled')} tone='neutral' testId='slot-cancelled' /> : null} testId='slot-summary'>
        <FactRow label={t('bookings.workspace.date')} value={slotWhen(slot.startsAt, slot.endsAt)} />
        <FactRow label={t('bookings.workspace.capacity')} value={t('bookings.workspace.booked', { booked: slot.capacity - slot.placesLeft, capacity: slot.capacity })} testId='slot-booked' />
        <FactRow label={t('bookings.workspace.ageBand')} value={ageBandText(slot.ageBand)} />
        {waiting > 0 ? <FactRow label={t('bookings.mine.waitlistTitle')} value={t('bookings.workspace.waiting', { count: waiting })} /> : null}
      </SectionCard>
      <SectionCard title={t('bookings.workspace.viewBookings')} testId='slot-bookings'>
        {bookings.length === 0 ? <Text className='bookings-hint'>{t('bookings.workspace.noBookings')}</Text> : null}
        {bookings.map((row) => (
          <BookingRow key={row.id} row={row} started={started} onChanged={() => void view.reload()} />
        ))}
      </SectionCard>
      <View className='bookings-tabs'>
        <ActionButton label={t('bookings.workspace.back')} variant='secondary' onClick={() => void Taro.navigateBack()} testId='back-to-workspace' />
        {slot.status === 'open' ? <ActionButton label={t('bookings.workspace.cancelSlot')} variant='plain' onClick={() => void cancelSlot()} disabled={busy} testId='cancel-slot' /> : null}
      </View>
    </View>
  )
}

export default function WorkspaceSlotPage() {
  const { params } = useRouter()
  const slotId = params.slotId ? decodeURIComponent(params.slotId) : ''
  return (
    <PageShell className='workspace-slot'>
      <SignInGate role='institution_staff'>
        <SlotBookings slotId={slotId} />
      </SignInGate>
    </PageShell>
  )
}
