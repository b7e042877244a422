import '../../i18n/zh-cn-pages/bookings'
import '../../i18n/zh-cn-pages/validation'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { SHARED_CONTACT_NAME_MAX } from '../../domain/bookings/booking-schema'
import type { ActionOutput } from '../../domain/contract'
import type { Child } from '../../domain/family/child-schema'
import { t } from '../../i18n/translate'
import type { ApiError } from '../../services/api-error'
import { ActionButton } from '../shared/action-button'
import { Chip } from '../shared/chip'
import { SectionCard } from '../shared/section-card'
import { TextField } from '../shared/text-field'
import { ChildForm } from './child-form'
import { ageBandText, kindName, priceText, slotWhen } from './booking-format'
import type { Outcome } from './book-flow-state'

type Availability = ActionOutput<'bookings', 'availability'>
type Slot = Availability['slots'][number]
type Offering = Availability['offering']
type OfferingSummary = ActionOutput<'bookings', 'listOfferings'>['offerings'][number]

/** What the booking (or the waitlist place) came to, with the way on. */
export function OutcomeCard({ outcome, rescheduling, onBookAnother }: { outcome: Outcome; rescheduling: boolean; onBookAnother(): void }) {
  return (
    <SectionCard title={outcome.kind === 'booked' ? t(rescheduling ? 'bookings.flow.rescheduled' : 'bookings.flow.booked') : t('bookings.mine.waitlistTitle')} testId='book-outcome'>
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
          onClick={() => void (rescheduling ? Taro.navigateBack() : Taro.redirectTo({ url: '/pages/bookings/index' }))}
          testId='view-my-bookings'
        />
        {rescheduling ? null : <ActionButton label={t('bookings.flow.bookAnother')} variant='secondary' onClick={onBookAnother} testId='book-another' />}
      </View>
    </SectionCard>
  )
}

/** The institution's services to book; the chosen one is marked. */
export function ServiceSection({ offerings, chosen, onChoose }: { offerings: OfferingSummary[] | undefined; chosen: string | null; onChoose(id: string): void }) {
  return (
    <SectionCard title={t('bookings.flow.chooseService')} testId='service-section'>
      {offerings && offerings.length === 0 ? <Text className='bookings-hint'>{t('bookings.flow.noServices')}</Text> : null}
      {offerings?.map((o) => (
        <View key={o.id} className={`bookings-row ${o.id === chosen ? 'bookings-row--selected' : ''}`} data-testid='service-option' data-kind={o.kind} onClick={() => onChoose(o.id)}>
          <View className='bookings-row__main'>
            <Text className='bookings-row__title'>{o.title}</Text>
            <Text className='bookings-row__meta'>{kindName(o.kind, o.classKind)} · {o.hostName}</Text>
          </View>
          <View className='bookings-row__side'>{o.fromPriceFen !== null ? <Text>{priceText(o.fromPriceFen)}</Text> : null}</View>
        </View>
      ))}
    </SectionCard>
  )
}

interface ChildSectionProps {
  requirement: 'required' | 'optional'
  kids: Child[] | undefined
  error: ApiError | null
  childId: string | null | undefined
  adding: boolean
  onChoose(childId: string | null): void
  onAdding(open: boolean): void
  onAdded(child: Child): void
}

/** Whom the booking is for: one of the family's children, a new one, or none where the service allows it. */
export function ChildSection({ requirement, kids, error, childId, adding, onChoose, onAdding, onAdded }: ChildSectionProps) {
  return (
    <SectionCard title={requirement === 'required' ? t('bookings.flow.chooseChild') : t('bookings.flow.childOptional')} testId='child-section'>
      {error ? <Text className='bookings-error'>{error.message}</Text> : null}
      <View className='bookings-chips'>
        {requirement === 'optional' ? <Chip label={t('bookings.flow.noChild')} selected={childId === null || childId === undefined} onClick={() => onChoose(null)} testId='child-none' /> : null}
        {kids?.map((c) => (
          <Chip key={c.id} label={`${c.nickname}（${t('family.ageMonths', { months: c.ageMonths })}）`} selected={childId === c.id} onClick={() => onChoose(c.id)} testId={`child-option-${c.nickname}`} />
        ))}
        {adding ? null : <Chip label={`＋ ${t('bookings.flow.addChild')}`} selected={false} onClick={() => onAdding(true)} testId='add-child' />}
      </View>
      {adding ? <ChildForm onAdded={onAdded} onCancel={() => onAdding(false)} /> : null}
    </SectionCard>
  )
}

