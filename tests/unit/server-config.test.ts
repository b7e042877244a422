import { describe, expect, it } from '@jest/globals'
import { createDevelopmentSmsGateway, smsGatewayFrom } from '../../src/cloud/account/sms-gateway'
import { ConfigError, loadConfig, MIN_SECRET_CHARS } from '../../src/cloud/app/config'
import { DEFAULT_RATE_LIMITS } from '../../src/domain/shared/rate-limit-rules'

const SECRET = 's'.repeat(MIN_SECRET_CHARS)

/** The variable a bad environment is refused for, or null when it is accepted. */
function refusedVariable(env: Record<string, string>): string | null {
  try {
    loadConfig(env)
    return null
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    expect(error.message.startsWith(error.variable)).toBe(true)
    return error.variable
  }
}

describe('server configuration', () => {
  it('starts a developer with no settings at all', () => {
    expect(loadConfig({})).toEqual({
      production: false,
      port: 3000,
      databaseUrl: undefined,
      dataDir: '.data/pglite',
      staticDir: undefined,
      sessionSecret: undefined,
      devLogin: true,
      wechat: { appId: undefined, secret: undefined, reminderTemplateId: undefined, complaintTemplateId: undefined },
      wechatOfficialAccount: null,
      tencentSms: null,
      logLevel: 'info',
      rateLimits: DEFAULT_RATE_LIMITS,
      mapTiles: null
    })
  })

  it('reads every variable, and takes an empty one as unset', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'postgres://tuoyu:pw@db:5432/tuoyu',
      TUOYU_DATA_DIR: '/var/lib/tuoyu',
      TUOYU_STATIC_DIR: '',
      SESSION_SECRET: SECRET,
      WECHAT_APPID: 'wx-app',
      WECHAT_SECRET: 'wx-secret',
      WECHAT_REMINDER_TEMPLATE_ID: 'tpl-r',
      WECHAT_COMPLAINT_TEMPLATE_ID: 'tpl-c',
      LOG_LEVEL: 'warn'
    })
    expect(config).toMatchObject({ production: true, port: 8080, databaseUrl: 'postgres://tuoyu:pw@db:5432/tuoyu', dataDir: '/var/lib/tuoyu', staticDir: undefined, devLogin: false, logLevel: 'warn' })
    expect(config.wechat).toEqual({ appId: 'wx-app', secret: 'wx-secret', reminderTemplateId: 'tpl-r', complaintTemplateId: 'tpl-c' })
  })

  it('reads the sign-in gateways only when each is configured whole', () => {
    const sms = {
      TENCENT_SMS_SECRET_ID: 'AKIDexample',
      TENCENT_SMS_SECRET_KEY: 'key',
      TENCENT_SMS_SDK_APP_ID: '1400000000',
      TENCENT_SMS_SIGN_NAME: '托育通',
      TENCENT_SMS_TEMPLATE_ID: '100001'
    }
    expect(loadConfig(sms).tencentSms).toEqual({ secretId: 'AKIDexample', secretKey: 'key', sdkAppId: '1400000000', signName: '托育通', templateId: '100001', region: 'ap-guangzhou' })
    expect(refusedVariable({ ...sms, TENCENT_SMS_TEMPLATE_ID: '' })).toBe('TENCENT_SMS_TEMPLATE_ID')
    expect(loadConfig({ WECHAT_OA_APPID: 'wx-oa', WECHAT_OA_SECRET: 'oa-secret' }).wechatOfficialAccount).toEqual({ appId: 'wx-oa', secret: 'oa-secret' })
    expect(refusedVariable({ WECHAT_OA_APPID: 'wx-oa' })).toBe('WECHAT_OA_SECRET')
  })

  it('never lets the development SMS gateway, which logs codes, run in production', () => {
    expect(() => createDevelopmentSmsGateway({ production: true })).toThrow('never runs in production')
    expect(smsGatewayFrom({ production: true, tencentSms: null })).toBeNull()
    expect(smsGatewayFrom({ production: false, tencentSms: null })).not.toBeNull()
  })

  it('refuses a bad value, naming the variable and what it must be', () => {
    expect(refusedVariable({ PORT: 'eighty' })).toBe('PORT')
    expect(refusedVariable({ PORT: '70000' })).toBe('PORT')
    expect(refusedVariable({ NODE_ENV: 'prod' })).toBe('NODE_ENV')
    expect(refusedVariable({ DATABASE_URL: 'mysql://db/tuoyu' })).toBe('DATABASE_URL')
    expect(refusedVariable({ LOG_LEVEL: 'loud' })).toBe('LOG_LEVEL')
    expect(refusedVariable({ TUOYU_DEV_LOGIN: 'yes' })).toBe('TUOYU_DEV_LOGIN')
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(`SESSION_SECRET is not valid: must be at least ${MIN_SECRET_CHARS} characters`)
  })

  it('reads the H5 map tiles, and refuses a template that cannot work or tiles shown without their attribution', () => {
    const tiles = { MAP_TILE_URL: 'https://webrd0{s}.tiles.example/appmaptile?x={x}&y={y}&z={z}', MAP_TILE_ATTRIBUTION: '© 示例地图', MAP_TILE_SUBDOMAINS: '1234' }
    expect(loadConfig(tiles).mapTiles).toEqual({ urlTemplate: tiles.MAP_TILE_URL, attribution: '© 示例地图', subdomains: '1234', maxZoom: 18 })
    expect(refusedVariable({ ...tiles, MAP_TILE_ATTRIBUTION: '' })).toBe('MAP_TILE_ATTRIBUTION')
    const { MAP_TILE_SUBDOMAINS: _, ...withoutSubdomains } = tiles
    expect(refusedVariable(withoutSubdomains)).toBe('MAP_TILE_SUBDOMAINS')
    expect(refusedVariable({ ...tiles, MAP_TILE_URL: 'https://tiles.example/{z}/{x}.png' })).toBe('MAP_TILE_URL')
    expect(refusedVariable({ ...tiles, MAP_TILE_URL: 'ftp://tiles.example/{z}/{x}/{y}.png' })).toBe('MAP_TILE_URL')
    expect(refusedVariable({ ...tiles, MAP_TILE_MAX_ZOOM: '30' })).toBe('MAP_TILE_MAX_ZOOM')
  })

  it('never lets production sign in without WeChat', () => {
    expect(refusedVariable({ NODE_ENV: 'production', SESSION_SECRET: SECRET, TUOYU_DEV_LOGIN: 'on' })).toBe('TUOYU_DEV_LOGIN')
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET }).devLogin).toBe(false)
    expect(loadConfig({ NODE_ENV: 'production', TUOYU_DEV_LOGIN: 'off' }).devLogin).toBe(false)
    expect(loadConfig({ TUOYU_DEV_LOGIN: 'off' }).devLogin).toBe(false)
  })
})
