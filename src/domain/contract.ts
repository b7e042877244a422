import { z } from 'zod'
import {
  devLoginInputSchema,
  emptyInputSchema,
  roleSchema,
  sessionSchema,
  userSchema,
  wechatLoginInputSchema,
  type Role
} from './account/account-schema'
import { institutionDetailSchema } from './finder/institution-schema'
import { getInstitutionInputSchema, searchInputSchema, searchOutputSchema } from './finder/search-schema'
import { regionSchema, regionSummarySchema } from './regions/region-schema'
import { getRegionInputSchema, listRegionsInputSchema } from './regions/regions-schema'

/** Who may call an action: anyone, any signed-in user, or only the listed roles. */
export type Access = { kind: 'public' } | { kind: 'signed_in' } | { kind: 'roles'; roles: readonly Role[] }

export interface ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string
  input: I
  output: O
  access: Access
}

const action = <I extends z.ZodType, O extends z.ZodType>(spec: ActionSpec<I, O>) => spec
const PUBLIC = { kind: 'public' } as const

/**
 * Every action the API offers, by cloud function. The server validates input with these schemas, the client
 * is typed from them, and the OpenAPI document is generated from them.
 */
export const contract = {
  finder: {
    search: action({
      summary: 'Search filed institutions near a point, with filters, sorted and paged',
      input: searchInputSchema,
      output: searchOutputSchema,
      access: PUBLIC
    }),
    get: action({
      summary: 'One institution in full: filing, fees, staffing, disclosures, evaluations, enforcement',
      input: getInstitutionInputSchema,
      output: institutionDetailSchema,
      access: PUBLIC
    })
  },
  regions: {
    list: action({
      summary: 'The regions the service covers',
      input: listRegionsInputSchema,
      output: z.array(regionSummarySchema),
      access: PUBLIC
    }),
    get: action({
      summary: 'One region: districts, departments and family policies',
      input: getRegionInputSchema,
      output: regionSchema,
      access: PUBLIC
    })
  },
  account: {
    devLogin: action({
      summary: 'Development sign-in as a sample parent, institution staff member or regulator (refused in production)',
      input: devLoginInputSchema,
      output: sessionSchema,
      access: PUBLIC
    }),
    wechatLogin: action({
      summary: 'Sign in with the code from wx.login (exchanged through code2Session)',
      input: wechatLoginInputSchema,
      output: sessionSchema,
      access: PUBLIC
    }),
    me: action({
      summary: 'The signed-in user',
      input: emptyInputSchema,
      output: userSchema,
      access: { kind: 'signed_in' }
    })
  }
} as const satisfies Record<string, Record<string, ActionSpec>>

export type Contract = typeof contract
export type FunctionName = keyof Contract
export type ActionName<F extends FunctionName> = keyof Contract[F] & string
export type ActionInput<F extends FunctionName, A extends ActionName<F>> =
  Contract[F][A] extends ActionSpec<infer I, z.ZodType> ? z.input<I> : never
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> =
  Contract[F][A] extends ActionSpec<z.ZodType, infer O> ? z.output<O> : never

export { roleSchema }
