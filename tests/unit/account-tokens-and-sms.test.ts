import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { sessionTokens } from '../../src/cloud/account/session-tokens'
import { createTencentSmsGateway, tc3Authorization } from '../../src/cloud/account/tencent-sms-gateway'
import { invitationCodeSchema, phoneSchema } from '../../src/domain/account/account-schema'
import { maskPhone } from '../../src/domain/account/membership-rules'
import { SMS_CODES_PER_DAY, smsResendWaitSeconds } from '../../src/domain/account/sms-code-rules'

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const tokens = sessionTokens('unit-test-session-secret-0123456789abcdef')

/** Every other spelling of the signature's last character that decodes to the same bytes (its 2 unused bits). */
function sameBytesSpellings(token: string): string[] {
  const last = token.at(-1) ?? ''
  const value = BASE64URL.indexOf(last)
  return [1, 2, 3].map((low) => token.slice(0, -1) + BASE64URL.charAt((value & ~3) | (value & 3 ^ low)))
}

describe('session tokens', () => {
  it('name the session they were minted for', () => {
    const { sessionId, token } = tokens.mint()
    expect(tokens.sessionIdOf(token)).toBe(sessionId)
  })

  it('refuse padding and the unused bits of the signature (each decodes to the same bytes)', () => {
    for (let i = 0; i < 8; i += 1) {
      const { token } = tokens.mint()
      const tampered = [`${token}=`, `${token}==`, ...sameBytesSpellings(token)]
      for (const variant of tampered) {
        expect(Buffer.from(variant.split('.')[2] ?? '', 'base64url')).toEqual(Buffer.from(token.split('.')[2] ?? '', 'base64url'))
        expect(tokens.sessionIdOf(variant)).toBeNull()
      }
    }
  })

  it('accept no string but the exact token (property)', () => {
    const { token } = tokens.mint()
    const edits = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.constantFrom(...`${BASE64URL}=.+/ `) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: fc.constantFrom(...`${BASE64URL}=.+/ `) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), char: fc.constant('') })
    )
    fc.assert(
      fc.property(fc.array(edits, { minLength: 1, maxLength: 3 }), (steps) => {
        let variant = token
        for (const step of steps) {
          const at = step.at % (variant.length + 1)
          if (step.kind === 'replace') variant = variant.slice(0, at) + step.char + variant.slice(at + 1)
          else if (step.kind === 'insert') variant = variant.slice(0, at) + step.char + variant.slice(at)
          else variant = variant.slice(0, at) + variant.slice(at + 1)
        }
        return variant === token ? tokens.sessionIdOf(variant) !== null : tokens.sessionIdOf(variant) === null
      }),
      { numRuns: 3000 }
    )
  })

  it('are not accepted under another secret', () => {
    expect(sessionTokens('another-deployment-secret-0123456789abcd').sessionIdOf(tokens.mint().token)).toBeNull()
  })
})

describe('Tencent Cloud TC3-HMAC-SHA256', () => {
  it("signs the API documentation's example request exactly as documented", () => {
    // The example of 签名方法 v3 (CVM DescribeInstances, 2019-02-25): its key, payload and resulting signature.
    const authorization = tc3Authorization({
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******',
      secretKey: 'Gu5t9xGARNpq86cd98joQYCN3*******',
      service: 'cvm',
      host: 'cvm.tencentcloudapi.com',
      payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
      timestamp: 1551113065
    })
    expect(authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, ' +
        'Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c'
    )
  })

  const config = { secretId: 'AKIDtest', secretKey: 'key', sdkAppId: '1400000001', signName: '托育通', templateId: '200002', region: 'ap-guangzhou' }

  it('sends one SendSms with the code and its minutes, signed for the sms service', async () => {
    const calls: { action: string; payload: string; headers: Record<string, string> }[] = []
    const gateway = createTencentSmsGateway(config, async (action, payload, headers) => {
      calls.push({ action, payload, headers })
      return { Response: { SendStatusSet: [{ Code: 'Ok', Message: 'send success' }], RequestId: 'r-1' } }
    }, () => 1_764_000_000_000)
    await gateway.sendCode('13812341234', '042917')
    expect(calls).toHaveLength(1)
    const [call] = calls
    expect(JSON.parse(call?.payload ?? '')).toEqual({ PhoneNumberSet: ['+8613812341234'], SmsSdkAppId: '1400000001', SignName: '托育通', TemplateId: '200002', TemplateParamSet: ['042917', '5'] })
    expect(call?.headers).toMatchObject({ 'X-TC-Action': 'SendSms', 'X-TC-Version': '2021-01-11', 'X-TC-Timestamp': '1764000000', 'X-TC-Region': 'ap-guangzhou', Host: 'sms.tencentcloudapi.com' })
    expect(call?.headers.Authorization).toBe(tc3Authorization({ secretId: 'AKIDtest', secretKey: 'key', service: 'sms', host: 'sms.tencentcloudapi.com', payload: call?.payload ?? '', timestamp: 1_764_000_000 }))
    expect(call?.headers.Authorization).toContain('/2025-11-24/sms/tc3_request')
  })

  it('rejects when Tencent Cloud refuses the call or the number, without the key in the message', async () => {
    const refusing = createTencentSmsGateway(config, async () => ({ Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'bad signature' } } }))
    await expect(refusing.sendCode('13812341234', '000000')).rejects.toThrow('AuthFailure.SignatureFailure')
    const unsent = createTencentSmsGateway(config, async () => ({ Response: { SendStatusSet: [{ Code: 'LimitExceeded.PhoneNumberDailyLimit', Message: 'limit' }] } }))
    await expect(unsent.sendCode('13812341234', '000000')).rejects.toThrow(/LimitExceeded.PhoneNumberDailyLimit/)
    await expect(unsent.sendCode('13812341234', '000000')).rejects.not.toThrow(/key/)
  })
})

describe('sign-in numbers and codes', () => {
  it('reads mainland mobile numbers as people type them and masks them', () => {
    expect(phoneSchema.parse(' 138 1234 1234 ')).toBe('13812341234')
    expect(phoneSchema.parse('+86 138-1234-1234')).toBe('13812341234')
    for (const bad of ['12812341234', '1381234123', '138123412345', '+1 4155550100', '']) expect(phoneSchema.safeParse(bad).success).toBe(false)
    expect(maskPhone('13812341234')).toBe('138****1234')
  })

  it('reads invitation codes without regard to case or dashes, and refuses look-alike symbols', () => {
    expect(invitationCodeSchema.parse('abcd-efgh-jkmn')).toBe('ABCDEFGHJKMN')
    expect(invitationCodeSchema.safeParse('ABCD-EFGH-JKM0').success).toBe(false)
    expect(invitationCodeSchema.safeParse('ABCD-EFGH-JKM').success).toBe(false)
  })

  it('lets one code a minute and ten a day go to a number', () => {
    const now = new Date('2026-11-23T04:00:00Z')
    const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000)
    expect(smsResendWaitSeconds([], now)).toBe(0)
    expect(smsResendWaitSeconds([ago(20)], now)).toBe(40)
    expect(smsResendWaitSeconds([ago(60)], now)).toBe(0)
    const tenToday = Array.from({ length: SMS_CODES_PER_DAY }, (_, i) => ago(3600 * (i + 1)))
    expect(smsResendWaitSeconds(tenToday, now)).toBe(86_400 - 3600 * SMS_CODES_PER_DAY)
    expect(smsResendWaitSeconds([...tenToday.slice(1), ago(86_400)], now)).toBe(0)
  })
})
