import { afterAll, describe, expect, it } from '@jest/globals'
import { createAccountHandlers } from '../../src/cloud/account/account-handlers'
import { sessionTokens } from '../../src/cloud/account/session-tokens'
import type { Database } from '../../src/cloud/db/database'
import { dispatch } from '../../src/cloud/transport/dispatcher'
import type { Session } from '../../src/domain/account/account-schema'
import { contract } from '../../src/domain/contract'
import { databaseOfKind, STORE_KINDS, TEST_NOW } from './support/test-database'

const opened: Database[] = []
afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()))
})

const api = {
  contract: { account: contract.account },
  handlers: {
    account: createAccountHandlers({
      sessions: sessionTokens('account-stores-test-secret-0123456789'),
      wechat: { code2Session: async (code) => ({ openid: `openid-${code}` }) },
      devLoginAllowed: () => true
    })
  }
}

async function signInMany(db: Database, action: 'devLogin' | 'wechatLogin', input: unknown, count: number): Promise<Set<string>> {
  const replies = await Promise.all(
    Array.from({ length: count }, () => dispatch(api, { fn: 'account', action, input }, { db, user: null, now: TEST_NOW }))
  )
  return new Set(replies.map((r) => (r.ok ? (r.data as Session).user.id : `failed: ${r.error.code}`)))
}

describe.each(STORE_KINDS)('accounts on %s', (kind) => {
  it('makes one user when many first sign-ins arrive at once', async () => {
    const db = await databaseOfKind(kind)
    opened.push(db)
    const wechat = await signInMany(db, 'wechatLogin', { code: `race-${kind}` }, 12)
    expect(wechat.size).toBe(1)
    expect([...wechat][0]).toMatch(/^wx-/)
    const dev = await signInMany(db, 'devLogin', { role: 'parent', displayName: `并发-${kind}` }, 12)
    expect(dev.size).toBe(1)
    expect([...dev][0]).toMatch(/^dev-/)
  })
})
