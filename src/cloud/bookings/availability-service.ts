import { AVAILABILITY_DAYS } from '../../domain/bookings/booking-schema'
import { addDays, chinaDayBounds } from '../../domain/bookings/china-time-rules'
import type { OfferingKind } from '../../domain/bookings/offering-schema'
import { todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import type { Database } from '../db/database'
import { toSlotView } from './booking-views'
import { findOffering, listOfferingSummaries } from './offering-repository'
import { listSlotsOfOffering } from './slot-repository'

export async function listOfferings(
  db: Database,
  input: { institutionId: string } | { regionCode: string; kind?: OfferingKind | undefined },
  now: Date
) {
  const where = 'institutionId' in input ? { institutionId: input.institutionId } : { regionCode: input.regionCode, kind: input.kind ?? null }
  return { offerings: await listOfferingSummaries(db, where, now) }
}

/** The open slots of one offering on the China calendar days from `fromDate` (today) for a month. */
export async function availability(db: Database, input: { offeringId: string; fromDate?: string | undefined }, now: Date) {
  const offering = await findOffering(db, input.offeringId)
  if (!offering) throw new DomainError('NOT_FOUND')
  const fromDate = input.fromDate ?? todayInChina(now)
  const toDate = addDays(fromDate, AVAILABILITY_DAYS - 1)
  const slots = await listSlotsOfOffering(db, offering.id, chinaDayBounds(fromDate).start, chinaDayBounds(toDate).end, true)
  return { offering, fromDate, toDate, slots: slots.map((slot) => toSlotView(now, slot)) }
}
