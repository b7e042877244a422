import type { Migration } from '../db/migration'

/**
 * Children are kept apart from everything else, keyed by their guardian: a nickname, a birth month and the
 * consent under which the guardian gave them. Deleting a child deletes exactly this row.
 */
export const familyMigrations: Migration[] = [
  {
    id: '0400_family',
    sql: `
      CREATE TABLE children (
        id text PRIMARY KEY,
        guardian_id text NOT NULL,
        nickname text NOT NULL CHECK (char_length(nickname) BETWEEN 1 AND 12),
        birth_month text NOT NULL CHECK (birth_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        consent_version text NOT NULL,
        consented_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX children_guardian_idx ON children (guardian_id, created_at, id);
    `
  }
]
