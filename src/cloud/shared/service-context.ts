import type { z } from 'zod'
import type { SignInMethod, User } from '../../domain/account/account-schema'
import type { Contract, FunctionName } from '../../domain/contract'
import type { Locale } from '../../i18n/locales'
import type { Database } from '../db/database'

/** What every handler gets besides its validated input. */
export interface ServiceContext {
  db: Database
  /** The caller, or null when not signed in. Access rules in the contract are checked before the handler runs. */
  user: User | null
  /** The time of the request; handlers never read the clock themselves, so tests can fix it. */
  now: Date
  /** The caller's language for messages in the answer (errors); Chinese when the request names none. */
  locale?: Locale
  /**
   * The server-side session the caller signed in with (HTTP API); absent in cloud functions, where the
   * platform vouches for the caller on each call. Only account actions read it.
   */
  session?: SessionRef | null
  /**
   * True in a cloud function: the caller has no session, and the hat they act with is kept with their person
   * (chosen through account.switchHat, checked against live memberships on every call).
   */
  viaCloudFunction?: boolean
}

/** What account actions need to know of the caller's session. */
export interface SessionRef {
  id: string
  method: SignInMethod
  maskedPhone: string | null
  actingMembershipId: string | null
}

type SpecOf<F extends FunctionName, A extends keyof Contract[F]> = Contract[F][A] extends {
  input: infer I extends z.ZodType
  output: infer O extends z.ZodType
}
  ? { input: z.output<I>; output: z.input<O> }
  : never

/** The handlers of one cloud function: one per action in its contract, each given already-validated input. */
export type Handlers<F extends FunctionName> = {
  [A in keyof Contract[F]]: (ctx: ServiceContext, input: SpecOf<F, A>['input']) => Promise<SpecOf<F, A>['output']>
}
