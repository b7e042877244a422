import { FEE_UNIT_BY_SERVICE, FEE_UNITS, type FeeUnit, type ServiceType } from '../../domain/finder/finder-enums'

/** Fee ceilings offered as one-tap choices, in fen, each in its unit: a month, an hour (计时托), a day (临时托). */
export const FEE_CAPS_FEN: Record<FeeUnit, readonly number[]> = {
  month: [150_000, 200_000, 250_000, 300_000, 400_000],
  hour: [3_000, 5_000, 8_000, 10_000],
  day: [10_000, 15_000, 20_000, 30_000]
}

/** The filter field that caps fees in each unit. */
export const FEE_CAP_FILTER = { month: 'maxMonthlyFeeFen', hour: 'maxHourlyFeeFen', day: 'maxDailyFeeFen' } as const

/** The units the chosen care is charged in, each offered its own ceiling; monthly when no care is chosen. */
export function feeUnitsOf(serviceTypes: readonly ServiceType[]): FeeUnit[] {
  if (serviceTypes.length === 0) return ['month']
  return FEE_UNITS.filter((unit) => serviceTypes.some((s) => FEE_UNIT_BY_SERVICE[s] === unit))
}

/** Search radii offered, in metres; the schema allows any value between its bounds. */
export const RADIUS_OPTIONS_M = [1_000, 3_000, 5_000, 10_000, 20_000, 50_000] as const

export const nextWiderRadius = (radiusM: number): number | null => RADIUS_OPTIONS_M.find((r) => r > radiusM) ?? null

export const radiusKm = (radiusM: number): string => String(radiusM / 1000)
