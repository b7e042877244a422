import type { Region } from '../../domain/regions/region-schema'
import type { Queryable } from '../db/database'
import { findRegion } from './regions-repository'

/** A region by its code, or null: how the other contexts read regions, so the regions table keeps one owner. */
export function regionByCode(q: Queryable, code: string): Promise<Region | null> {
  return findRegion(q, code)
}
