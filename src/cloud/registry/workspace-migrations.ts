import type { Migration } from '../db/migration'

/**
 * 0810: fees carry the day they take effect, and a search counts only those in effect on its day, so each
 * fee's span now sits in the stored search projection; clearing it makes every row's facts come from its
 * full record again until it is next saved (as 0003 did).
 */
export const workspaceMigrations: Migration[] = [
  {
    id: '0810_finder_fee_spans',
    sql: `UPDATE institutions SET search_facts = NULL WHERE search_facts IS NOT NULL;`
  }
]
