import type { ComplaintStatus } from '../../../src/domain/complaints/complaint-schema'

/**
 * The allowed regulator moves, status by status, keyed by command (`close:<outcome>` for closing); anything not
 * listed must be refused. The domain rules and the API are both tested against this one table.
 */
export const REGULATOR_ALLOWED: Record<ComplaintStatus, Partial<Record<string, ComplaintStatus>>> = {
  submitted: { accept: 'accepted', reject: 'rejected', 'close:duplicate': 'closed' },
  // The department the complaint was routed to answers it, or looks into it first, without 转交 to itself.
  accepted: { assign: 'assigned', investigate: 'investigating', answer: 'answered', 'close:duplicate': 'closed', 'close:referred': 'closed' },
  rejected: {},
  assigned: { assign: 'assigned', investigate: 'investigating', answer: 'answered', 'close:duplicate': 'closed', 'close:referred': 'closed' },
  investigating: { assign: 'assigned', answer: 'answered', 'close:duplicate': 'closed', 'close:referred': 'closed' },
  answered: { 'close:upheld': 'closed', 'close:partly_upheld': 'closed', 'close:not_upheld': 'closed' },
  reopened: { assign: 'assigned', investigate: 'investigating', 'close:duplicate': 'closed', 'close:referred': 'closed' },
  closed: {}
}
