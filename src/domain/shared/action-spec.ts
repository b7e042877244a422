import type { z } from 'zod'
import type { Role } from '../account/account-schema'
import { refuseControlCharacters } from './control-characters'

/** Who may call an action: anyone, any signed-in user, or only the listed roles. */
export type Access = { kind: 'public' } | { kind: 'signed_in' } | { kind: 'roles'; roles: readonly Role[] }

export interface ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string
  input: I
  output: O
  access: Access
}

/**
 * Declares one action; the generic keeps the exact schema types for the client and the handlers. Every input
 * gets the contract's rules for all strings here, once, so no field can forget them (control characters).
 */
export const action = <I extends z.ZodType, O extends z.ZodType>(spec: ActionSpec<I, O>): ActionSpec<I, O> => ({
  ...spec,
  input: spec.input.superRefine(refuseControlCharacters)
})

export const PUBLIC = { kind: 'public' } as const
export const SIGNED_IN = { kind: 'signed_in' } as const
export const rolesOnly = (...roles: Role[]): Access => ({ kind: 'roles', roles })
