import type { z } from 'zod'
import { accountContract } from './account/account-contract'
import { bookingsContract } from './bookings/bookings-contract'
import { complaintsContract } from './complaints/complaints-contract'
import { familyContract } from './family/family-contract'
import { finderContract } from './finder/finder-contract'
import { followingContract } from './following/following-contract'
import { guidanceContract } from './guidance/guidance-contract'
import { inboxContract } from './inbox/inbox-contract'
import { regionsContract } from './regions/regions-contract'
import { registryContract } from './registry/registry-contract'
import { statisticsContract } from './statistics/statistics-contract'
import type { ActionSpec } from './shared/action-spec'

export type { Access, ActionSpec } from './shared/action-spec'

/**
 * Every action the API offers, by cloud function; each context declares its own in
 * `<context>/<context>-contract.ts`. The server validates input with these schemas, the client is typed from
 * them, and the OpenAPI document is generated from them.
 */
export const contract = {
  finder: finderContract,
  regions: regionsContract,
  account: accountContract,
  bookings: bookingsContract,
  family: familyContract,
  inbox: inboxContract,
  guidance: guidanceContract,
  complaints: complaintsContract,
  registry: registryContract,
  statistics: statisticsContract,
  following: followingContract
} as const satisfies Record<string, Record<string, ActionSpec>>

export type Contract = typeof contract
export type FunctionName = keyof Contract
export type ActionName<F extends FunctionName> = keyof Contract[F] & string
export type ActionInput<F extends FunctionName, A extends ActionName<F>> =
  Contract[F][A] extends ActionSpec<infer I, z.ZodType> ? z.input<I> : never
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> =
  Contract[F][A] extends ActionSpec<z.ZodType, infer O> ? z.output<O> : never
