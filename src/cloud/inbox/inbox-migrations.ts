import type { Migration } from '../db/migration'

/** In-app messages, stored as the reader will read them; each user reads only their own. */
export const inboxMigrations: Migration[] = [
  {
    id: '0401_inbox',
    sql: `
      CREATE TABLE inbox_messages (
        id text PRIMARY KEY,
        user_id text NOT NULL,
        topic text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link text,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      );
      CREATE INDEX inbox_messages_user_idx ON inbox_messages (user_id, created_at DESC, id DESC);
      CREATE INDEX inbox_messages_unread_idx ON inbox_messages (user_id) WHERE read_at IS NULL;
    `
  }
]
