import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { storeInstitutions } from '../../src/cloud/finder/finder-service'
import { cachedInstitution } from '../../src/cloud/finder/institution-detail-cache'
import { STALE_CHECK_MS } from '../../src/cloud/finder/region-index-cache'
import { sampleInstitutions } from '../../src/cloud/sample-data/sample-institutions'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import type { InstitutionDetail } from '../../src/domain/finder/institution-schema'
import { TEST_REFERENCE_DATE, testDatabase } from './support/test-database'

// The institution page cache of one process: what it costs the database under load, and that another process's
// change or removal still reaches it within the check window.

let db: Database
const statements: string[] = []
let template: InstitutionDetail

beforeAll(async () => {
  const shared = await testDatabase()
  // The same database, counting the statements the cache sends (another Database object: a cache of its own).
  db = { ...shared, query: (sql, params) => (statements.push(sql), shared.query(sql, params)) }
  const zhuji = sampleRegions().find((r) => r.code === 'zhuji')
  if (!zhuji) throw new Error('no zhuji sample region')
  template = sampleInstitutions(zhuji, TEST_REFERENCE_DATE)[3] as InstitutionDetail
})

/** A page of its own per test, so one test's change never meets another's cache entry. */
async function filedInstitution(id: string): Promise<InstitutionDetail> {
  const institution = { ...template, id }
  await storeInstitutions(db, [institution])
  return institution
}

describe('the institution page cache', () => {
  it('sends one version check for all the requests that find a page due for one, and serves them the cached page', async () => {
    await filedInstitution('zj-90001')
    const first = await cachedInstitution(db, 'zj-90001', 0)
    const before = statements.length
    const later = await Promise.all(Array.from({ length: 20 }, () => cachedInstitution(db, 'zj-90001', STALE_CHECK_MS + 1)))
    expect(statements.length - before).toBe(1)
    expect(later.every((page) => page === first)).toBe(true)
  })

  it('shows a change another process wrote once the check window has passed', async () => {
    const institution = await filedInstitution('zj-90002')
    // Read, then served once from the cache: this process has checked its region since its own write.
    await cachedInstitution(db, institution.id, 0)
    await cachedInstitution(db, institution.id, 0)
    await db.query(`UPDATE institutions SET detail = jsonb_set(detail, '{name}', to_jsonb($2::text)) WHERE id = $1`, [institution.id, '样例：改名后的托育园'])
    expect((await cachedInstitution(db, institution.id, 10))?.name).toBe(institution.name)
    expect((await cachedInstitution(db, institution.id, STALE_CHECK_MS + 20))?.name).toBe('样例：改名后的托育园')
  })

  it('stops showing a page another process removed, on every request after the check window', async () => {
    const institution = await filedInstitution('zj-90003')
    await cachedInstitution(db, institution.id, 0)
    await db.query('DELETE FROM institutions WHERE id = $1', [institution.id])
    expect(await cachedInstitution(db, institution.id, STALE_CHECK_MS + 20)).toBeNull()
    expect(await cachedInstitution(db, institution.id, STALE_CHECK_MS + 30)).toBeNull()
  })
})
