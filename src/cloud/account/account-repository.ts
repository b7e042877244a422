import type { Person } from '../../domain/account/membership-rules'
import { isLocale, type Locale } from '../../i18n/locales'
import type { Queryable } from '../db/database'

interface PersonRow {
  id: string
  display_name: string
  region_code: string | null
  unionid: string | null
}

const PERSON_COLUMNS = 'id, display_name, region_code, unionid'

const toPerson = (row: PersonRow): Person => ({ id: row.id, displayName: row.display_name, homeRegionCode: row.region_code })

async function personWhere(db: Queryable, column: 'id' | 'openid' | 'web_openid' | 'unionid' | 'phone_hash', value: string): Promise<PersonRow | null> {
  const { rows } = await db.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM users WHERE ${column} = $1`, [value])
  return rows[0] ?? null
}

export async function findPerson(db: Queryable, id: string): Promise<Person | null> {
  const row = await personWhere(db, 'id', id)
  return row ? toPerson(row) : null
}

/**
 * Creates the person unless one with this id exists, and returns whichever is stored. Every row is a parent
 * (the legacy `role` column); other roles are memberships. The read is its own statement so that, when a
 * concurrent sign-in inserted the row first, it sees that row.
 */
export async function findOrCreatePerson(db: Queryable, person: Person): Promise<Person> {
  await db.query(`INSERT INTO users (id, role, display_name, region_code) VALUES ($1, 'parent', $2, $3) ON CONFLICT (id) DO NOTHING`, [
    person.id,
    person.displayName,
    person.homeRegionCode
  ])
  const stored = await personWhere(db, 'id', person.id)
  if (!stored) throw new Error(`user ${person.id} neither inserted nor found`)
  return toPerson(stored)
}

/** The person who signs in with this number (by its hash), created on first sight. */
export async function findOrCreatePersonByPhone(db: Queryable, phone: { hash: string; masked: string }, newPerson: { id: string; displayName: string }): Promise<Person> {
  await db.query(`INSERT INTO users (id, role, display_name, phone_hash, phone_masked) VALUES ($1, 'parent', $2, $3, $4) ON CONFLICT DO NOTHING`, [
    newPerson.id,
    newPerson.displayName,
    phone.hash,
    phone.masked
  ])
  const stored = await personWhere(db, 'phone_hash', phone.hash)
  if (!stored) throw new Error('phone user neither inserted nor found')
  return toPerson(stored)
}

/** Which WeChat openid a sign-in brings: the mini-program's (`openid`) or the official account's (`web_openid`). */
export interface WechatIdentityRef {
  column: 'openid' | 'web_openid'
  openid: string
  unionid: string | null
}

async function linkedPerson(db: Queryable, identity: WechatIdentityRef): Promise<PersonRow | null> {
  const byOpenid = await personWhere(db, identity.column, identity.openid)
  if (byOpenid) {
    if (identity.unionid && !byOpenid.unionid) {
      await db.query('UPDATE users SET unionid = $2 WHERE id = $1 AND unionid IS NULL AND NOT EXISTS (SELECT 1 FROM users WHERE unionid = $2)', [byOpenid.id, identity.unionid])
    }
    return byOpenid
  }
  if (!identity.unionid) return null
  const byUnionid = await personWhere(db, 'unionid', identity.unionid)
  if (byUnionid) {
    await db.query(
      `UPDATE users SET ${identity.column} = $2 WHERE id = $1 AND ${identity.column} IS NULL AND NOT EXISTS (SELECT 1 FROM users WHERE ${identity.column} = $2)`,
      [byUnionid.id, identity.openid]
    )
  }
  return byUnionid
}

/**
 * The parent behind a WeChat identity, created on first sight. The same person signs in from the mini-program
 * and from H5 in WeChat's browser when WeChat gives a UnionID (both bound to one open platform account):
 * whichever came first is found by it and learns the other openid. Concurrent first logins meet on the unique
 * columns: one insert wins and every caller gets that person.
 */
export async function findOrCreateWechatPerson(db: Queryable, identity: WechatIdentityRef, newPerson: { id: string; displayName: string }): Promise<Person> {
  const existing = await linkedPerson(db, identity)
  if (existing) return toPerson(existing)
  await db.query(`INSERT INTO users (id, role, display_name, ${identity.column}, unionid) VALUES ($1, 'parent', $2, $3, $4) ON CONFLICT DO NOTHING`, [
    newPerson.id,
    newPerson.displayName,
    identity.openid,
    identity.unionid
  ])
  const stored = await linkedPerson(db, identity)
  if (!stored) throw new Error('WeChat user neither inserted nor found')
  return toPerson(stored)
}

/** The person whose mini-program openid this is, or null: a read, for callers that must not create one. */
export async function findWechatPerson(db: Queryable, openid: string): Promise<Person | null> {
  const row = await personWhere(db, 'openid', openid)
  return row ? toPerson(row) : null
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
