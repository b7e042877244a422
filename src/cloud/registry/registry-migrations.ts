import type { Migration } from '../db/migration'

/**
 * 0020: what regulators publish. `listed` says whether the finder shows an institution (active and placed);
 * the region's version bump that every institution write takes (0002) carries the change to each process's
 * search index, so a revoked filing leaves search with the write that revoked it. A filing number is unique
 * within its region: imports match rows on it. `registry_events` is the internal audit log: which account
 * did what, when; the public 变更记录 lives on the record and names only the department.
 */
export const registryMigrations: Migration[] = [
  {
    id: '0020_registry',
    sql: `
      ALTER TABLE institutions ADD COLUMN listed boolean NOT NULL DEFAULT true;
      CREATE INDEX institutions_filing_number_idx ON institutions (region_code, filing_number);

      CREATE TABLE registry_events (
        id bigserial PRIMARY KEY,
        region_code text NOT NULL,
        institution_id text NOT NULL REFERENCES institutions (id),
        kind text NOT NULL,
        actor_user_id text NOT NULL,
        actor_name text NOT NULL,
        department text NOT NULL,
        detail jsonb NOT NULL,
        at timestamptz NOT NULL
      );
      CREATE INDEX registry_events_region_idx ON registry_events (region_code, at DESC, id DESC);
      CREATE INDEX registry_events_institution_idx ON registry_events (institution_id, at DESC, id DESC);
    `
  },
  {
    // 0850: the console's 待定位 list and count read a region's unplaced filings on every visit.
    id: '0850_unlocated_institutions',
    sql: `CREATE INDEX institutions_unlocated_idx ON institutions (region_code, id) WHERE (detail->>'located') = 'false';`
  }
]
