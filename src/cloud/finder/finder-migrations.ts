import type { Migration } from '../db/migration'

/**
 * Regions are tenant configuration kept whole; institutions keep the columns other contexts filter or join
 * on (region, district, name, address, point, filing number) next to the full disclosed record. A statement
 * trigger bumps `finder_data_version` on every change so each server process rebuilds its nearby index
 * the next time it searches, wherever the change came from.
 */
export const finderMigrations: Migration[] = [
  {
    id: '0001_finder',
    sql: `
      CREATE TABLE regions (
        code text PRIMARY KEY,
        name text NOT NULL,
        data jsonb NOT NULL,
        is_sample boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE institutions (
        id text PRIMARY KEY,
        region_code text NOT NULL REFERENCES regions (code),
        district_code text NOT NULL,
        name text NOT NULL,
        address text NOT NULL,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        filing_number text NOT NULL,
        operator_kind text NOT NULL,
        is_affordable boolean NOT NULL,
        is_demonstration boolean NOT NULL,
        detail jsonb NOT NULL,
        is_sample boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX institutions_region_idx ON institutions (region_code, district_code);
      CREATE INDEX institutions_name_idx ON institutions (region_code, name);

      CREATE TABLE finder_data_version (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL
      );
      INSERT INTO finder_data_version (version) VALUES (1);

      CREATE FUNCTION bump_finder_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE finder_data_version SET version = version + 1;
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER institutions_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON institutions
        FOR EACH STATEMENT EXECUTE FUNCTION bump_finder_data_version();
    `
  }
]
