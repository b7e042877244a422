import { createHash, createHmac } from 'node:crypto'
import { request } from 'node:https'

/** Tencent Cloud SMS (短信), from the TENCENT_SMS_* variables (app/config.ts). */
export interface TencentSmsConfig {
  secretId: string
  secretKey: string
  /** The SMS application's SdkAppId. */
  sdkAppId: string
  /** The approved signature (签名) text. */
  signName: string
  /** An approved template whose first parameter is the code and second the minutes it lasts. */
  templateId: string
  /** The API region, e.g. ap-guangzhou. */
  region: string
}

const HOST = 'sms.tencentcloudapi.com'
const SERVICE = 'sms'
const VERSION = '2021-01-11'
const CONTENT_TYPE = 'application/json; charset=utf-8'
const TIMEOUT_MS = 5_000
const MAX_REPLY_BYTES = 16 * 1024

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text, 'utf8').digest()

interface SignatureInput {
  secretId: string
  secretKey: string
  service: string
  host: string
  payload: string
  /** Unix seconds; the credential scope's date is its UTC day. */
  timestamp: number
}

/**
 * The TC3-HMAC-SHA256 Authorization header for a POST of `payload` as JSON to `host` (API 3.0 签名方法 v3):
 * a canonical request over the content-type and host headers, hashed into a string to sign under the
 * date/service/tc3_request scope, signed with a key derived from the secret by the date and the service.
 */
export function tc3Authorization(input: SignatureInput): string {
  const date = new Date(input.timestamp * 1000).toISOString().slice(0, 10)
  const signedHeaders = 'content-type;host'
  const canonicalRequest = ['POST', '/', '', `content-type:${CONTENT_TYPE}\nhost:${input.host}\n`, signedHeaders, sha256Hex(input.payload)].join('\n')
  const scope = `${date}/${input.service}/tc3_request`
  const stringToSign = ['TC3-HMAC-SHA256', String(input.timestamp), scope, sha256Hex(canonicalRequest)].join('\n')
  const signingKey = hmac(hmac(hmac(`TC3${input.secretKey}`, date), input.service), 'tc3_request')
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex')
  return `TC3-HMAC-SHA256 Credential=${input.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`
}

/** One signed API call; resolves with the reply's `Response`. Errors never carry the secret. */
type TencentCall = (action: string, payload: string, headers: Record<string, string>) => Promise<unknown>

const httpsCall: TencentCall = (_action, payload, headers) =>
  new Promise((resolve, reject) => {
    const req = request({ host: HOST, path: '/', method: 'POST', timeout: TIMEOUT_MS, headers: { ...headers, 'Content-Length': Buffer.byteLength(payload) } }, (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > MAX_REPLY_BYTES) req.destroy(new Error('Tencent Cloud reply too large'))
        else chunks.push(chunk)
      })
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`Tencent Cloud answered HTTP ${res.statusCode}`))
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
        } catch {
          reject(new Error('Tencent Cloud answered something other than JSON'))
        }
      })
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`Tencent Cloud gave no answer within ${TIMEOUT_MS} ms`)))
    req.on('error', reject)
    req.end(payload)
  })

interface SendSmsReply {
  Response?: {
    Error?: { Code?: unknown; Message?: unknown }
    SendStatusSet?: { Code?: unknown; Message?: unknown }[]
  }
}

/** SendSms (API 2021-01-11) for one mainland number, the code and its lifetime in minutes as template parameters. */
// Typed by its shape rather than sms-gateway's interface: that module picks this one, and imports must not circle.
export function createTencentSmsGateway(config: TencentSmsConfig, call: TencentCall = httpsCall, clock: () => number = Date.now): { sendCode(phone: string, code: string): Promise<void> } {
  return {
    async sendCode(phone, code) {
      const payload = JSON.stringify({
        PhoneNumberSet: [`+86${phone}`],
        SmsSdkAppId: config.sdkAppId,
        SignName: config.signName,
        TemplateId: config.templateId,
        TemplateParamSet: [code, '5']
      })
      const timestamp = Math.floor(clock() / 1000)
      const headers = {
        Authorization: tc3Authorization({ secretId: config.secretId, secretKey: config.secretKey, service: SERVICE, host: HOST, payload, timestamp }),
        'Content-Type': CONTENT_TYPE,
        Host: HOST,
        'X-TC-Action': 'SendSms',
        'X-TC-Version': VERSION,
        'X-TC-Timestamp': String(timestamp),
        'X-TC-Region': config.region
      }
      const reply = (await call('SendSms', payload, headers)) as SendSmsReply
      const error = reply.Response?.Error
      if (error) throw new Error(`Tencent Cloud SMS refused: ${String(error.Code)} ${String(error.Message ?? '')}`)
      const status = reply.Response?.SendStatusSet?.[0]
      if (!status || status.Code !== 'Ok') throw new Error(`Tencent Cloud SMS did not send: ${String(status?.Code ?? 'no status')} ${String(status?.Message ?? '')}`)
    }
  }
}
