import '../../i18n/zh-cn-pages/complaints'
import { COMPLAINT_LIMITS } from '../../domain/complaints/complaint-schema'
import { DomainError, type ErrorCode } from '../../domain/shared/error-codes'
import { t } from '../../i18n/translate'
import type { ComplaintRecord } from './complaint-repository'

/** The lifecycle's refusal as an error whose message says where the complaint stands. */
export function transitionRefusal(code: ErrorCode, record: ComplaintRecord): DomainError {
  if (code === 'COMPLAINT_TRANSITION_NOT_ALLOWED') return new DomainError(code, { status: t(`complaints.statuses.${record.status}`) })
  if (code === 'REOPEN_WINDOW_CLOSED') return new DomainError(code, { days: COMPLAINT_LIMITS.reopenWindowDays })
  return new DomainError(code)
}
