import '../../i18n/zh-cn-pages/bookings'
import '../../i18n/zh-cn-pages/validation'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { addDays } from '../../domain/bookings/china-time-rules'
import type { Offering } from '../../domain/bookings/offering-schema'
import { SLOT_LIMITS } from '../../domain/bookings/slot-schema'
import { AGE_BANDS, type AgeBand } from '../../domain/finder/finder-enums'
import { todayInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { ActionButton } from '../shared/action-button'
import { Chip } from '../shared/chip'
import { TextField } from '../shared/text-field'
import { TimeField } from '../shared/time-field'
import { DateStrip, daysBetween } from './date-strip'
import { useFormAction } from '../shared/queries'
import './bookings.scss'

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7
const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7]
const DATE_CHOICES = 28

/** A number field's value; blank or non-numeric text becomes NaN, which the contract refuses with the field named. */
const asNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text))

/**
 * Staff add one slot, or the same slot weekly (official holidays are skipped by the server, which says which).
 * Times are China time, as the institution keeps them.
 */
export function SlotsForm({ offerings, onCreated }: { offerings: readonly Offering[]; onCreated(): void }) {
  const today = todayInChina()
  const days = daysBetween(today, addDays(today, DATE_CHOICES - 1))
  const [offeringId, setOfferingId] = useState<string | null>(offerings[0]?.id ?? null)
  const [weekly, setWeekly] = useState(false)
  const [date, setDate] = useState<string>(addDays(today, 1))
  const [weeks, setWeeks] = useState('4')
  const [weekdays, setWeekdays] = useState<Weekday[]>([1, 2, 3, 4, 5])
  const [onMakeupWorkdays, setOnMakeupWorkdays] = useState(false)
  const [startTime, setStartTime] = useState('09:00')
  const [endTime, setEndTime] = useState('11:00')
  const [capacity, setCapacity] = useState('10')
  const [ageBand, setAgeBand] = useState<AgeBand | null>(null)
  const [priceYuan, setPriceYuan] = useState('0')
  const [windowDaysAhead, setWindowDaysAhead] = useState('7')
  const [windowOpensAt, setWindowOpensAt] = useState('08:00')
  const [minNoticeMinutes, setMinNoticeMinutes] = useState('120')
  const [cancelCutoffHours, setCancelCutoffHours] = useState('24')
  const [notice, setNotice] = useState<string | null>(null)
  const { busy, message, submit: send, fieldError, edited } = useFormAction()
  /** A text field's value, its change (which clears a refusal of it) and the refusal to show under it. */
  const bind = (name: string, value: string, set: (value: string) => void, hint?: string) => ({
    value,
    onChange: (next: string) => {
      edited(name)
      set(next)
    },
    hint,
    error: fieldError(name)
  })
  const between = (limits: { min: number; max: number }) => t('validation.hints.wholeNumber', limits)

  const submit = () =>
    send(async () => {
      if (!offeringId) return
      setNotice(null)
      const result = await call('bookings', 'createSlots', {
        offeringId,
        startTime,
        endTime,
        schedule: weekly ? { kind: 'weekly', firstDate: date, weeks: asNumber(weeks), weekdays, onMakeupWorkdays } : { kind: 'once', date },
        capacity: asNumber(capacity),
        ageBand,
        priceFen: Math.round(asNumber(priceYuan) * 100),
        windowDaysAhead: asNumber(windowDaysAhead),
        windowOpensAt,
        minNoticeMinutes: asNumber(minNoticeMinutes),
        cancelCutoffHours: asNumber(cancelCutoffHours)
      })
      const lines = [t('bookings.workspace.slotsCreated', { count: result.created.length })]
      if (result.skippedHolidays.length > 0) {
        lines.push(t('bookings.workspace.skipped', { dates: result.skippedHolidays.map((s) => `${s.date}（${s.holiday}）`).join('、') }))
      }
      if (result.uncheckedDates.length > 0) lines.push(t('bookings.workspace.unchecked', { dates: result.uncheckedDates.join('、') }))
      setNotice(lines.join('\n'))
      onCreated()
    })

  const toggleWeekday = (day: Weekday) =>
    setWeekdays((chosen) => (chosen.includes(day) ? chosen.filter((d) => d !== day) : [...chosen, day].sort((a, b) => a - b)))

  return (
    <View data-testid='slots-form'>
      <View className='bookings-chips'>
        {offerings.map((o) => (
          <Chip key={o.id} label={o.title} selected={offeringId === o.id} onClick={() => setOfferingId(o.id)} testId={`slots-offering-${o.id}`} />
        ))}
      </View>
      <View className='bookings-chips'>
        <Chip label={t('bookings.workspace.once')} selected={!weekly} onClick={() => setWeekly(false)} testId='schedule-once' />
        <Chip label={t('bookings.workspace.weekly')} selected={weekly} onClick={() => setWeekly(true)} testId='schedule-weekly' />
      </View>
      <View className='bookings-field'>
        <Text className='bookings-field__label'>{weekly ? t('bookings.workspace.firstDate') : t('bookings.workspace.date')}</Text>
        <DateStrip days={days} enabled={new Set(days)} selected={date} onSelect={setDate} testId='slots-date' />
      </View>
      {weekly ? (
        <>
          <View className='bookings-field'>
            <Text className='bookings-field__label'>{t('bookings.workspace.weekdays')}</Text>
            <View className='bookings-chips'>
              {WEEKDAYS.map((day) => (
                <Chip key={day} label={t(`labels.weekday.d${day}`)} selected={weekdays.includes(day)} onClick={() => toggleWeekday(day)} testId={`weekday-${day}`} />
              ))}
              <Chip label={t('bookings.workspace.onMakeupWorkdays')} selected={onMakeupWorkdays} onClick={() => setOnMakeupWorkdays(!onMakeupWorkdays)} testId='makeup-workdays' />
            </View>
          </View>
          <TextField block='bookings-field' label={t('bookings.workspace.weeks')} {...bind('weeks', weeks, setWeeks, between(SLOT_LIMITS.weeks))} testId='slots-weeks' />
        </>
      ) : null}
      <TimeField block='bookings-field' label={t('bookings.workspace.startTime')} {...bind('startTime', startTime, setStartTime)} testId='slots-start' />
      <TimeField block='bookings-field' label={t('bookings.workspace.endTime')} {...bind('endTime', endTime, setEndTime)} testId='slots-end' />
      <TextField block='bookings-field' label={t('bookings.workspace.capacity')} {...bind('capacity', capacity, setCapacity, between(SLOT_LIMITS.capacity))} testId='slots-capacity' />
      <View className='bookings-field'>
        <Text className='bookings-field__label'>{t('bookings.workspace.ageBand')}</Text>
        <View className='bookings-chips'>
          <Chip label={t('bookings.workspace.anyAge')} selected={ageBand === null} onClick={() => setAgeBand(null)} testId='slots-band-any' />
          {AGE_BANDS.map((band) => (
            <Chip key={band} label={t(`labels.ageBand.${band}`)} selected={ageBand === band} onClick={() => setAgeBand(band)} testId={`slots-band-${band}`} />
          ))}
        </View>
      </View>
      <TextField block='bookings-field' label={t('bookings.workspace.priceYuan')} {...bind('priceFen', priceYuan, setPriceYuan)} testId='slots-price' />
      <TextField block='bookings-field' label={t('bookings.workspace.windowDaysAhead')} {...bind('windowDaysAhead', windowDaysAhead, setWindowDaysAhead, between(SLOT_LIMITS.windowDaysAhead))} testId='slots-window-days' />
      <TimeField block='bookings-field' label={t('bookings.workspace.windowOpensAt')} {...bind('windowOpensAt', windowOpensAt, setWindowOpensAt)} testId='slots-window-time' />
      <TextField block='bookings-field' label={t('bookings.workspace.minNoticeMinutes')} {...bind('minNoticeMinutes', minNoticeMinutes, setMinNoticeMinutes, between(SLOT_LIMITS.minNoticeMinutes))} testId='slots-notice' />
      <TextField block='bookings-field' label={t('bookings.workspace.cancelCutoffHours')} {...bind('cancelCutoffHours', cancelCutoffHours, setCancelCutoffHours, between(SLOT_LIMITS.cancelCutoffHours))} testId='slots-cutoff' />
      {message ?? notice ? (
        <Text className={message ? 'bookings-error' : 'bookings-notice'} data-testid='slots-form-message'>
          {message ?? notice}
        </Text>
      ) : null}
      <ActionButton label={t('bookings.workspace.addSlots')} onClick={() => void submit()} disabled={busy || !offeringId} testId='slots-create' block />
    </View>
  )
}
