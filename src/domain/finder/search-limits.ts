/**
 * The finder's input bounds, apart from the schemas that enforce them: the finder's controls need them on
 * their first render, and on H5 importing a schema would build zod's objects on the way to that render.
 */
export const SEARCH_RADIUS_M = { min: 100, max: 300_000, default: 5_000 } as const
export const KEYWORD_MAX_CHARS = 40

/** Enough for any district, street or institution name; a longer query is a paste, not a place. */
export const PLACE_QUERY_MAX_CHARS = 30
