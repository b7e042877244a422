import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { z } from 'zod'
import type { Database } from '../../src/cloud/db/database'
import { openPgliteDatabase } from '../../src/cloud/db/pglite-database'
import type { ServiceContext } from '../../src/cloud/shared/service-context'
import { dispatch, httpStatusFor, type Api } from '../../src/cloud/transport/dispatcher'
import { capturedLog } from '../support/captured-log'
import { fieldLabel } from '../../src/i18n/invalid-input-message'
import type { User } from '../../src/domain/account/account-schema'
import { contract as realContract } from '../../src/domain/contract'
import { action, PUBLIC, rolesOnly, SIGNED_IN } from '../../src/domain/shared/action-spec'
import { DomainError } from '../../src/domain/shared/error-codes'

const echoInput = z
  .object({
    keyword: z.string().trim().min(1).max(5),
    pageSize: z.number().int().min(1).max(50).optional(),
    ageBands: z.array(z.enum(['infant', 'toddler'])).max(1).optional(),
    origin: z.object({ lat: z.number().min(-90).max(90), lng: z.number() }).optional()
  })
  .strict()

const contract = {
  notes: {
    echo: action({ summary: 'echo', input: echoInput, output: z.object({ keyword: z.string() }), access: PUBLIC }),
    mine: action({ summary: 'mine', input: z.object({}).strict(), output: z.object({ id: z.string() }), access: SIGNED_IN }),
    audit: action({ summary: 'audit', input: z.object({}).strict(), output: z.string(), access: rolesOnly('regulator') }),
    missing: action({ summary: 'no such place', input: z.object({}).strict(), output: z.string(), access: PUBLIC }),
    refuseField: action({ summary: 'service-side field check', input: z.object({}).strict(), output: z.string(), access: PUBLIC }),
    crash: action({ summary: 'crash', input: z.object({}).strict(), output: z.string(), access: PUBLIC }),
    wrongShape: action({ summary: 'wrong shape', input: z.object({}).strict(), output: z.object({ n: z.number() }), access: PUBLIC })
  }
}

const api: Api = {
  contract,
  handlers: {
    notes: {
      echo: async (_ctx, input: z.output<typeof echoInput>) => ({ keyword: input.keyword, extra: 'dropped' }),
      mine: async (ctx) => ({ id: ctx.user?.id ?? '' }),
      audit: async () => 'audited',
      missing: async () => {
        throw new DomainError('NOT_FOUND', { what: 'note' })
      },
      refuseField: async () => {
        throw new DomainError('INVALID_INPUT', { field: 'regionCode' })
      },
      crash: async () => {
        throw new Error('connection reset at secret-host:5432')
      },
      wrongShape: async () => ({ n: 'not a number' })
    }
  }
}

const parent: User = { id: 'u-parent', role: 'parent', displayName: '家长', regionCode: null, institutionId: null }
const regulator: User = { id: 'u-reg', role: 'regulator', displayName: '监管', regionCode: 'zhuji', institutionId: null }

let db: Database
const { log, lines: logged } = capturedLog()

beforeAll(async () => {
  db = await openPgliteDatabase()
})
afterAll(async () => {
  await db.close()
})

const ctx = (user: User | null): ServiceContext => ({ db, user, now: new Date('2026-11-23T04:00:00Z') })
const call = (fn: unknown, act: unknown, input: unknown, user: User | null = null) =>
  dispatch(api, { fn, action: act, input }, ctx(user), { log, requestId: 'req-1' })

