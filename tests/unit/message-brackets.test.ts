import { describe, expect, it } from '@jest/globals'
import { zhCN } from '../../src/i18n/catalogue'
import { t, type MessageKey } from '../../src/i18n/translate'
// The bookings namespace arrives with the pages and services that say its keys.
import '../../src/i18n/zh-cn-pages/bookings'

describe('booking messages', () => {
  it('never wrap a host name in brackets of their own: 禾苗托育中心（解放碑） reads as it is', () => {
    const params = { title: '计时托', host: '禾苗托育中心（解放碑）', startsAt: '11月26日 09:00', who: '糖糖', cutoff: '11月25日 09:00', expiresAt: '11月26日 09:00' }
    const bodies = Object.keys(zhCN.bookings.messages).map((key) => t(`bookings.messages.${key}` as MessageKey, params))
    for (const body of bodies) expect(body).not.toMatch(/（[^）]*（/)
    expect(bodies.some((body) => body.includes('禾苗托育中心（解放碑）'))).toBe(true)
  })
})
