import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { InstitutionDetail } from '../../src/domain/finder/institution-schema'
import { callAs } from './support/call-action'
import { institutionOf, newParent, regulatorOf, staffOf, unwrap } from './support/complaint-fixtures'
import { TEST_NOW, TEST_REFERENCE_DATE, testDatabase } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

const getInstitution = async (id: string) => unwrap(await callAs<InstitutionDetail>(db, null, 'finder', 'get', { id }))
const codeOf = (envelope: { ok: boolean; error?: { code: string } }) => (envelope.ok ? 'OK' : envelope.error?.code)

describe('staff keep their vacancies current', () => {
  it('publishes vacancies dated today, and 信息仍然准确 re-dates them, each on the 变更记录', async () => {
    const institution = await institutionOf(db, 'zhuji', 5)
    const staff = staffOf(institution)
    const vacancies = [
      { serviceType: 'full_day', ageBand: 'toddler', places: 2 },
      { serviceType: 'hourly', ageBand: 'infant', places: 0 }
    ]
    unwrap(await callAs(db, staff, 'registry', 'updateVacancies', { institutionId: institution.id, vacancies }))
    let page = await getInstitution(institution.id)
    expect(page.vacancies).toEqual(vacancies.map((v) => ({ ...v, reportedOn: TEST_REFERENCE_DATE })))
    expect(page.changes[0]).toMatchObject({ kind: 'vacancies_updated', actor: institution.name })

    const nextWeek = new Date(TEST_NOW.getTime() + 7 * 86_400_000)
    unwrap(await callAs(db, staff, 'registry', 'confirmVacancies', { institutionId: institution.id }, nextWeek))
    page = await getInstitution(institution.id)
    expect(page.vacancies.every((v) => v.reportedOn === '2026-11-30')).toBe(true)
    expect(page.changes[0]).toMatchObject({ kind: 'vacancies_confirmed' })
  })

  it('refuses parents, staff of another institution and regulators; nothing changes', async () => {
    const institution = await institutionOf(db, 'zhuji', 6)
    const other = await institutionOf(db, 'zhuji', 7)
    const before = await getInstitution(institution.id)
    const input = { institutionId: institution.id, vacancies: [{ serviceType: 'full_day', ageBand: 'toddler', places: 9 }] }
    for (const action of ['updateVacancies', 'confirmVacancies']) {
      const args = action === 'updateVacancies' ? input : { institutionId: institution.id }
      expect(codeOf(await callAs(db, null, 'registry', action, args))).toBe('UNAUTHENTICATED')
      expect(codeOf(await callAs(db, newParent(), 'registry', action, args))).toBe('FORBIDDEN')
      expect(codeOf(await callAs(db, staffOf(other), 'registry', action, args))).toBe('FORBIDDEN')
      expect(codeOf(await callAs(db, regulatorOf('zhuji'), 'registry', action, args))).toBe('FORBIDDEN')
    }
    expect(await getInstitution(institution.id)).toEqual(before)
  })

  it.each([
    ['negative places', [{ serviceType: 'full_day', ageBand: 'toddler', places: -1 }]],
    ['a fraction of a place', [{ serviceType: 'full_day', ageBand: 'toddler', places: 1.5 }]],
    ['the same pair twice', [{ serviceType: 'full_day', ageBand: 'toddler', places: 1 }, { serviceType: 'full_day', ageBand: 'toddler', places: 2 }]],
    ['an unknown age band', [{ serviceType: 'full_day', ageBand: 'teen', places: 1 }]]
  ])('refuses %s with a clear error', async (_name, vacancies) => {
    const institution = await institutionOf(db, 'zhuji', 8)
    const before = await getInstitution(institution.id)
    const got = await callAs(db, staffOf(institution), 'registry', 'updateVacancies', { institutionId: institution.id, vacancies })
    expect(codeOf(got)).toBe('INVALID_INPUT')
    if (!got.ok) expect(got.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(await getInstitution(institution.id)).toEqual(before)
  })
})
