import { randomUUID } from 'node:crypto'
import type { User } from '../../domain/account/account-schema'
import type { Access, ActionSpec } from '../../domain/shared/action-spec'
import type { Envelope, ErrorBody } from '../../domain/shared/envelope-schema'
import { DomainError, type ErrorCode } from '../../domain/shared/error-codes'
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales'
// The server answers people in every language: all catalogues, not only the one a phone loads.
import '../../i18n/all-catalogues'
import { inLocale, t, type MessageKey } from '../../i18n/translate'
import { errorField, serverLog, type ServerLog } from '../shared/server-log'
import type { ServiceContext } from '../shared/service-context'
import { alreadyValidated } from '../shared/validated-values'
import { describeInvalidInput, dottedPath, fieldLabel } from '../../i18n/invalid-input-message'

/** One request, whichever transport brought it: the cloud function event or `POST /api/{fn}/{action}`. */
interface ActionCall {
  fn: unknown
  action: unknown
  input: unknown
}

// Loose shapes so the dispatcher serves the real contract and the small ones tests declare alike; the
// typed registry in src/cloud/handlers.ts guarantees each real handler matches its action's schemas.
type AnyHandler = (ctx: ServiceContext, input: never) => Promise<unknown>
export interface Api {
  contract: Readonly<Record<string, Readonly<Record<string, ActionSpec>>>>
  handlers: Readonly<Record<string, Readonly<Record<string, AnyHandler>>>>
}

interface DispatchOptions {
  /** Ties the log line of an unexpected failure to the request (the HTTP server also returns it as a header). */
  requestId?: string
  /** Where unexpected failures are logged; the process's log by default. */
  log?: ServerLog
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  DEV_LOGIN_DISABLED: 403,
  NOT_FOUND: 404,
  UNKNOWN_ACTION: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  WECHAT_LOGIN_FAILED: 401,
  INTERNAL: 500,
  // Taken, already there, or in a state that forbids it: the same request may succeed once things change.
  SLOT_FULL: 409,
  SLOT_EXISTS: 409,
  ALREADY_BOOKED: 409,
  ALREADY_ON_WAITLIST: 409,
  OVERLAPPING_BOOKING: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  CHILD_HAS_UPCOMING_BOOKINGS: 409,
  COMPLAINT_TRANSITION_NOT_ALLOWED: 409,
  PHOTO_TOO_LARGE: 413,
  PHOTO_TYPE_NOT_ALLOWED: 415
}

/**
 * The HTTP status for an error code. Codes a context adds for its own rules (a full slot, a closed booking
 * window) are the caller's request meeting a rule, so they answer 422 unless listed here.
 */
export function httpStatusFor(code: ErrorCode): number {
  return STATUS[code] ?? 422
}

function failure(code: ErrorCode, params: Record<string, string | number> = {}, field?: string): Envelope<never> {
  // In the caller's language: dispatch renders every failure inside inLocale.
  const error: ErrorBody = { code, message: t(`errors.${code}` as MessageKey, params) }
  if (field !== undefined) error.field = field
  return { ok: false, error }
}

function lookup<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined
}

function refusal(access: Access, user: User | null): Envelope<never> | null {
  if (access.kind === 'public') return null
  if (!user) return failure('UNAUTHENTICATED')
  if (access.kind === 'roles' && !access.roles.includes(user.role)) return failure('FORBIDDEN')
  return null
}

function fromDomainError(error: DomainError): Envelope<never> {
  const field = error.params.field
  if (typeof field !== 'string') return failure(error.code, error.params)
  const path = field.split('.')
  return failure(error.code, { ...error.params, field: fieldLabel(path) }, dottedPath(path))
}

/**
 * Runs one action for one caller: finds it in the contract, checks who may call it, validates the input
 * with the action's schema, runs the handler and checks its answer against the output schema. Whatever
 * happens the caller gets an envelope; an unexpected failure is logged with the request id and answered
 * with a generic message, never a stack.
 */
export async function dispatch(api: Api, call: ActionCall, ctx: ServiceContext, options: DispatchOptions = {}): Promise<Envelope<unknown>> {
  const locale: Locale = ctx.locale ?? DEFAULT_LOCALE
  const speak = <T>(render: () => T): T => inLocale(locale, render)
  const functionContract = lookup(api.contract, call.fn)
  const functionHandlers = lookup(api.handlers, call.fn)
  const spec = functionContract && lookup(functionContract, call.action)
  const handler = functionHandlers && lookup(functionHandlers, call.action)
  if (!spec || !handler) return speak(() => failure('UNKNOWN_ACTION'))

  const refused = speak(() => refusal(spec.access, ctx.user))
  if (refused) return refused

  const parsed = spec.input.safeParse(call.input)
  if (!parsed.success) {
    const { field, message } = speak(() => describeInvalidInput(parsed.error, call.input))
    return { ok: false, error: { code: 'INVALID_INPUT', message, field } }
  }

  const log = options.log ?? serverLog()
  const where = { requestId: options.requestId ?? randomUUID(), fn: String(call.fn), action: String(call.action) }
  try {
    const result = await handler(ctx, parsed.data as never)
    if (alreadyValidated(spec.output, result)) return { ok: true, data: result }
    const output = spec.output.safeParse(result)
    if (!output.success) {
      log.error({ ...where, issues: output.error.issues.map(({ code, path, message }) => ({ code, path, message })) }, 'handler answered outside its output schema')
      return speak(() => failure('INTERNAL'))
    }
    return { ok: true, data: output.data }
  } catch (error) {
    if (error instanceof DomainError) return speak(() => fromDomainError(error))
    log.error({ ...where, error: errorField(error) }, 'handler failed')
    return speak(() => failure('INTERNAL'))
  }
}
