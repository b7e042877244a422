import type { Role, User } from '../../domain/account/account-schema'
import { isLocale, type Locale } from '../../i18n/locales'
import type { Queryable } from '../db/database'

interface UserRow {
  id: string
  role: Role
  display_name: string
  region_code: string | null
  institution_id: string | null
}

const USER_COLUMNS = 'id, role, display_name, region_code, institution_id'

function toUser(row: UserRow): User {
  return {
    id: row.id,
    role: row.role,
    displayName: row.display_name,
    regionCode: row.region_code,
    institutionId: row.institution_id
  }
}

export async function findUserById(db: Queryable, id: string): Promise<User | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id])
  return rows[0] ? toUser(rows[0]) : null
}

/**
 * Creates the user unless one with this id exists, and returns whichever is stored. The read is its own
 * statement so that, when a concurrent sign-in inserted the row first, it sees that row.
 */
export async function findOrCreateUser(db: Queryable, user: User): Promise<User> {
  await db.query(
    `INSERT INTO users (id, role, display_name, region_code, institution_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING`,
    [user.id, user.role, user.displayName, user.regionCode, user.institutionId]
  )
  const stored = await findUserById(db, user.id)
  if (!stored) throw new Error(`user ${user.id} neither inserted nor found`)
  return stored
}

/**
 * The user signed in with this WeChat openid, created as a parent on first sight. Concurrent first logins
 * meet on the unique openid: one insert wins and every caller gets that user.
 */
export async function findOrCreateUserByOpenid(db: Queryable, openid: string, newUser: { id: string; displayName: string }): Promise<User> {
  await db.query(
    `INSERT INTO users (id, role, display_name, openid) VALUES ($1, 'parent', $2, $3) ON CONFLICT (openid) DO NOTHING`,
    [newUser.id, newUser.displayName, openid]
  )
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE openid = $1`, [openid])
  const row = rows[0]
  if (!row) throw new Error('WeChat user neither inserted nor found')
  return toUser(row)
}

export async function regionExists(db: Queryable, code: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM regions WHERE code = $1', [code])
  return rows.length > 0
}

export async function institutionExistsInRegion(db: Queryable, institutionId: string, regionCode: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM institutions WHERE id = $1 AND region_code = $2', [institutionId, regionCode])
  return rows.length > 0
}

/** The language the user chose, or null when they never did (or the user is unknown). */
export async function findUserLocale(db: Queryable, userId: string): Promise<Locale | null> {
  const { rows } = await db.query<{ locale: string | null }>('SELECT locale FROM users WHERE id = $1', [userId])
  const locale = rows[0]?.locale
  return isLocale(locale) ? locale : null
}

export async function saveUserLocale(db: Queryable, userId: string, locale: Locale): Promise<void> {
  await db.query('UPDATE users SET locale = $2 WHERE id = $1', [userId, locale])
}
