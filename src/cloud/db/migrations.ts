import { accountMigrations } from '../account/account-migrations'
import { bookingsMigrations } from '../bookings/bookings-migrations'
import { complaintsMigrations } from '../complaints/complaints-migrations'
import { familyMigrations } from '../family/family-migrations'
import { finderMigrations } from '../finder/finder-migrations'
import { guidanceMigrations } from '../guidance/guidance-migrations'
import { inboxMigrations } from '../inbox/inbox-migrations'

/**
 * One schema change. `id` orders migrations and is recorded once applied; an applied migration is never
 * edited, a new one is added. Each context keeps its own list; this file only puts them in order.
 */
export interface Migration {
  id: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [...finderMigrations, ...accountMigrations, ...familyMigrations, ...inboxMigrations, ...bookingsMigrations, ...guidanceMigrations, ...complaintsMigrations]
