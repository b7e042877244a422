import type { Migration } from '../db/migration'

/**
 * Users of every role. A parent signing in through WeChat is found by `openid` (unique, so one WeChat
 * account is one user however many logins race); development users have ids derived from what they
 * asked to be. Region and institution are not foreign keys: sample data can be re-imported under a user
 * without the import having to know about accounts.
 *
 * Since 0110 the row is the person: `role`, `region_code` (but for a parent's home region) and
 * `institution_id` are no longer read; what a person may act as is in `memberships`.
 */
export const accountMigrations: Migration[] = [
  {
    id: '0100_accounts',
    sql: `
      CREATE TABLE users (
        id text PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('parent', 'institution_staff', 'regulator')),
        display_name text NOT NULL,
        region_code text,
        institution_id text,
        openid text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role = 'parent' OR region_code IS NOT NULL),
        CHECK ((role = 'institution_staff') = (institution_id IS NOT NULL))
      );
    `
  },
  {
    id: '0110_memberships_sessions',
    sql: `
      -- A person signs in by WeChat (mini-program openid, official-account openid, unionid linking both) or by a
      -- mobile number, kept only as a hash for finding the account and masked for showing it.
      ALTER TABLE users
        ADD COLUMN phone_hash text UNIQUE,
        ADD COLUMN phone_masked text,
        ADD COLUMN web_openid text UNIQUE,
        ADD COLUMN unionid text UNIQUE;

      CREATE TABLE memberships (
        id text PRIMARY KEY,
        user_id text NOT NULL REFERENCES users (id),
        kind text NOT NULL CHECK (kind IN ('operator', 'regulator', 'institution_owner', 'institution_staff')),
        region_code text,
        department_code text,
        read_only boolean NOT NULL DEFAULT false,
        institution_id text,
        invitation_id text,
        created_at timestamptz NOT NULL,
        removed_at timestamptz,
        removed_by text,
        CHECK (kind = 'operator' OR region_code IS NOT NULL),
        CHECK ((kind IN ('institution_owner', 'institution_staff')) = (institution_id IS NOT NULL))
      );
      CREATE UNIQUE INDEX memberships_one_live ON memberships
        (user_id, kind, coalesce(region_code, ''), coalesce(department_code, ''), coalesce(institution_id, ''))
        WHERE removed_at IS NULL;
      CREATE INDEX memberships_scope ON memberships (region_code, institution_id) WHERE removed_at IS NULL;

      -- Roles used to live on the user row; each becomes a membership, and the row is the person (a parent).
      INSERT INTO memberships (id, user_id, kind, region_code, institution_id, created_at)
        SELECT 'm-' || id, id, CASE role WHEN 'regulator' THEN 'regulator' ELSE 'institution_owner' END,
               region_code, institution_id, created_at
        FROM users WHERE role <> 'parent';

      -- Server-side sessions: the token names one row, so ending it (or every row of a person) takes effect on
      -- the next request. The hat the session acts with is kept here.
      CREATE TABLE sessions (
        id text PRIMARY KEY,
        user_id text NOT NULL REFERENCES users (id),
        method text NOT NULL CHECK (method IN ('wechat', 'wechat_web', 'sms', 'dev')),
        acting_membership_id text REFERENCES memberships (id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz
      );
      CREATE INDEX sessions_live_by_user ON sessions (user_id) WHERE ended_at IS NULL;

      CREATE TABLE sms_codes (
        id text PRIMARY KEY,
        phone_hash text NOT NULL,
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        used_at timestamptz
      );
      CREATE INDEX sms_codes_by_phone ON sms_codes (phone_hash, created_at);

      CREATE TABLE invitations (
        id text PRIMARY KEY,
        code_hash text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('operator', 'regulator', 'institution_owner', 'institution_staff')),
        region_code text,
        department_code text,
        read_only boolean NOT NULL DEFAULT false,
        institution_id text,
        note text,
        -- Who invited and who redeemed are kept as the audit log keeps actors: ids, not foreign keys.
        invited_by text,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        redeemed_at timestamptz,
        redeemed_by text,
        withdrawn_at timestamptz
      );
      CREATE INDEX invitations_scope ON invitations (kind, region_code, institution_id);

      CREATE TABLE account_audit (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id text,
        action text NOT NULL CHECK (action IN ('invite', 'withdraw', 'redeem', 'remove', 'sign_out_everywhere')),
        detail jsonb NOT NULL
      );
    `
  },
  {
    // Operators run the service (issue 11): no region, no institution. The unnamed checks of 0100 get names.
    id: '0151_users_operator_role',
    sql: `
      ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check;
      ALTER TABLE users DROP CONSTRAINT IF EXISTS users_check;
      ALTER TABLE users ADD CONSTRAINT users_role_known CHECK (role IN ('parent', 'institution_staff', 'regulator', 'operator'));
      ALTER TABLE users ADD CONSTRAINT users_region_scoped CHECK (role IN ('parent', 'operator') OR region_code IS NOT NULL);
    `
  },
  {
    // The language a person chose in 我的, so messages written to them while they are away (a cancelled slot,
    // a complaint's answer) read in it; null until they choose, and then Chinese.
    id: '0190_account_locale',
    sql: `ALTER TABLE users ADD COLUMN locale text CHECK (locale IN ('zh-CN', 'en', 'ug'));`
  },
  {
    // Cloud functions have no session record: the platform vouches for the OPENID on each call. The hat a
    // mini-program caller chose is kept with the person and read with the live membership on every call, so a
    // removal counts at once there too.
    id: '0820_users_cloud_acting_membership',
    sql: `ALTER TABLE users ADD COLUMN cloud_acting_membership_id text REFERENCES memberships (id);`
  }
]
