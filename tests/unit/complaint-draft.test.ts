import { describe, expect, it } from '@jest/globals'
import { draftProblem, draftReducer, newDraft, submissionOf, type ComplaintDraft, type DraftAction, type FormSubject } from '../../src/components/complaints/complaint-draft'
import { COMPLAINT_LIMITS } from '../../src/domain/complaints/complaint-schema'
import { t } from '../../src/i18n/translate'

const filed: FormSubject = { kind: 'filed', institutionId: 'inst-1', name: '示例托育园', address: '示例路 1 号' }
const unfiled: FormSubject = {
  kind: 'unfiled',
  regionCode: '330106',
  regionCentre: { lat: 30.27, lng: 120.13 },
  initial: { operatorName: '', address: '', location: null }
}
const written = (subject: FormSubject, ...actions: DraftAction[]): ComplaintDraft => actions.reduce(draftReducer, newDraft(subject))
const SOURCE = { tempFilePath: 'x', size: 1 }
const TICKET = `pt-${'T'.repeat(43)}`
const complete: DraftAction[] = [{ type: 'edit', change: { details: '  午睡时没有老师看护，孩子从床上摔下来，额头受伤流血。  ', incidentDate: '2026-12-01' } }]

describe('the complaint draft', () => {
  it('says what is missing in the order the form asks for it', () => {
    expect(draftProblem(newDraft(unfiled), unfiled, 'safety')).toBe(t('complaints.form.needOperator'))
    expect(draftProblem(newDraft(filed), filed, null)).toBe(t('complaints.form.chooseCategory'))
    expect(draftProblem(newDraft(filed), filed, 'safety')).toBe(t('complaints.form.detailsTooShort', { min: COMPLAINT_LIMITS.details.min }))
    expect(draftProblem(written(filed, { type: 'edit', change: { details: '午睡时没有老师看护，孩子从床上摔下来，额头受伤流血。' } }), filed, 'safety')).toBe(t('complaints.form.chooseDate'))
    const photo = { key: 'p1', previewPath: 'x', ticket: null, error: null, source: SOURCE }
    const uploading = written(filed, ...complete, { type: 'photos', change: [{ ...photo, status: 'uploading' }] })
    expect(draftProblem(uploading, filed, 'safety')).toBe(t('complaints.form.uploading'))
    const failed = written(filed, ...complete, { type: 'photos', change: [{ ...photo, status: 'failed', error: '网络连接不畅' }] })
    expect(draftProblem(failed, filed, 'safety')).toBe(t('complaints.form.photoFailedBlocks'))
    expect(draftProblem(written(filed, ...complete), filed, 'safety')).toBeNull()
  })

  it('applies each upload answer to the latest photo list', () => {
    const picked = written(filed, {
      type: 'photos',
      change: [
        { key: 'p1', previewPath: 'a', status: 'uploading', ticket: null, error: null, source: SOURCE },
        { key: 'p2', previewPath: 'b', status: 'uploading', ticket: null, error: null, source: SOURCE }
      ]
    })
    const done = (key: string, ticket: string): DraftAction => ({
      type: 'photos',
      change: (list) => list.map((p) => (p.key === key ? { ...p, status: 'done', ticket } : p))
    })
    expect([done('p2', 'pt-2'), done('p1', 'pt-1')].reduce(draftReducer, picked).photos.map((p) => p.ticket)).toEqual(['pt-1', 'pt-2'])
  })

  it('forgets the choice to join a similar complaint when the duplicate check answers again', () => {
    const chosen = written(filed, { type: 'duplicates', similarOpen: true }, { type: 'edit', change: { joinSimilar: true } })
    expect(chosen.joinSimilar).toBe(true)
    expect(draftReducer(chosen, { type: 'duplicates', similarOpen: false })).toMatchObject({ similarOpen: false, joinSimilar: false })
  })

  it('sends trimmed text, only uploaded photos, and a contact only when not anonymous', () => {
    const draft = written(
      filed,
      ...complete,
      {
        type: 'photos',
        change: [
          { key: 'p1', previewPath: 'a', status: 'done', ticket: TICKET, error: null, source: SOURCE },
          { key: 'p2', previewPath: 'b', status: 'failed', ticket: null, error: '网络连接不畅', source: SOURCE }
        ]
      },
      { type: 'edit', change: { contactName: ' 王女士 ', contactPhone: ' ', joinSimilar: true } }
    )
    expect(submissionOf(draft, filed, 'safety', '2026-12-01', true)).toEqual({
      subject: { kind: 'filed', institutionId: 'inst-1' },
      category: 'safety',
      details: '午睡时没有老师看护，孩子从床上摔下来，额头受伤流血。',
      incidentDate: '2026-12-01',
      photoTickets: [TICKET],
      identity: 'hidden_from_institution',
      wechatSubscribed: true,
      contact: { contactName: '王女士' },
      joinSimilar: true
    })
    const anonymous = draftReducer(draft, { type: 'edit', change: { identity: 'anonymous' } })
    expect(submissionOf(anonymous, filed, 'safety', '2026-12-01', false)).not.toHaveProperty('contact')
  })

  it("places an unfiled operator at the parent's spot, or else at the region's centre", () => {
    const draft = written(unfiled, ...complete, { type: 'edit', change: { unfiled: { operatorName: ' 无证看护点 ', address: ' 示例街 2 号 ', location: null } } })
    expect(submissionOf(draft, unfiled, 'unregistered', '2026-12-01', false).subject).toEqual({
      kind: 'unfiled',
      regionCode: '330106',
      operatorName: '无证看护点',
      address: '示例街 2 号',
      location: { lat: 30.27, lng: 120.13 }
    })
  })

  it('keeps the message of a refusal beside the form until the next send', () => {
    const refused = written(filed, { type: 'sending' }, { type: 'stopped', message: '今天已提交过多次' })
    expect(refused).toMatchObject({ busy: false, message: '今天已提交过多次' })
    expect(draftReducer(refused, { type: 'sending' })).toMatchObject({ busy: true, message: null })
  })
})
