import { z } from 'zod'
import { DEFAULT_RATE_LIMITS, RATE_CLASSES, type RateLimits } from '../../domain/shared/rate-limit-rules'
import type { TencentSmsConfig } from '../account/tencent-sms-gateway'
import type { MapTiles } from '../../domain/finder/map-tiles-schema'
import { LOG_LEVELS, type LogLevel } from '../shared/server-log'

/**
 * Every environment variable the server and the cloud functions read, read once at start-up (or at a cloud
 * function's first call) and checked here, so a mistake stops the process with the variable's name instead of
 * surfacing later as a strange failure. No other module reads `process.env` for configuration. (The caller's
 * identity in a cloud function is not configuration: wx-server-sdk's getWXContext gives it per call.)
 */

export const MIN_SECRET_CHARS = 32

const text = z.string().trim().min(1)
const onOff = z.enum(['on', 'off'], { error: 'must be on or off' })
const rateLimit = z
  .string()
  .trim()
  .regex(/^[1-9]\d*\/[1-9]\d*$/, 'must look like 60/120 (a burst of 60, refilled at 120 a minute)')
  .transform((value) => {
    const [burst, perMinute] = value.split('/').map(Number)
    return { burst: burst ?? 1, perMinute: perMinute ?? 1 }
  })

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], { error: 'must be development, test or production' }).default('development'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(0, 'must be 0–65535').max(65_535, 'must be 0–65535').default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a PostgreSQL connection string (postgres://user:password@host:5432/database)')
    .optional(),
  TUOYU_DATA_DIR: text.default('.data/pglite'),
  TUOYU_STATIC_DIR: text.optional(),
  TUOYU_UPLOAD_DIR: text.optional(),
  SESSION_SECRET: z.string().min(MIN_SECRET_CHARS, `must be at least ${MIN_SECRET_CHARS} characters (e.g. openssl rand -hex 32)`).optional(),
  TUOYU_DEV_LOGIN: onOff.optional(),
  WECHAT_APPID: text.optional(),
  WECHAT_SECRET: text.optional(),
  WECHAT_REMINDER_TEMPLATE_ID: text.optional(),
  WECHAT_COMPLAINT_TEMPLATE_ID: text.optional(),
  WECHAT_ALERT_TEMPLATE_ID: text.optional(),
  WECHAT_OA_APPID: text.optional(),
  WECHAT_OA_SECRET: text.optional(),
  TENCENT_SMS_SECRET_ID: text.optional(),
  TENCENT_SMS_SECRET_KEY: text.optional(),
  TENCENT_SMS_SDK_APP_ID: text.optional(),
  TENCENT_SMS_SIGN_NAME: text.optional(),
  TENCENT_SMS_TEMPLATE_ID: text.optional(),
  TENCENT_SMS_REGION: text.default('ap-guangzhou'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  RATE_LIMITS: onOff.default('on'),
  RATE_LIMIT_SEARCH: rateLimit.optional(),
  RATE_LIMIT_SIGNIN: rateLimit.optional(),
  RATE_LIMIT_COMPLAINTS: rateLimit.optional(),
  RATE_LIMIT_UPLOADS: rateLimit.optional(),
  RATE_LIMIT_CODES: rateLimit.optional(),
  RATE_LIMIT_INVITATIONS: rateLimit.optional(),
  MAP_TILE_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^/{}]*(\{s\}[^/{}]*)?\//, 'must be a tile URL template like https://{s}.tiles.example/{z}/{x}/{y}.png')
    .refine((url) => ['{x}', '{y}', '{z}'].every((part) => url.includes(part)), 'must contain {x}, {y} and {z}')
    .optional(),
  MAP_TILE_ATTRIBUTION: text.max(300).optional(),
  MAP_TILE_SUBDOMAINS: z.string().trim().regex(/^[a-z0-9]{1,8}$/, 'must be the subdomain letters, e.g. 1234 or abc').optional(),
  MAP_TILE_MAX_ZOOM: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1–22').max(22, 'must be 1–22').default(18)
})

export interface WechatConfig {
  appId: string | undefined
  secret: string | undefined
  reminderTemplateId: string | undefined
  complaintTemplateId: string | undefined
  alertTemplateId: string | undefined
}

