/** The drivers hand back timestamptz as a Date (pg, PGlite) or text; the API speaks ISO UTC strings. */
export function isoOf(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString()
}

export function isoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : isoOf(value)
}

/** A new id with the context's prefix, e.g. `bk-…`. */
export function newId(prefix: string): string {
  return `${prefix}-${globalThis.crypto.randomUUID()}`
}
