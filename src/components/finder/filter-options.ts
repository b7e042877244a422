/** Monthly fee ceilings offered as one-tap choices, in fen. */
export const FEE_CAPS_FEN = [150_000, 200_000, 250_000, 300_000, 400_000] as const

/** Search radii offered, in metres; the schema allows any value between its bounds. */
export const RADIUS_OPTIONS_M = [1_000, 3_000, 5_000, 10_000, 20_000, 50_000] as const

export const nextWiderRadius = (radiusM: number): number | null => RADIUS_OPTIONS_M.find((r) => r > radiusM) ?? null

export const radiusKm = (radiusM: number): string => String(radiusM / 1000)
