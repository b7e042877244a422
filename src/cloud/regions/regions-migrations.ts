import type { Migration } from '../db/migration'

/** What the 12345 government service hotline, every sample department's number, promises. */
export const HOTLINE_HOURS = '12345热线全天24小时受理'

/**
 * Regions as data an operator edits (issue 11): the region row keeps its plain fields as columns, districts,
 * their streets, departments and the complaint routing table are rows of their own, each keyed by the region.
 * Rows written before this migration kept the whole region as one JSON document; they are split here, and their
 * departments get the hotline's hours (every sample phone is 12345). Routing was compiled code then, so
 * existing regions start with none and complaints go to their lead department until the sample top-up or an
 * operator fills it in.
 *
 * `region_config_version` is bumped by every edit, in the edit's transaction: server processes cache the
 * configuration and compare this one number, at most once a second, to notice another process's edit.
 * `regions.updated_at` moves too, which is what the finder's index cache compares per region.
 */
export const regionsMigrations: Migration[] = [
  {
    id: '0150_region_tables',
    sql: `
      ALTER TABLE regions
        ADD COLUMN id_prefix text, ADD COLUMN province text,
        ADD COLUMN centre_lat double precision CHECK (centre_lat BETWEEN -90 AND 90),
        ADD COLUMN centre_lng double precision CHECK (centre_lng BETWEEN -180 AND 180),
        ADD COLUMN languages jsonb, ADD COLUMN source_document jsonb, ADD COLUMN policy jsonb, ADD COLUMN tracking_prefix text;
      UPDATE regions SET
        id_prefix = data->>'idPrefix', province = data->>'province',
        centre_lat = (data->'centre'->>'lat')::double precision, centre_lng = (data->'centre'->>'lng')::double precision,
        languages = data->'languages', source_document = data->'sourceDocument', policy = data->'policy',
        tracking_prefix = CASE code WHEN 'bazhou' THEN 'BZ' WHEN 'yuzhong' THEN 'YZ' WHEN 'zhuji' THEN 'ZJ' WHEN 'hebi' THEN 'HB' ELSE 'TY' END;

      CREATE TABLE region_districts (
        region_code text NOT NULL REFERENCES regions (code) ON DELETE CASCADE,
        code text NOT NULL,
        position int NOT NULL,
        name text NOT NULL,
        centre_lat double precision NOT NULL CHECK (centre_lat BETWEEN -90 AND 90),
        centre_lng double precision NOT NULL CHECK (centre_lng BETWEEN -180 AND 180),
        PRIMARY KEY (region_code, code)
      );
      CREATE TABLE region_streets (
        region_code text NOT NULL,
        district_code text NOT NULL,
        position int NOT NULL,
        name text NOT NULL,
        PRIMARY KEY (region_code, district_code, position),
        FOREIGN KEY (region_code, district_code) REFERENCES region_districts (region_code, code) ON DELETE CASCADE
      );
      CREATE TABLE region_departments (
        region_code text NOT NULL REFERENCES regions (code) ON DELETE CASCADE,
        code text NOT NULL,
        position int NOT NULL,
        name text NOT NULL,
        phone text NOT NULL,
        hours text NOT NULL,
        duties text NOT NULL,
        PRIMARY KEY (region_code, code)
      );
      CREATE TABLE complaint_routing_rules (
        region_code text NOT NULL REFERENCES regions (code) ON DELETE CASCADE,
        category text NOT NULL,
        applies_to text NOT NULL,
        position int NOT NULL,
        department_code text NOT NULL,
        accept_working_days int NOT NULL CHECK (accept_working_days > 0),
        answer_working_days int NOT NULL CHECK (answer_working_days > 0),
        PRIMARY KEY (region_code, category, applies_to),
        FOREIGN KEY (region_code, department_code) REFERENCES region_departments (region_code, code)
      );

      INSERT INTO region_districts (region_code, code, position, name, centre_lat, centre_lng)
        SELECT r.code, d->>'code', x.ord, d->>'name', (d->'centre'->>'lat')::double precision, (d->'centre'->>'lng')::double precision
          FROM regions r CROSS JOIN LATERAL jsonb_array_elements(r.data->'districts') WITH ORDINALITY AS x(d, ord);
      INSERT INTO region_streets (region_code, district_code, position, name)
        SELECT r.code, x.d->>'code', y.ord, y.s
          FROM regions r CROSS JOIN LATERAL jsonb_array_elements(r.data->'districts') AS x(d)
          CROSS JOIN LATERAL jsonb_array_elements_text(x.d->'streets') WITH ORDINALITY AS y(s, ord);
      INSERT INTO region_departments (region_code, code, position, name, phone, hours, duties)
        SELECT r.code, d->>'code', x.ord, d->>'name', d->>'phone', '${HOTLINE_HOURS}', coalesce(d->>'duties', '')
          FROM regions r CROSS JOIN LATERAL jsonb_array_elements(r.data->'departments') WITH ORDINALITY AS x(d, ord);

      ALTER TABLE regions DROP COLUMN data,
        ALTER COLUMN id_prefix SET NOT NULL, ALTER COLUMN province SET NOT NULL,
        ALTER COLUMN centre_lat SET NOT NULL, ALTER COLUMN centre_lng SET NOT NULL,
        ALTER COLUMN languages SET NOT NULL, ALTER COLUMN source_document SET NOT NULL,
        ALTER COLUMN policy SET NOT NULL, ALTER COLUMN tracking_prefix SET NOT NULL,
        ADD CONSTRAINT regions_id_prefix_key UNIQUE (id_prefix);

      CREATE TABLE region_config_version (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL
      );
      INSERT INTO region_config_version (version) VALUES (1);

      CREATE TABLE region_audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id text NOT NULL,
        actor_name text NOT NULL,
        region_code text NOT NULL,
        action text NOT NULL CHECK (action IN ('create', 'update', 'routing')),
        changes jsonb NOT NULL
      );
      CREATE INDEX region_audit_log_region_idx ON region_audit_log (region_code, id);
    `
  }
]
