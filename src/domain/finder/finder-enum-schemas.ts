import { z } from 'zod'
import {
  AGE_BANDS,
  CHANGE_KINDS,
  DISCLOSURE_SECTIONS,
  ENFORCEMENT_KINDS,
  FEE_RECORD_UNITS,
  FEE_UNITS,
  GRADES,
  INSPECTION_KINDS,
  INSPECTION_RESULTS,
  OPERATOR_KINDS,
  RECTIFICATION_STATUSES,
  SERVICE_TYPES,
  SORT_KEYS,
  STANDINGS
} from './finder-enums'

/** The finder's enums as zod schemas, for the contract; finder-enums.ts holds the values themselves. */
export const serviceTypeSchema = z.enum(SERVICE_TYPES)
export const ageBandSchema = z.enum(AGE_BANDS)
export const operatorKindSchema = z.enum(OPERATOR_KINDS)
export const gradeSchema = z.enum(GRADES)
export const disclosureSectionSchema = z.enum(DISCLOSURE_SECTIONS)
export const feeUnitSchema = z.enum(FEE_UNITS)
export const feeRecordUnitSchema = z.enum(FEE_RECORD_UNITS)
export const rectificationStatusSchema = z.enum(RECTIFICATION_STATUSES)
export const enforcementKindSchema = z.enum(ENFORCEMENT_KINDS)
export const sortKeySchema = z.enum(SORT_KEYS)
export const standingStatusSchema = z.enum(STANDINGS)
export const inspectionKindSchema = z.enum(INSPECTION_KINDS)
export const inspectionResultSchema = z.enum(INSPECTION_RESULTS)
export const changeKindSchema = z.enum(CHANGE_KINDS)
