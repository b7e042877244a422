import fc from 'fast-check'
import { sessionTokens } from '../../src/cloud/account/session-tokens'
import { createWechatGateway } from '../../src/cloud/account/wechat-gateway'
import type { Database } from '../../src/cloud/db/database'
import { guidanceLibrary } from '../../src/cloud/guidance/guidance-library'
import { createHandlers } from '../../src/cloud/app/handlers'
import { createServerLog } from '../../src/cloud/shared/pino-server-log'
import { dispatch, httpStatusFor } from '../../src/cloud/transport/dispatcher'
import type { User } from '../../src/domain/account/account-schema'
import { contract } from '../../src/domain/contract'
import type { ActionSpec } from '../../src/domain/shared/action-spec'
import { ERROR_CODES } from '../../src/domain/shared/error-codes'
import { arbitraryFor, type FieldHints } from './zod-arbitrary'

/**
 * The contract fuzzer: for every action, inputs drawn from its zod schema (so most get past validation and into
 * the services) and mutations of them (wrong types, missing and extra fields, huge and control-character
 * strings, NaN and 1e308, prototype keys, deep nesting), sent through the dispatcher as the transports do,
 * signed in with a role the action admits. What must hold for every answer: no 5xx, the envelope with a stable
 * code and a message a parent can read, and no row written by a refused call.
 */

export interface FuzzAction {
  fn: string
  action: string
  spec: ActionSpec
}

export interface FuzzFigures {
  cases: number
  accepted: number
  refused: number
  serverErrors: number
  envelopeViolations: number
  writesOnRefusal: number
  failures: string[]
}

export const ACTIONS: FuzzAction[] = Object.entries(contract).flatMap(([fn, actions]) =>
  Object.entries(actions).map(([action, spec]) => ({ fn, action, spec: spec as ActionSpec }))
)

const NOW = new Date('2026-11-23T04:00:00Z')
const api = {
  contract,
  handlers: createHandlers({
    sessions: sessionTokens('contract-fuzz-session-secret-0123456789'),
    wechat: createWechatGateway({}),
    devLoginAllowed: () => true,
    complaintWechat: null,
    mapTiles: null
  })
}

/** Values no schema should let through to a service unharmed. */
const HOSTILE_VALUES: readonly unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  -0,
  2 ** 53 + 1,
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u001b[31m',
  '\ud800',
  'x'.repeat(100_000),
  '托'.repeat(5_000),
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  "'; DROP TABLE complaints; --",
  '<script>alert(1)</script>',
  null,
  true,
  [],
  {},
  [[[[[[[[]]]]]]]],
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } }
]

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value }
  return value
}

type Path = (string | number)[]

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => leafPaths(item, [...path, i]))]
  if (typeof value === 'object' && value !== null) return [path, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]))]
  return [path]
}

function setAt(value: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value)
  const [head, ...rest] = path
  if (typeof value !== 'object' || value === null) return value
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>
  copy[head as string] = setAt(copy[head as string], rest, replace)
  return copy
}

type Mutation = { kind: string; apply(input: unknown): unknown }

