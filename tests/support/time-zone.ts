/**
 * Puts the whole test process in another time zone (undefined: back to where it started), so rules can be
 * checked to follow China time whatever zone the server or the phone is in. Needs the project's Node test
 * environment (tests/support/node-environment.js).
 */
export function setProcessTimeZone(zone: string | undefined): void {
  const set = (globalThis as { __setProcessTimeZone?: (zone: string | undefined) => void }).__setProcessTimeZone
  if (!set) throw new Error('setProcessTimeZone needs testEnvironment tests/support/node-environment.js')
  set(zone)
}