describe('dispatcher', () => {
  it('answers a valid call with the handler output, trimmed to the output schema', async () => {
    expect(await call('notes', 'echo', { keyword: ' 托育 ' })).toEqual({ ok: true, data: { keyword: '托育' } })
  })

  it.each([
    ['unknown function', 'nope', 'echo'],
    ['unknown action', 'notes', 'nope'],
    ['inherited property as function', 'constructor', 'name'],
    ['inherited property as action', 'notes', 'toString'],
    ['non-string action', 'notes', 42]
  ])('refuses an %s with UNKNOWN_ACTION', async (_label, fn, act) => {
    const result = await call(fn, act, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
    if (!result.ok) expect(result.error.message).toMatch(/功能不存在/)
  })

  it.each([
    ['public', 'echo', null, true],
    ['signed-in, anonymous', 'mine', null, 'UNAUTHENTICATED'],
    ['signed-in, parent', 'mine', parent, true],
    ['regulator-only, anonymous', 'audit', null, 'UNAUTHENTICATED'],
    ['regulator-only, parent', 'audit', parent, 'FORBIDDEN'],
    ['regulator-only, regulator', 'audit', regulator, true]
  ] as const)('access: %s', async (_label, act, user, expected) => {
    const input = act === 'echo' ? { keyword: 'a' } : {}
    const result = await call('notes', act, input, user)
    if (expected === true) expect(result.ok).toBe(true)
    else expect(result).toMatchObject({ ok: false, error: { code: expected } })
  })

  it('checks access before input, so an anonymous caller learns nothing about the schema', async () => {
    expect(await call('notes', 'mine', { junk: 1 })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it.each([
    ['a string too long', { keyword: '一二三四五六' }, 'keyword', '“关键词”最多 5 个字'],
    ['an empty string', { keyword: '   ' }, 'keyword', '“关键词”不能为空'],
    ['a missing field', {}, 'keyword', '请填写“关键词”'],
    ['a wrong type', { keyword: 5 }, 'keyword', '“关键词”应填写文字'],
    ['a fraction for a whole number', { keyword: 'a', pageSize: 1.5 }, 'pageSize', '“每页条数”应填写整数'],
    ['a number too large', { keyword: 'a', pageSize: 51 }, 'pageSize', '“每页条数”不能大于 50'],
    ['a number too small', { keyword: 'a', pageSize: 0 }, 'pageSize', '“每页条数”不能小于 1'],
    ['an unknown enum value', { keyword: 'a', ageBands: ['teen'] }, 'ageBands.0', '“班级年龄段”不是可选的值'],
    ['too many choices', { keyword: 'a', ageBands: ['infant', 'toddler'] }, 'ageBands', '“班级年龄段”最多选 1 项'],
    ['a nested field out of range', { keyword: 'a', origin: { lat: 91, lng: 0 } }, 'origin.lat', '“纬度”不能大于 90'],
    ['an unrecognised key', { keyword: 'a', sortBy: 'fee' }, 'sortBy', '不支持的字段“sortBy”'],
    ['no object at all', 'keyword=a', '', '提交的内容应填写一组信息']
  ])('refuses %s with INVALID_INPUT naming the field', async (_label, input, field, text) => {
    const result = await call('notes', 'echo', input)
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } })
    if (!result.ok) {
      expect(result.error.message).toContain(text)
      expect(result.error.message).toMatch(/^填写的内容有误（.+），请检查后重试。$/)
      expect(result.error.message).not.toMatch(/[A-Z][a-z]+ (input|string|option)/)
    }
  })

  it('turns a DomainError into its code and catalogue message', async () => {
    expect(await call('notes', 'missing', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有找到相关信息，可能已下线或地址有误。' }
    })
  })

  it('names a field a service refused by its label, keeping the path for the form', async () => {
    expect(await call('notes', 'refuseField', {})).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'regionCode', message: '填写的内容有误（“地区”），请检查后重试。' }
    })
  })

  it('answers an unexpected throw with INTERNAL and a generic message, logging the detail with the request id', async () => {
    logged.length = 0
    const result = await call('notes', 'crash', {})
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务暂时出了点问题，请稍后重试。' } })
    expect(JSON.stringify(result)).not.toMatch(/secret-host|at |Error/)
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({ requestId: 'req-1', fn: 'notes', action: 'crash' })
    expect(String(logged[0]?.error)).toContain('secret-host')
  })

  it('answers INTERNAL when a handler breaks its output schema, and logs it', async () => {
    logged.length = 0
    expect(await call('notes', 'wrongShape', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(logged[0]).toMatchObject({ requestId: 'req-1', action: 'wrongShape' })
  })

  it('maps codes to HTTP statuses: caller errors are 4xx, only INTERNAL is 5xx', () => {
    expect(httpStatusFor('INVALID_INPUT')).toBe(400)
    expect(httpStatusFor('UNAUTHENTICATED')).toBe(401)
    expect(httpStatusFor('FORBIDDEN')).toBe(403)
    expect(httpStatusFor('NOT_FOUND')).toBe(404)
    expect(httpStatusFor('UNKNOWN_ACTION')).toBe(404)
    expect(httpStatusFor('CONFLICT')).toBe(409)
    expect(httpStatusFor('PAYLOAD_TOO_LARGE')).toBe(413)
    expect(httpStatusFor('RATE_LIMITED')).toBe(429)
    expect(httpStatusFor('INTERNAL')).toBe(500)
    expect(httpStatusFor('SLOT_FULL')).toBe(409)
    expect(httpStatusFor('AGE_BAND_MISMATCH')).toBe(422)
    expect(httpStatusFor('DEV_LOGIN_DISABLED')).toBeGreaterThanOrEqual(400)
    expect(httpStatusFor('WECHAT_LOGIN_FAILED')).toBeLessThan(500)
  })
})

describe('field labels', () => {
  it('name every input field of every action in Chinese', () => {
    const names = new Set<string>()
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return
      const properties = (node as { properties?: Record<string, unknown> }).properties
      for (const [name, child] of Object.entries(properties ?? {})) {
        names.add(name)
        walk(child)
      }
      Object.values(node).forEach(walk)
    }
    for (const actions of Object.values(realContract)) {
      for (const spec of Object.values(actions)) walk(z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }))
    }
    const unlabelled = [...names].filter((name) => !/[\u4e00-\u9fff]/.test(fieldLabel([name])))
    expect(unlabelled).toEqual([])
  })
})
