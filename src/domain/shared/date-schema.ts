import { z } from 'zod'

/** A calendar date in China (UTC+8), as the regulator writes it: YYYY-MM-DD. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** A clock time in China (UTC+8): HH:mm. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)

export const fenSchema = z.number().int().min(0)
