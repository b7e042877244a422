import { z } from 'zod'

/** A calendar date in Asia/Shanghai, as the regulator writes it: YYYY-MM-DD. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** A clock time in Asia/Shanghai: HH:mm. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)

export const fenSchema = z.number().int().min(0)