/** One mutation of an accepted-looking input, picked by fast-check so a failure shrinks to a small case. */
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ pick: fc.nat(), value: fc.constantFrom(...HOSTILE_VALUES) }).map(({ pick, value }) => ({
    kind: 'hostile value',
    apply: (input: unknown) => {
      const paths = leafPaths(input)
      return setAt(input, paths[pick % paths.length] ?? [], () => value)
    }
  })),
  fc.nat().map((pick) => ({
    kind: 'missing field',
    apply: (input: unknown) => {
      const paths = leafPaths(input).filter((p) => p.length > 0)
      const path = paths[pick % Math.max(paths.length, 1)]
      if (!path) return input
      return setAt(input, path.slice(0, -1), (parent) => {
        if (Array.isArray(parent)) return parent.filter((_, i) => i !== path[path.length - 1])
        const { [String(path[path.length - 1])]: _dropped, ...rest } = parent as Record<string, unknown>
        return rest
      })
    }
  })),
  fc.record({ key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'toString', '\u0000'), value: fc.constantFrom(...HOSTILE_VALUES) }).map(({ key, value }) => ({
    kind: 'extra field',
    apply: (input: unknown) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return input
      // Defined as an own property, as JSON.parse does: an assignment to __proto__ would change the prototype.
      return Object.defineProperty({ ...input }, key, { value, enumerable: true, configurable: true, writable: true })
    }
  })),
  fc.record({ pick: fc.nat(), at: fc.nat(), character: fc.constantFrom('\u0000', '\u0007', '\u001f', '\u007f', '\ud83d', '\u2028', '\ufeff') }).map(({ pick, at, character }) => ({
    kind: 'control character',
    apply: (input: unknown) => {
      const paths = leafPaths(input)
      return setAt(input, paths[pick % paths.length] ?? [], (old) => {
        const text = typeof old === 'string' ? old : 'x'
        const cut = at % (text.length + 1)
        return `${text.slice(0, cut)}${character}${text.slice(cut)}`
      })
    }
  })),
  fc.record({ pick: fc.nat(), depth: fc.integer({ min: 50, max: 5_000 }) }).map(({ pick, depth }) => ({
    kind: 'deep nesting',
    apply: (input: unknown) => {
      const paths = leafPaths(input)
      return setAt(input, paths[pick % paths.length] ?? [], () => deeplyNested(depth))
    }
  })),
  fc.constantFrom<unknown>(null, undefined, 'input', 42, [], [{}], true).map((value) => ({ kind: 'not an object', apply: () => value }))
)

/** Real ids and numbers from the database, so generated inputs reach past the first lookup. */
async function fieldHints(db: Database): Promise<FieldHints> {
  const column = async (sql: string): Promise<string[]> => (await db.query<{ v: string }>(sql)).rows.map((r) => r.v)
  const pool = (values: readonly string[], fallback: fc.Arbitrary<unknown>) => (values.length > 0 ? fc.constantFrom(...values) : fallback)
  const none = fc.constant('missing')
  const institutions = await column(`SELECT id AS v FROM institutions ORDER BY id LIMIT 40`)
  const trackingNos = await column(`SELECT tracking_no AS v FROM complaints ORDER BY tracking_no LIMIT 40`)
  const days = fc.integer({ min: -20, max: 40 }).map((d) => new Date(NOW.getTime() + d * 86_400_000).toISOString().slice(0, 10))
  return {
    regionCode: pool(await column(`SELECT code AS v FROM regions`), none),
    institutionId: pool(institutions, none),
    id: pool(institutions, none),
    offeringId: pool(await column(`SELECT id AS v FROM offerings ORDER BY id LIMIT 40`), none),
    slotId: pool(await column(`SELECT id AS v FROM slots ORDER BY id LIMIT 40`), none),
    childId: pool(await column(`SELECT id AS v FROM children ORDER BY id LIMIT 20`), none),
    bookingId: pool(await column(`SELECT id AS v FROM bookings ORDER BY id LIMIT 20`), none),
    trackingNo: pool(trackingNos, none),
    duplicateOf: pool(trackingNos, none),
    slug: pool(guidanceLibrary().articles.map((a) => a.slug).slice(0, 40), none),
    departmentCode: fc.constantFrom('health', 'education', 'market_regulation', 'public_security'),
    incidentDate: days,
    fromDate: days,
    date: days,
    firstDate: days
  }
}

async function signIn(db: Database, input: Record<string, unknown>): Promise<User> {
  const session = await dispatch(api, { fn: 'account', action: 'devLogin', input }, { db, user: null, now: NOW })
  if (!session.ok) throw new Error(`fuzz sign-in as ${JSON.stringify(input)} failed: ${session.error.code}`)
  return (session.data as { user: User }).user
}

