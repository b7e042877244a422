import type { ErrorCode } from '../shared/error-codes'
import {
  COMPLAINT_LIMITS,
  OPEN_STATUSES,
  VERDICT_OUTCOMES,
  type CloseOutcomeKind,
  type ComplaintStatus
} from './complaint-schema'
import { calendarDayDeadline } from './working-day-rules'

/** Who is acting on a complaint, as the service established it: its own parent, the region's regulator, or anyone else. */
export type ComplaintActor = 'complainant' | 'regulator' | 'other'

const LIFECYCLE_COMMANDS = ['accept', 'reject', 'assign', 'investigate', 'answer', 'close', 'reopen'] as const
type LifecycleCommandType = (typeof LIFECYCLE_COMMANDS)[number]

export type LifecycleCommand =
  | { type: Exclude<LifecycleCommandType, 'close'> }
  | { type: 'close'; outcome: CloseOutcomeKind }

/** The part of a complaint its lifecycle depends on. */
export interface LifecycleSnapshot {
  status: ComplaintStatus
  answeredAt: Date | null
  reopenCount: number
  outcome: CloseOutcomeKind | null
}

type TransitionResult = { ok: true; status: ComplaintStatus } | { ok: false; code: ErrorCode }

const REGULATOR_MOVES: Record<Exclude<LifecycleCommandType, 'close' | 'reopen'>, { from: readonly ComplaintStatus[]; to: ComplaintStatus }> = {
  accept: { from: ['submitted'], to: 'accepted' },
  reject: { from: ['submitted'], to: 'rejected' },
  // A department may pass a complaint on while it is being handled, and must pick one up again after a reopening.
  assign: { from: ['accepted', 'assigned', 'investigating', 'reopened'], to: 'assigned' },
  // Routing already gave the complaint a department: once accepted, that department goes straight on, to look
  // into it or to answer, without passing it (转交) to itself first.
  investigate: { from: ['accepted', 'assigned', 'reopened'], to: 'investigating' },
  answer: { from: ['accepted', 'assigned', 'investigating'], to: 'answered' }
}

/** From which statuses a complaint may be closed with each outcome. */
const CLOSE_FROM: Record<CloseOutcomeKind, readonly ComplaintStatus[]> = {
  upheld: ['answered'],
  partly_upheld: ['answered'],
  not_upheld: ['answered'],
  // A duplicate can be merged as soon as it is seen; a referral needs the complaint accepted first.
  duplicate: OPEN_STATUSES,
  referred: ['accepted', 'assigned', 'investigating', 'reopened']
}

/** The last moment a parent may reopen: the end of the 15th day (China) after the answer. */
export function reopenDeadline(answeredAt: Date): Date {
  return calendarDayDeadline(answeredAt, COMPLAINT_LIMITS.reopenWindowDays)
}

function canBeReopenedFrom(snapshot: LifecycleSnapshot): boolean {
  if (snapshot.status === 'answered') return true
  return snapshot.status === 'closed' && snapshot.outcome !== null && VERDICT_OUTCOMES.includes(snapshot.outcome)
}

const refuse = (code: ErrorCode): TransitionResult => ({ ok: false, code })

/**
 * The lifecycle: submitted → accepted (or rejected) → assigned → investigating → answered → closed, and a
 * parent's one reopening within 15 days of the answer. Returns the next status, or the error code that
 * explains the refusal: the actor may never do this (FORBIDDEN), not from this status, or not any more.
 */
export function nextStatus(snapshot: LifecycleSnapshot, command: LifecycleCommand, actor: ComplaintActor, now: Date): TransitionResult {
  if (command.type === 'reopen') {
    if (actor !== 'complainant') return refuse('FORBIDDEN')
    if (!canBeReopenedFrom(snapshot) || snapshot.answeredAt === null) return refuse('COMPLAINT_TRANSITION_NOT_ALLOWED')
    if (snapshot.reopenCount >= COMPLAINT_LIMITS.reopensAllowed) return refuse('REOPEN_ALREADY_USED')
    if (now.getTime() > reopenDeadline(snapshot.answeredAt).getTime()) return refuse('REOPEN_WINDOW_CLOSED')
    return { ok: true, status: 'reopened' }
  }
  if (actor !== 'regulator') return refuse('FORBIDDEN')
  if (command.type === 'close') {
    return CLOSE_FROM[command.outcome].includes(snapshot.status)
      ? { ok: true, status: 'closed' }
      : refuse('COMPLAINT_TRANSITION_NOT_ALLOWED')
  }
  const move = REGULATOR_MOVES[command.type]
  return move.from.includes(snapshot.status) ? { ok: true, status: move.to } : refuse('COMPLAINT_TRANSITION_NOT_ALLOWED')
}

/** Every command (with each closing outcome) the actor could take now, for the buttons a page shows. */
export function availableCommands(snapshot: LifecycleSnapshot, actor: ComplaintActor, now: Date): string[] {
  const candidates: LifecycleCommand[] = [
    ...LIFECYCLE_COMMANDS.filter((type): type is Exclude<LifecycleCommandType, 'close'> => type !== 'close').map((type) => ({ type })),
    ...(Object.keys(CLOSE_FROM) as CloseOutcomeKind[]).map((outcome) => ({ type: 'close' as const, outcome }))
  ]
  return candidates
    .filter((command) => nextStatus(snapshot, command, actor, now).ok)
    .map((command) => (command.type === 'close' ? `close:${command.outcome}` : command.type))
}
