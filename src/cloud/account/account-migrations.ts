import type { Migration } from '../db/migration'

/**
 * Users of every role. A parent signing in through WeChat is found by `openid` (unique, so one WeChat
 * account is one user however many logins race); development users have ids derived from what they
 * asked to be. Region and institution are not foreign keys: sample data can be re-imported under a user
 * without the import having to know about accounts.
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
  }
]
