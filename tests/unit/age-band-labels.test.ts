import { describe, expect, it } from '@jest/globals'
import { AGE_BAND_MONTHS } from '../../src/domain/bookings/age-band-rules'
import { zhCN } from '../../src/i18n/catalogue'

describe('age band ranges', () => {
  it('read the same in the finder filter as on a slot (12–23个月, never 12–24 in one place and 12–23 in another)', () => {
    for (const band of ['infant', 'toddler', 'preschool'] as const) {
      const { from, until } = AGE_BAND_MONTHS[band]
      expect(zhCN.labels.ageBandRange[band]).toBe(`${from}–${until - 1}个月`)
    }
    expect(zhCN.labels.ageBandRange.mixed).toBe(`${AGE_BAND_MONTHS.mixed.from}个月以上`)
  })
})