interface SummaryProps {
  offering: Offering
  slot: Slot
  error: ApiError | null
  rescheduling: boolean
  canSend: boolean
  onConfirm(): void
  onWait(): void
}

/** The booking as it will be sent, and the one button that sends it (or joins the waitlist of a full slot). */
export function SummarySection({ offering, slot, error, rescheduling, canSend, onConfirm, onWait }: SummaryProps) {
  return (
    <SectionCard title={t('bookings.flow.summary')} testId='summary-section'>
      <Text className='book-page__summary-line'>{offering.title} · {offering.hostName}</Text>
      <Text className='book-page__summary-line' data-testid='summary-when'>{slotWhen(slot.startsAt, slot.endsAt)}</Text>
      <Text className='book-page__summary-line'>{ageBandText(slot.ageBand)} · {priceText(slot.priceFen)}</Text>
      {error ? <Text className='bookings-error' data-testid='flow-error'>{error.message}</Text> : null}
      <View className='bookings-actions'>
        {slot.placesLeft === 0 && !rescheduling ? (
          <ActionButton label={t('bookings.flow.joinWaitlist')} onClick={onWait} disabled={!canSend} testId='join-waitlist' block />
        ) : (
          <ActionButton
            label={rescheduling ? t('bookings.flow.confirmReschedule') : t('bookings.flow.confirm')}
            onClick={onConfirm}
            disabled={!canSend || slot.placesLeft === 0}
            testId='confirm-booking'
            block
          />
        )}
      </View>
    </SectionCard>
  )
}

/** What the parent may give the institution for this booking: off unless they turn it on. */
export interface ContactChoice {
  share: boolean
  contactName: string
  contactPhone: string
}

export const NO_CONTACT: ContactChoice = { share: false, contactName: '', contactPhone: '' }

/**
 * 联系方式（选填）: a name and a mobile the institution's staff see on this booking only, so they can call when
 * plans change. Booking works the same without it.
 */
export function ShareContactSection({ value, onChange }: { value: ContactChoice; onChange(next: ContactChoice): void }) {
  return (
    <SectionCard title={t('bookings.flow.shareContactTitle')} testId='share-contact-section'>
      <Text className='bookings-hint'>{t('bookings.flow.shareContactHint')}</Text>
      <View className='bookings-chips'>
        <Chip label={t('bookings.flow.shareContactNo')} selected={!value.share} onClick={() => onChange({ ...value, share: false })} testId='share-contact-no' />
        <Chip label={t('bookings.flow.shareContactYes')} selected={value.share} onClick={() => onChange({ ...value, share: true })} testId='share-contact-yes' />
      </View>
      {value.share ? (
        <>
          <TextField
            block='bookings-field'
            label={t('validation.fields.contactName')}
            value={value.contactName}
            onChange={(contactName) => onChange({ ...value, contactName })}
            placeholder={t('bookings.flow.contactNamePlaceholder')}
            maxLength={SHARED_CONTACT_NAME_MAX}
            testId='share-contact-name'
          />
          <TextField
            block='bookings-field'
            label={t('validation.fields.contactPhone')}
            type='number'
            value={value.contactPhone}
            onChange={(contactPhone) => onChange({ ...value, contactPhone })}
            maxLength={13}
            testId='share-contact-phone'
          />
        </>
      ) : null}
    </SectionCard>
  )
}
