/**
 * Stable error codes. Clients branch on these, so a code is never renamed or reused; the message that
 * goes with each lives in the i18n catalogue (`errors.<CODE>`).
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_ACTION',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'DEV_LOGIN_DISABLED',
  'WECHAT_LOGIN_FAILED',
  'INTERNAL',
  'SLOT_FULL',
  'SLOT_CANCELLED',
  'SLOT_IN_PAST',
  'SLOT_EXISTS',
  'BOOKING_WINDOW_NOT_OPEN',
  'BOOKING_TOO_LATE',
  'CANCELLATION_CUTOFF_PASSED',
  'AGE_BAND_MISMATCH',
  'OVERLAPPING_BOOKING',
  'CHILD_REQUIRED',
  'ALREADY_BOOKED',
  'ALREADY_ON_WAITLIST',
  'WAITLIST_NOT_NEEDED',
  'OFFER_EXPIRED',
  'BOOKING_NOT_ACTIVE',
  'RESCHEDULE_NOT_ALLOWED',
  'ATTENDANCE_TOO_EARLY',
  'IDEMPOTENCY_KEY_REUSED',
  'CONSENT_REQUIRED',
  'BIRTH_MONTH_IN_FUTURE',
  'CHILD_OVER_AGE_LIMIT',
  'CHILD_HAS_UPCOMING_BOOKINGS',
  'COMPLAINT_TRANSITION_NOT_ALLOWED',
  'REOPEN_WINDOW_CLOSED',
  'REOPEN_ALREADY_USED',
  'PHOTO_TYPE_NOT_ALLOWED',
  'PHOTO_TOO_LARGE',
  'PHOTO_UPLOAD_INCOMPLETE',
  'DEPARTMENT_NOT_IN_REGION',
  'INCIDENT_DATE_IN_FUTURE',
  'INCIDENT_TOO_OLD',
  'DUPLICATE_TARGET_NOT_OPEN',
  'MERGE_NOT_ALLOWED',
  'PHOTO_UNREADABLE',
  'DATE_IN_FUTURE',
  'DISTRICT_NOT_IN_REGION',
  'FILING_NUMBER_TAKEN',
  'INSTITUTION_REVOKED',
  'RECTIFICATION_CLOSED',
  'IMPORT_FILE_TOO_LARGE',
  'IMPORT_FILE_UNREADABLE',
  'IMPORT_FILE_TYPE',
  'IMPORT_HAS_ERRORS',
  'REGION_PREFIX_TAKEN',
  'DISTRICT_IN_USE',
  'DEPARTMENT_IN_USE',
  'SMS_CODE_WRONG',
  'SMS_UNAVAILABLE',
  'INVITATION_INVALID',
  'EFFECTIVE_DATE_OUT_OF_RANGE',
  'SERVICE_NOT_OFFERED',
  'REVIEW_ALREADY_DECIDED',
  'FOLLOWING_LIMIT_REACHED',
  'LOCATION_OUTSIDE_CHINA',
  'LOCATION_OUTSIDE_REGION'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** A failure the caller can act on. Services throw it; transports turn it into the error envelope. */
export class DomainError extends Error {
  readonly code: ErrorCode
  /** Values interpolated into the catalogue message, e.g. the field that failed. */
  readonly params: Record<string, string | number>

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, detail?: string) {
    super(detail ?? code)
    this.name = 'DomainError'
    this.code = code
    this.params = params
  }
}
