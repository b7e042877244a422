import { z } from 'zod'
import { regionCodeSchema } from '../finder/search-schema'

export const listRegionsInputSchema = z.object({}).strict()
export const getRegionInputSchema = z.object({ code: regionCodeSchema }).strict()
