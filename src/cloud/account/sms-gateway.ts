import { maskPhone } from '../../domain/account/membership-rules'
import { serverLog } from '../shared/server-log'
import { createTencentSmsGateway, type TencentSmsConfig } from './tencent-sms-gateway'

/** Sends one sign-in code by SMS. Rejects when the provider refuses it or cannot be reached. */
export interface SmsGateway {
  sendCode(phone: string, code: string): Promise<void>
}

/**
 * Writes the code to the server log instead of sending it, for development and the end-to-end tests. It
 * refuses to exist in production, where anyone reading the log could sign in as anyone.
 */
export function createDevelopmentSmsGateway(config: { production: boolean }): SmsGateway {
  if (config.production) throw new Error('The development SMS gateway writes codes to the log and never runs in production.')
  return {
    async sendCode(phone, code) {
      serverLog().warn({ phone: maskPhone(phone), code }, 'development SMS code (not sent)')
    }
  }
}

/**
 * The gateway the configuration asks for: Tencent Cloud SMS when its variables are set, else the development
 * one outside production, else none (SMS sign-in then answers SMS_UNAVAILABLE).
 */
export function smsGatewayFrom(config: { production: boolean; tencentSms: TencentSmsConfig | null }): SmsGateway | null {
  if (config.tencentSms) return createTencentSmsGateway(config.tencentSms)
  return config.production ? null : createDevelopmentSmsGateway(config)
}
