import { z } from 'zod'

/**
 * The input of an action that takes none. A module of its own so a contract that needs only this (the
 * finder's) does not build every account schema when its cloud function starts.
 */
export const emptyInputSchema = z.object({}).strict()