export interface Config {
  production: boolean
  /** Where the HTTP server listens; 0 picks any free port. */
  port: number
  /** PostgreSQL; when absent the server keeps an embedded database in `dataDir`. */
  databaseUrl: string | undefined
  dataDir: string
  /** The built H5 app, when it is not where the bundle expects it. */
  staticDir: string | undefined
  /** The temporary file store photo uploads stream to; by default one in the OS temporary directory. */
  uploadDir: string | undefined
  /** Required in production (checked where the secret is resolved, which says how to make one). */
  sessionSecret: string | undefined
  /** Development sign-in as a sample user: on by default outside production, never in production. */
  devLogin: boolean
  wechat: WechatConfig
  /** The official account whose web authorisation signs parents in on H5 inside WeChat; null when not set. */
  wechatOfficialAccount: { appId: string; secret: string } | null
  /** Tencent Cloud SMS for sign-in codes; null when not set (outside production a development gateway logs codes). */
  tencentSms: TencentSmsConfig | null
  logLevel: LogLevel
  /** Allowances per client for costly actions (RATE_LIMIT_<CLASS>=burst/perMinute); null when RATE_LIMITS=off. */
  rateLimits: RateLimits | null
  /** The H5 map's tiles (MAP_TILE_*); null leaves H5 without a map. The mini-program uses WeChat's own map. */
  mapTiles: MapTiles | null
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable} ${problem}`)
    this.name = 'ConfigError'
  }
}

/** A tile provider's terms require its attribution, so a URL without one is refused rather than shown bare. */
function mapTilesFrom(vars: z.output<typeof environmentSchema>): MapTiles | null {
  if (!vars.MAP_TILE_URL) return null
  if (!vars.MAP_TILE_ATTRIBUTION) throw new ConfigError('MAP_TILE_ATTRIBUTION', 'must be set with MAP_TILE_URL: the provider\'s attribution is shown on the map.')
  if (vars.MAP_TILE_URL.includes('{s}') && !vars.MAP_TILE_SUBDOMAINS) throw new ConfigError('MAP_TILE_SUBDOMAINS', 'must be set when MAP_TILE_URL has {s}.')
  return { urlTemplate: vars.MAP_TILE_URL, attribution: vars.MAP_TILE_ATTRIBUTION, subdomains: vars.MAP_TILE_SUBDOMAINS ?? '', maxZoom: vars.MAP_TILE_MAX_ZOOM }
}

/** Reads the configuration from `env`; an empty variable counts as unset. Throws ConfigError naming the first bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const known = Object.keys(environmentSchema.shape)
  const given = Object.fromEntries(known.flatMap((name) => (env[name] === undefined || env[name] === '' ? [] : [[name, env[name]]])))
  const parsed = environmentSchema.safeParse(given)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ConfigError(String(issue?.path[0] ?? 'environment'), `is not valid: ${issue?.message ?? 'unreadable'}.`)
  }
  const vars = parsed.data
  const production = vars.NODE_ENV === 'production'
  if (production && vars.TUOYU_DEV_LOGIN === 'on') {
    throw new ConfigError('TUOYU_DEV_LOGIN', 'must not be on in production: anyone could sign in as any regulator. Remove it.')
  }
  const smsVariables = ['TENCENT_SMS_SECRET_ID', 'TENCENT_SMS_SECRET_KEY', 'TENCENT_SMS_SDK_APP_ID', 'TENCENT_SMS_SIGN_NAME', 'TENCENT_SMS_TEMPLATE_ID'] as const
  const smsGiven = smsVariables.filter((name) => vars[name] !== undefined)
  if (smsGiven.length > 0 && smsGiven.length < smsVariables.length) {
    const missing = smsVariables.find((name) => vars[name] === undefined) ?? 'TENCENT_SMS_SECRET_ID'
    throw new ConfigError(missing, `is not set, but other TENCENT_SMS_* variables are: SMS sign-in needs all of ${smsVariables.join(', ')}.`)
  }
  if ((vars.WECHAT_OA_APPID === undefined) !== (vars.WECHAT_OA_SECRET === undefined)) {
    throw new ConfigError(vars.WECHAT_OA_APPID === undefined ? 'WECHAT_OA_APPID' : 'WECHAT_OA_SECRET', 'is not set: WeChat web sign-in needs both WECHAT_OA_APPID and WECHAT_OA_SECRET.')
  }
  return {
    production,
    mapTiles: mapTilesFrom(vars),
    port: vars.PORT,
    databaseUrl: vars.DATABASE_URL,
    dataDir: vars.TUOYU_DATA_DIR,
    staticDir: vars.TUOYU_STATIC_DIR,
    uploadDir: vars.TUOYU_UPLOAD_DIR,
    sessionSecret: vars.SESSION_SECRET,
    devLogin: vars.TUOYU_DEV_LOGIN === undefined ? !production : vars.TUOYU_DEV_LOGIN === 'on',
    wechat: {
      appId: vars.WECHAT_APPID,
      secret: vars.WECHAT_SECRET,
      reminderTemplateId: vars.WECHAT_REMINDER_TEMPLATE_ID,
      complaintTemplateId: vars.WECHAT_COMPLAINT_TEMPLATE_ID,
      alertTemplateId: vars.WECHAT_ALERT_TEMPLATE_ID
    },
    wechatOfficialAccount: vars.WECHAT_OA_APPID && vars.WECHAT_OA_SECRET ? { appId: vars.WECHAT_OA_APPID, secret: vars.WECHAT_OA_SECRET } : null,
    tencentSms:
      vars.TENCENT_SMS_SECRET_ID && vars.TENCENT_SMS_SECRET_KEY && vars.TENCENT_SMS_SDK_APP_ID && vars.TENCENT_SMS_SIGN_NAME && vars.TENCENT_SMS_TEMPLATE_ID
        ? {
            secretId: vars.TENCENT_SMS_SECRET_ID,
            secretKey: vars.TENCENT_SMS_SECRET_KEY,
            sdkAppId: vars.TENCENT_SMS_SDK_APP_ID,
            signName: vars.TENCENT_SMS_SIGN_NAME,
            templateId: vars.TENCENT_SMS_TEMPLATE_ID,
            region: vars.TENCENT_SMS_REGION
          }
        : null,
    logLevel: vars.LOG_LEVEL,
    rateLimits:
      vars.RATE_LIMITS === 'off'
        ? null
        : {
            ...DEFAULT_RATE_LIMITS,
            ...Object.fromEntries(RATE_CLASSES.flatMap((rateClass) => {
              const given = vars[`RATE_LIMIT_${rateClass.toUpperCase() as Uppercase<typeof rateClass>}`]
              return given ? [[rateClass, given]] : []
            }))
          }
  }
}
