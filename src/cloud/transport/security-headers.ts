/**
 * Headers every answer carries. The H5 app's policy allows only its own scripts, styles, images and API: no
 * inline script (the build keeps none; see src/index.html), nothing loaded from elsewhere, and no page may frame
 * it, so the regulators' console cannot be overlaid by another site (X-Frame-Options for browsers that predate
 * frame-ancestors). Inline styles stay allowed: Taro's runtime sets style attributes on elements. No referrer
 * leaves the app: complaint pages carry a tracking number in their address. connect-src allows blob: because
 * Taro's H5 uploadFile reads the compressed photo back from its object URL before sending it. The map's tiles
 * are the one thing loaded from elsewhere: the configured provider's origins join img-src, and nothing else.
 */
function appPolicy(tileOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...tileOrigins].join(' '),
    "font-src 'self' data:",
    "connect-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'"
  ].join('; ')
}

const COMMON = {
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff'
} as const

/** For the H5 app's files, given the origins the map's tiles come from. */
export function appSecurityHeaders(tileOrigins: readonly string[]): Readonly<Record<string, string>> {
  return { ...COMMON, 'Content-Security-Policy': appPolicy(tileOrigins) }
}

/** For API answers: JSON, never a document, so nothing at all may load or run from one. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'"
}