/** Row counts of every table, one query: a refused call must leave them as they were. */
async function rowCountQuery(db: Database): Promise<string> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`
  )
  return `SELECT ${rows.map((r) => `(SELECT count(*) FROM "${r.name}")::int AS "${r.name}"`).join(', ')}`
}

const READABLE = /[\u4e00-\u9fff]/
const KEY_LEAK = /\b(errors|validation)\.[A-Za-z]/

export interface Fuzzer {
  /** Runs `runs` cases of one action (or until `deadline`), adding to the figures. */
  fuzzAction(target: FuzzAction, options: { runs: number; seed: number; deadline?: number }): Promise<void>
  figures: FuzzFigures
}

export async function createFuzzer(db: Database): Promise<Fuzzer> {
  const [sample] = (await db.query<{ id: string; region_code: string }>(`SELECT id, region_code FROM institutions ORDER BY id LIMIT 1`)).rows
  if (!sample) throw new Error('the fuzz database has no institutions: seed it first')
  const users: Record<string, User> = {
    parent: await signIn(db, { role: 'parent', displayName: '模糊测试家长' }),
    institution_staff: await signIn(db, { role: 'institution_staff', regionCode: sample.region_code, institutionId: sample.id }),
    regulator: await signIn(db, { role: 'regulator', regionCode: sample.region_code }),
    operator: await signIn(db, { role: 'operator' })
  }
  const hints = await fieldHints(db)
  const countRows = await rowCountQuery(db)
  const figures: FuzzFigures = { cases: 0, accepted: 0, refused: 0, serverErrors: 0, envelopeViolations: 0, writesOnRefusal: 0, failures: [] }
  // What the dispatcher logs of a failure: shown with the case that caused it.
  const logged: string[] = []
  const log = createServerLog({ level: 'error', destination: { write: (line: string) => void logged.push(line) } })

  function callerFor(spec: ActionSpec, pick: number): User | null {
    if (spec.access.kind === 'public') return [null, users.parent ?? null, users.regulator ?? null][pick % 3] ?? null
    if (spec.access.kind === 'signed_in') return users.parent ?? null
    const roles = spec.access.roles
    return users[roles[pick % roles.length] ?? 'parent'] ?? null
  }

  function note(target: FuzzAction, kind: string, input: unknown, problem: string): void {
    if (figures.failures.length >= 20) return
    let shown: string
    try {
      shown = JSON.stringify(input)?.slice(0, 300) ?? String(input)
    } catch {
      shown = String(input)
    }
    figures.failures.push(`${target.fn}.${target.action} (${kind}): ${problem} — input ${shown}`)
  }

  async function oneCase(target: FuzzAction, input: unknown, kind: string, pick: number): Promise<boolean> {
    const user = callerFor(target.spec, pick)
    const before = (await db.query(countRows)).rows[0]
    logged.length = 0
    const envelope = await dispatch(api, { fn: target.fn, action: target.action, input }, { db, user, now: NOW }, { log })
    figures.cases += 1
    let sound = true
    if (envelope.ok) {
      figures.accepted += 1
      return true
    }
    figures.refused += 1
    const { code, message } = envelope.error
    if (httpStatusFor(code) >= 500) {
      figures.serverErrors += 1
      note(target, kind, input, `${code} ${JSON.stringify(logged).slice(0, 400)}`)
      sound = false
    }
    if (!ERROR_CODES.includes(code) || typeof message !== 'string' || !READABLE.test(message) || KEY_LEAK.test(message)) {
      figures.envelopeViolations += 1
      note(target, kind, input, `envelope ${JSON.stringify(envelope.error)}`)
      sound = false
    }
    const after = (await db.query(countRows)).rows[0]
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      figures.writesOnRefusal += 1
      note(target, kind, input, `refused with ${code} but rows changed`)
      sound = false
    }
    return sound
  }

  return {
    figures,
    async fuzzAction(target, { runs, seed, deadline }) {
      const generated = arbitraryFor(target.spec.input, 0, hints)
      const cases = fc.tuple(generated, fc.option(mutationArbitrary, { freq: 2 }), fc.nat())
      await fc.assert(
        fc.asyncProperty(cases, async ([input, mutation, pick]) => {
          const sent = mutation ? mutation.apply(input) : input
          return oneCase(target, sent, mutation?.kind ?? 'generated', pick)
        }),
        { numRuns: runs, seed, endOnFailure: true, ...(deadline ? { interruptAfterTimeLimit: Math.max(1, deadline - Date.now()) } : {}) }
      ).catch((error: unknown) => {
        // A case that broke a rule is already in the figures; an error thrown by the fuzzer or the code it calls
        // outside the dispatcher's envelope is a failure worth reading too.
        const cause = (error as { cause?: unknown }).cause
        const returnedFalse = cause instanceof Error && cause.message.startsWith('Property failed by returning false')
        if (cause !== undefined && !returnedFalse) figures.failures.push(`${target.fn}.${target.action}: threw ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`.slice(0, 800))
      })
    }
  }
}
