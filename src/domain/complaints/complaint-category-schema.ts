import { z } from 'zod'

/*
 * Apart from complaint-schema.ts because the region's routing needs these and nothing else of it: reading a
 * region (every finder search does) then builds none of the complaint actions' schemas.
 */

/** What a parent can complain about; each maps to a responsible department in the region's routing. */
export const COMPLAINT_CATEGORIES = [
  'safety',
  'abuse_neglect',
  'food',
  'hygiene_health',
  'fees_refunds',
  'staff_qualifications',
  'false_disclosure',
  'unregistered',
  'other'
] as const
export const complaintCategorySchema = z.enum(COMPLAINT_CATEGORIES)
export type ComplaintCategory = z.infer<typeof complaintCategorySchema>

export const departmentCodeSchema = z.string().regex(/^[a-z_]{2,40}$/)
