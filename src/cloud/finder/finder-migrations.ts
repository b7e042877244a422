import type { Migration } from '../db/migration'

/**
 * Regions are tenant configuration kept whole; institutions keep the columns other contexts filter or join
 * on (region, district, name, address, point, filing number) next to the full disclosed record.
 *
 * 0002: each region has its own version, and each institution row carries the region version its last write
 * took (`row_version`), so a server process patches only the rows written since its index was built, from
 * the narrow `search_facts` projection. The version is taken from the region's row, whose lock the writer
 * then holds until commit: within a region versions become visible in order, so "rows above what I have"
 * never skips a write still in flight. A deletion or a move between regions bumps `epoch`: rebuild whole.
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
  },
  {
    id: '0002_finder_region_versions',
    sql: `
      DROP TRIGGER institutions_changed ON institutions;
      DROP FUNCTION bump_finder_data_version();
      DROP TABLE finder_data_version;

      ALTER TABLE institutions ADD COLUMN search_facts jsonb, ADD COLUMN row_version bigint NOT NULL DEFAULT 0;
      CREATE INDEX institutions_region_version_idx ON institutions (region_code, row_version);

      CREATE TABLE finder_region_versions (
        region_code text PRIMARY KEY,
        version bigint NOT NULL,
        epoch bigint NOT NULL
      );
      INSERT INTO finder_region_versions (region_code, version, epoch) SELECT code, 0, 1 FROM regions;

      CREATE FUNCTION finder_take_region_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.region_code <> NEW.region_code THEN
          UPDATE finder_region_versions SET version = version + 1, epoch = epoch + 1 WHERE region_code = OLD.region_code;
        END IF;
        INSERT INTO finder_region_versions AS v (region_code, version, epoch) VALUES (NEW.region_code, 1, 1)
          ON CONFLICT (region_code) DO UPDATE SET version = v.version + 1
          RETURNING version INTO NEW.row_version;
        RETURN NEW;
      END
      $$;
      CREATE TRIGGER institutions_take_region_version BEFORE INSERT OR UPDATE ON institutions
        FOR EACH ROW EXECUTE FUNCTION finder_take_region_version();

      CREATE FUNCTION finder_region_rows_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          UPDATE finder_region_versions SET version = version + 1, epoch = epoch + 1;
          RETURN NULL;
        END IF;
        UPDATE finder_region_versions SET version = version + 1, epoch = epoch + 1 WHERE region_code = OLD.region_code;
        RETURN OLD;
      END
      $$;
      CREATE TRIGGER institutions_removed BEFORE DELETE ON institutions
        FOR EACH ROW EXECUTE FUNCTION finder_region_rows_removed();
      CREATE TRIGGER institutions_truncated BEFORE TRUNCATE ON institutions
        FOR EACH STATEMENT EXECUTE FUNCTION finder_region_rows_removed();
    `
  },
  {
    // Search facts now keep every fee in its own unit (per hour, per day), not only monthly ones. Clearing the
    // stored projection makes each row's facts come from its full record again until it is next saved.
    id: '0003_finder_search_fees_by_unit',
    sql: `UPDATE institutions SET search_facts = NULL WHERE search_facts IS NOT NULL;`
  },
  {
    // A process that has not built a region's index yet answers from here: a lat range within the region on
    // the index, the lng range tested on its entries, so a 3 km search reads only its box's rows.
    id: '0870_finder_region_box_index',
    sql: `CREATE INDEX institutions_region_box_idx ON institutions (region_code, lat, lng) WHERE listed;`
  }
]
