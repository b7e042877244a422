import type { Migration } from '../db/migration'

/**
 * 0800: what parents follow, kept with the account, and the alerts sweep.
 *
 * Alerts are derived from `registry_events`, the one record of what changed. The sweep claims unswept events
 * with FOR UPDATE SKIP LOCKED and stamps `alerts_swept_at`, so two server processes sweeping at once take
 * disjoint events; `alert_deliveries` is unique on (user, event), so even a second look at an event delivers
 * nothing twice. Events written before alerts existed are stamped here: they are history, not news.
 */
export const followingMigrations: Migration[] = [
  {
    id: '0800_following',
    sql: `
      CREATE TABLE favourites (
        user_id text NOT NULL,
        institution_id text NOT NULL REFERENCES institutions (id),
        saved_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, institution_id)
      );
      CREATE INDEX favourites_institution_idx ON favourites (institution_id);

      CREATE TABLE alert_settings (
        user_id text PRIMARY KEY,
        kinds text[] NOT NULL DEFAULT '{}',
        vacancy_age_bands text[] NOT NULL DEFAULT '{}',
        vacancy_service_types text[] NOT NULL DEFAULT '{}',
        wechat_grants integer NOT NULL DEFAULT 0 CHECK (wechat_grants >= 0)
      );

      CREATE TABLE saved_searches (
        id text PRIMARY KEY,
        user_id text NOT NULL,
        name text NOT NULL,
        region_code text NOT NULL,
        filters jsonb NOT NULL,
        alerts boolean NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX saved_searches_user_idx ON saved_searches (user_id, created_at DESC);
      CREATE INDEX saved_searches_alerting_idx ON saved_searches (region_code) WHERE alerts;

      ALTER TABLE registry_events ADD COLUMN alerts_swept_at timestamptz;
      UPDATE registry_events SET alerts_swept_at = now();
      CREATE INDEX registry_events_unswept_idx ON registry_events (id) WHERE alerts_swept_at IS NULL;

      CREATE TABLE alert_deliveries (
        user_id text NOT NULL,
        event_id bigint NOT NULL REFERENCES registry_events (id),
        delivered_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, event_id)
      );
    `
  }
]
