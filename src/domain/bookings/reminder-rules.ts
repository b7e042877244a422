import { dayjs } from '../shared/clock'

/** A reminder the day before and one two hours before; each only if the booking was made before it falls due. */
const REMINDER_OFFSETS = {
  day_before: 24 * 60,
  two_hours_before: 2 * 60
} as const
export type ReminderKind = keyof typeof REMINDER_OFFSETS
const REMINDER_KINDS = Object.keys(REMINDER_OFFSETS) as ReminderKind[]

export function remindersFor(bookedAt: Date, startsAt: string): { kind: ReminderKind; dueAt: Date }[] {
  return REMINDER_KINDS.map((kind) => ({ kind, dueAt: dayjs(startsAt).subtract(REMINDER_OFFSETS[kind], 'minute').toDate() })).filter(
    (reminder) => reminder.dueAt.getTime() > bookedAt.getTime()
  )
}
