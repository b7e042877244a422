import type { z } from 'zod'
import type { User } from '../../domain/account/account-schema'
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
