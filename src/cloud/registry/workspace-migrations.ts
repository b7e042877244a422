import type { Migration } from '../db/migration'

/**
 * 0810: fees carry the day they take effect, and a search counts only those in effect on its day, so each
 * fee's span now sits in the stored search projection; clearing it makes every row's facts come from its
 * full record again until it is next saved (as 0003 did).
 *
 * 0811: changes that wait for the region's regulator (a 普惠 institution's fees, any class sizes). One pending
 * request per institution and kind at most: a newer one supersedes it, so the queue never holds two
 * contradicting requests. Who asked and who decided stay on the row for the audit.
 *
 * 0812: an institution's photos (premises, and the notices or certificates of its disclosures), the
 * re-encoded JPEG only, claimed from the complaint-photo upload by its ticket.
 */
export const workspaceMigrations: Migration[] = [
  {
    id: '0810_finder_fee_spans',
    sql: `UPDATE institutions SET search_facts = NULL WHERE search_facts IS NOT NULL;`
  },
  {
    id: '0811_registry_reviews',
    sql: `
      CREATE TABLE registry_reviews (
        id text PRIMARY KEY,
        region_code text NOT NULL,
        institution_id text NOT NULL REFERENCES institutions (id),
        kind text NOT NULL CHECK (kind IN ('fees', 'classes')),
        change jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'superseded')),
        requested_by text NOT NULL,
        requested_by_name text NOT NULL,
        requested_at timestamptz NOT NULL,
        decided_by text,
        decided_by_name text,
        decided_at timestamptz,
        reason text
      );
      CREATE UNIQUE INDEX registry_reviews_one_pending_idx ON registry_reviews (institution_id, kind) WHERE status = 'pending';
      CREATE INDEX registry_reviews_queue_idx ON registry_reviews (region_code, requested_at) WHERE status = 'pending';
      CREATE INDEX registry_reviews_institution_idx ON registry_reviews (institution_id, requested_at DESC);
    `
  },
  {
    id: '0812_institution_photos',
    sql: `
      CREATE TABLE institution_photos (
        id text PRIMARY KEY,
        institution_id text NOT NULL REFERENCES institutions (id),
        jpeg bytea NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        byte_size integer NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX institution_photos_institution_idx ON institution_photos (institution_id);
    `
  }
]
