import { accountMigrations } from '../account/account-migrations'
import { bookingsMigrations } from '../bookings/bookings-migrations'
import { complaintsMigrations } from '../complaints/complaints-migrations'
import type { Migration } from '../db/migration'
import { familyMigrations } from '../family/family-migrations'
import { finderMigrations } from '../finder/finder-migrations'
import { followingMigrations } from '../following/following-migrations'
import { guidanceMigrations } from '../guidance/guidance-migrations'
import { inboxMigrations } from '../inbox/inbox-migrations'
import { regionsMigrations } from '../regions/regions-migrations'
import { registryMigrations } from '../registry/registry-migrations'
import { workspaceMigrations } from '../registry/workspace-migrations'
import { statisticsMigrations } from '../statistics/statistics-migrations'

/** Every context's migrations; `runMigrations` applies them in id order. */
export const MIGRATIONS: readonly Migration[] = [...finderMigrations, ...registryMigrations, ...accountMigrations, ...regionsMigrations, ...familyMigrations, ...inboxMigrations, ...bookingsMigrations, ...guidanceMigrations, ...complaintsMigrations, ...statisticsMigrations, ...followingMigrations, ...workspaceMigrations]
