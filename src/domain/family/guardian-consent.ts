/**
 * The guardian consent text's version (the text itself is `family.consent.*` in the catalogue). Changing the
 * text means a new version: children added under an older one stay, new additions need the current one.
 */
export const GUARDIAN_CONSENT_VERSION = '2026-11'
