/** Sign-in codes sent by SMS: 6 digits, good for 5 minutes and 5 tries. */
export const SMS_CODE_LIFETIME_SECONDS = 5 * 60
export const SMS_CODE_MAX_TRIES = 5
/** At most one code a minute and ten a day to one number, whoever asks. */
export const SMS_RESEND_AFTER_SECONDS = 60
export const SMS_CODES_PER_DAY = 10
const DAY_MS = 86_400_000

/**
 * How long the caller must wait before another code may go to a number that was sent codes at `sentAt`
 * (any order); 0 when one may go now. The day is the last 24 hours, so no midnight lets a burst through.
 */
export function smsResendWaitSeconds(sentAt: readonly Date[], now: Date): number {
  const nowMs = now.getTime()
  const lastDay = sentAt.map((at) => at.getTime()).filter((ms) => nowMs - ms < DAY_MS).sort((a, b) => a - b)
  const latest = lastDay[lastDay.length - 1]
  const minuteWait = latest === undefined ? 0 : Math.ceil((latest + SMS_RESEND_AFTER_SECONDS * 1000 - nowMs) / 1000)
  const oldestCounted = lastDay[lastDay.length - SMS_CODES_PER_DAY]
  const dayWait = lastDay.length >= SMS_CODES_PER_DAY && oldestCounted !== undefined ? Math.ceil((oldestCounted + DAY_MS - nowMs) / 1000) : 0
  return Math.max(0, minuteWait, dayWait)
}
