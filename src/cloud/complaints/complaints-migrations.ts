import type { Migration } from '../db/migration'

/**
 * Complaints keep who complained only when the parent chose to be named (or named but hidden from the
 * institution): an anonymous complaint has no user id, no contact and no photo uploader, only the hash of the
 * secret its parent holds, and the CHECKs make it impossible to store one anyway. Every change is a row in
 * `complaint_events`, ordered by `seq`, which is both the parent's timeline (internal rows left out) and the
 * audit log. The daily quota counts submissions per user and China day without saying which ones they were.
 * Photos are stored re-encoded (no EXIF, no GPS); their original bytes never enter the database (0502).
 */
export const complaintsMigrations: Migration[] = [
  {
    // Wrong secrets per anonymous complaint's tracking number (secret-guard-repository.ts). Numbered with the
    // accounts' sign-in hardening; it names no complaint row, so it needs nothing that 0500 creates.
    id: '0111_complaint_secret_guard',
    sql: `
      CREATE TABLE complaint_secret_guard (
        tracking_no text PRIMARY KEY,
        misses integer NOT NULL,
        window_start timestamptz NOT NULL,
        locked_until timestamptz
      );
    `
  },
  {
    id: '0500_complaints',
    sql: `
      CREATE TABLE complaints (
        id text PRIMARY KEY,
        tracking_no text NOT NULL UNIQUE,
        region_code text NOT NULL,
        category text NOT NULL CHECK (category IN ('safety', 'abuse_neglect', 'food', 'hygiene_health', 'fees_refunds',
          'staff_qualifications', 'false_disclosure', 'unregistered', 'other')),
        subject_kind text NOT NULL CHECK (subject_kind IN ('filed', 'unfiled')),
        institution_id text REFERENCES institutions (id),
        subject_name text NOT NULL,
        subject_address text NOT NULL,
        subject_lat double precision,
        subject_lng double precision,
        details text NOT NULL,
        incident_date date NOT NULL,
        identity text NOT NULL CHECK (identity IN ('named', 'hidden_from_institution', 'anonymous')),
        complainant_id text,
        contact_name text,
        contact_phone text,
        follow_secret_hash text,
        status text NOT NULL CHECK (status IN ('submitted', 'accepted', 'rejected', 'assigned', 'investigating',
          'answered', 'reopened', 'closed')),
        routed_department text NOT NULL,
        department_code text NOT NULL,
        accept_by timestamptz NOT NULL,
        answer_within_days integer NOT NULL CHECK (answer_within_days > 0),
        answer_by timestamptz,
        answer text,
        answered_at timestamptz,
        outcome text CHECK (outcome IN ('upheld', 'partly_upheld', 'not_upheld', 'duplicate', 'referred')),
        duplicate_of text,
        referred_to text,
        merged_into_id text REFERENCES complaints (id),
        closed_at timestamptz,
        reopen_count integer NOT NULL DEFAULT 0 CHECK (reopen_count >= 0),
        held_for_review boolean NOT NULL,
        review_flags text[] NOT NULL DEFAULT '{}',
        submitted_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((subject_kind = 'filed') = (institution_id IS NOT NULL)),
        CHECK ((identity = 'anonymous') = (complainant_id IS NULL)),
        CHECK ((identity = 'anonymous') = (follow_secret_hash IS NOT NULL)),
        CHECK (identity <> 'anonymous' OR (contact_name IS NULL AND contact_phone IS NULL)),
        CHECK ((status = 'closed') = (outcome IS NOT NULL)),
        CHECK ((outcome = 'duplicate') = (merged_into_id IS NOT NULL)),
        CHECK (merged_into_id IS NULL OR merged_into_id <> id)
      );
      CREATE INDEX complaints_queue_idx ON complaints (region_code, status, department_code);
      CREATE INDEX complaints_complainant_idx ON complaints (complainant_id, submitted_at DESC) WHERE complainant_id IS NOT NULL;
      CREATE INDEX complaints_institution_idx ON complaints (institution_id, category, submitted_at DESC);
      CREATE INDEX complaints_merged_idx ON complaints (merged_into_id) WHERE merged_into_id IS NOT NULL;

      CREATE TABLE complaint_events (
        seq bigserial PRIMARY KEY,
        complaint_id text NOT NULL REFERENCES complaints (id),
        at timestamptz NOT NULL,
        kind text NOT NULL,
        actor text NOT NULL CHECK (actor IN ('complainant', 'regulator', 'system')),
        actor_id text,
        actor_name text,
        internal boolean NOT NULL,
        from_status text,
        to_status text,
        message text
      );
      CREATE INDEX complaint_events_complaint_idx ON complaint_events (complaint_id, seq);

      CREATE TABLE complaint_photos (
        id text PRIMARY KEY,
        complaint_id text REFERENCES complaints (id),
        uploader_id text,
        jpeg bytea NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        byte_size integer NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK ((complaint_id IS NULL) = (uploader_id IS NOT NULL))
      );
      CREATE INDEX complaint_photos_complaint_idx ON complaint_photos (complaint_id);
      CREATE INDEX complaint_photos_pending_idx ON complaint_photos (uploader_id) WHERE uploader_id IS NOT NULL;

      CREATE TABLE complaint_photo_uploads (
        id text PRIMARY KEY,
        uploader_id text NOT NULL,
        byte_length integer NOT NULL CHECK (byte_length > 0),
        received bytea NOT NULL DEFAULT ''::bytea,
        next_part integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        CHECK (length(received) <= byte_length)
      );
      CREATE INDEX complaint_photo_uploads_uploader_idx ON complaint_photo_uploads (uploader_id);

      CREATE TABLE complaint_daily_quota (
        user_id text NOT NULL,
        day date NOT NULL,
        submitted integer NOT NULL CHECK (submitted > 0),
        PRIMARY KEY (user_id, day)
      );
    `
  },
  {
    // One WeChat subscribe message a named complainant allowed at the submit tap, spent on the decision
    // (answer, rejection or closing) and claimed once; an anonymous complaint has no one to send it to.
    id: '0501_complaint_wechat_allowance',
    sql: `
      ALTER TABLE complaints
        ADD COLUMN wechat_allowance boolean NOT NULL DEFAULT false,
        ADD COLUMN wechat_sent_at timestamptz,
        ADD CONSTRAINT complaints_wechat_needs_complainant CHECK (complainant_id IS NOT NULL OR NOT wechat_allowance);
    `
  },
  {
    // Photos arrive in one upload to a temporary file store and only their re-encoded JPEG is written here,
    // tied to the hash of a random ticket instead of the uploader's id. The parts table (original bytes, in
    // TOAST) goes, and the photos table is rebuilt rather than altered: dropping a column leaves its values in
    // the old row versions on disk, while dropping the table unlinks its files. Unsent photos are not kept.
    id: '0502_complaint_photo_tickets',
    sql: `
      DROP TABLE complaint_photo_uploads;
      CREATE TEMPORARY TABLE sent_photos ON COMMIT DROP AS
        SELECT id, complaint_id, jpeg, width, height, byte_size, created_at FROM complaint_photos WHERE complaint_id IS NOT NULL;
      DROP TABLE complaint_photos;
      CREATE TABLE complaint_photos (
        id text PRIMARY KEY,
        complaint_id text REFERENCES complaints (id),
        ticket_hash text UNIQUE,
        jpeg bytea NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        byte_size integer NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK ((complaint_id IS NULL) = (ticket_hash IS NOT NULL))
      );
      INSERT INTO complaint_photos (id, complaint_id, jpeg, width, height, byte_size, created_at)
        SELECT id, complaint_id, jpeg, width, height, byte_size, created_at FROM sent_photos;
      CREATE INDEX complaint_photos_complaint_idx ON complaint_photos (complaint_id);
      CREATE INDEX complaint_photos_pending_idx ON complaint_photos (created_at) WHERE complaint_id IS NULL;
    `
  },
  {
    // Parents whose reports joined a complaint follow its steps, but the words written to its own parent (an
    // answer quoting their name or phone, a closing reason) are not theirs to read: each step keeps apart what
    // may be shared with them.
    id: '0510_complaint_event_shared_message',
    sql: `ALTER TABLE complaint_events ADD COLUMN shared_message text;`
  },
  {
    // Steps the system words (receipt, assignment, referral, closing) are read by parents in Uyghur or English
    // and by departments in Chinese: they keep their message key and parameters (src/i18n/phrase.ts) to be
    // rendered in each reader's language. \`message\` keeps the Chinese text for the record; older rows have no
    // phrase and read as written.
    id: '0840_complaint_event_phrases',
    sql: `ALTER TABLE complaint_events ADD COLUMN message_phrase jsonb, ADD COLUMN shared_message_phrase jsonb;`
  }
]
