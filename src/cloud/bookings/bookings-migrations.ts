import type { Migration } from '../db/migration'

/**
 * A slot counts its places in the row itself: `booked` (confirmed, attended or no-show) and `held` (freed
 * places kept for a waitlist offer). Taking a place is one conditional UPDATE on that row, so the CHECK and
 * the row lock make overselling impossible whatever the concurrency. A waitlist entry carries its own offer
 * (one entry is offered a place at most once), and a reminder is one row per booking and kind, claimed by
 * setting `sent_at`.
 */
export const bookingsMigrations: Migration[] = [
  {
    id: '0402_bookings',
    sql: `
      CREATE TABLE offerings (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('visit', 'trial_day', 'hourly', 'temporary', 'class')),
        class_kind text,
        title text NOT NULL,
        description text NOT NULL,
        host_kind text NOT NULL CHECK (host_kind IN ('institution', 'community_centre')),
        institution_id text REFERENCES institutions (id),
        host_name text,
        region_code text NOT NULL,
        is_sample boolean NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK ((kind = 'class') = (class_kind IS NOT NULL)),
        CHECK ((host_kind = 'institution') = (institution_id IS NOT NULL)),
        CHECK (host_kind = 'institution' OR host_name IS NOT NULL)
      );
      CREATE INDEX offerings_institution_idx ON offerings (institution_id);
      CREATE INDEX offerings_region_idx ON offerings (region_code, kind);

      CREATE TABLE slots (
        id text PRIMARY KEY,
        offering_id text NOT NULL REFERENCES offerings (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer NOT NULL CHECK (capacity > 0),
        booked integer NOT NULL DEFAULT 0,
        held integer NOT NULL DEFAULT 0,
        age_band text CHECK (age_band IN ('infant', 'toddler', 'preschool', 'mixed')),
        window_days_ahead integer NOT NULL CHECK (window_days_ahead >= 0),
        window_opens_at text NOT NULL,
        min_notice_minutes integer NOT NULL CHECK (min_notice_minutes >= 0),
        cancel_cutoff_hours integer NOT NULL CHECK (cancel_cutoff_hours >= 0),
        price_fen integer NOT NULL CHECK (price_fen >= 0),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')),
        created_at timestamptz NOT NULL,
        CHECK (ends_at > starts_at),
        CHECK (booked >= 0 AND held >= 0 AND booked + held <= capacity)
      );
      CREATE UNIQUE INDEX slots_offering_start_idx ON slots (offering_id, starts_at) WHERE status = 'open';
      CREATE INDEX slots_starts_idx ON slots (starts_at);

      CREATE TABLE bookings (
        id text PRIMARY KEY,
        user_id text NOT NULL,
        slot_id text NOT NULL REFERENCES slots (id),
        child_id text REFERENCES children (id) ON DELETE SET NULL,
        status text NOT NULL CHECK (status IN ('confirmed', 'cancelled', 'cancelled_by_institution', 'rescheduled', 'attended', 'no_show')),
        idempotency_key text NOT NULL,
        rescheduled_from_id text REFERENCES bookings (id),
        created_at timestamptz NOT NULL,
        cancelled_at timestamptz,
        attendance_marked_at timestamptz,
        UNIQUE (user_id, idempotency_key)
      );
      CREATE INDEX bookings_user_idx ON bookings (user_id, created_at);
      CREATE INDEX bookings_slot_idx ON bookings (slot_id, status);
      CREATE INDEX bookings_child_idx ON bookings (child_id, status);

      CREATE TABLE waitlist_entries (
        id text PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        slot_id text NOT NULL REFERENCES slots (id),
        user_id text NOT NULL,
        child_id text REFERENCES children (id) ON DELETE SET NULL,
        status text NOT NULL CHECK (status IN ('waiting', 'offered', 'accepted', 'declined', 'expired', 'left', 'closed')),
        created_at timestamptz NOT NULL,
        offered_at timestamptz,
        offer_expires_at timestamptz,
        resolved_at timestamptz,
        CHECK (status <> 'offered' OR offer_expires_at IS NOT NULL)
      );
      CREATE INDEX waitlist_slot_idx ON waitlist_entries (slot_id, status, seq);
      CREATE INDEX waitlist_user_idx ON waitlist_entries (user_id, status);
      CREATE INDEX waitlist_offer_expiry_idx ON waitlist_entries (offer_expires_at) WHERE status = 'offered';

      CREATE TABLE reminders (
        booking_id text NOT NULL REFERENCES bookings (id),
        kind text NOT NULL,
        due_at timestamptz NOT NULL,
        sent_at timestamptz,
        PRIMARY KEY (booking_id, kind)
      );
      CREATE INDEX reminders_due_idx ON reminders (due_at) WHERE sent_at IS NULL;
    `
  },
  {
    // A WeChat subscribe message is allowed once per tap, so a booking carries whether it was allowed and when
    // the one message went.
    id: '0403_booking_wechat_reminder',
    sql: `
      ALTER TABLE bookings ADD COLUMN wechat_reminder boolean NOT NULL DEFAULT false;
      ALTER TABLE bookings ADD COLUMN wechat_reminder_sent_at timestamptz;
    `
  },
  {
    // The partial index covers open slots only; a staff member's schedule also lists cancelled ones, which
    // otherwise meant a scan of every slot of every offering.
    id: '0404_slots_by_offering',
    sql: `CREATE INDEX slots_offering_all_idx ON slots (offering_id, starts_at);`
  },
  {
    // A contact the family chose to give the institution for one booking: both parts or neither.
    id: '0830_booking_shared_contact',
    sql: `
      ALTER TABLE bookings ADD COLUMN shared_contact_name text;
      ALTER TABLE bookings ADD COLUMN shared_contact_phone text;
      ALTER TABLE bookings ADD CONSTRAINT bookings_shared_contact_whole
        CHECK ((shared_contact_name IS NULL) = (shared_contact_phone IS NULL));
    `
  }
]
