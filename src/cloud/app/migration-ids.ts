import { MIGRATIONS } from './migrations'

/**
 * The ids of every migration, which is all a cloud function's schema check needs. Function bundles get this
 * module as a list of literals computed at build time (scripts/cloud-bundle.ts), so no migration's SQL is in
 * a bundle or evaluated on a cold start.
 */
export const MIGRATION_IDS: readonly string[] = MIGRATIONS.map((m) => m.id)
