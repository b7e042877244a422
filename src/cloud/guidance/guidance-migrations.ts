import type { Migration } from '../db/migration'

/**
 * Guidance keeps little of its own: which articles a user has read or bookmarked (articles themselves ship
 * with the code), and the nursing rooms of each region.
 */
export const guidanceMigrations: Migration[] = [
  {
    id: '0600_guidance',
    sql: `
      CREATE TABLE guidance_marks (
        user_id text NOT NULL,
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        read_at timestamptz,
        bookmarked_at timestamptz,
        PRIMARY KEY (user_id, slug)
      );
      CREATE INDEX guidance_marks_bookmarked_idx ON guidance_marks (user_id, bookmarked_at DESC) WHERE bookmarked_at IS NOT NULL;

      CREATE TABLE nursing_rooms (
        id text PRIMARY KEY,
        region_code text NOT NULL,
        district_code text NOT NULL,
        name text NOT NULL,
        place text NOT NULL CHECK (place IN ('station', 'mall', 'hospital', 'service_hall', 'park', 'workplace')),
        where_inside text NOT NULL,
        address text NOT NULL,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        open_hours text NOT NULL,
        facilities text[] NOT NULL,
        open_to_public boolean NOT NULL,
        is_sample boolean NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX nursing_rooms_region_idx ON nursing_rooms (region_code, district_code, id);
    `
  }
]
