import { describe, expect, it } from '@jest/globals'
import {
  closeInputSchema,
  complaintRefInputSchema,
  submitComplaintInputSchema
} from '../../src/domain/complaints/complaint-schema'
import { makeTrackingNumber } from '../../src/domain/complaints/tracking-number-rules'

const valid = {
  subject: { kind: 'filed', institutionId: 'zj-0001' },
  category: 'food',
  details: '午餐的米饭有异味，孩子回家后说肚子疼，连续两天都是这样。',
  incidentDate: '2026-11-20',
  identity: 'named'
}

const fieldOf = (input: unknown) => {
  const result = submitComplaintInputSchema.safeParse(input)
  return result.success ? null : result.error.issues[0]?.path.join('.')
}

describe('complaint input', () => {
  it('takes a complete complaint and defaults to no photos', () => {
    const parsed = submitComplaintInputSchema.parse(valid)
    expect(parsed.photoTickets).toEqual([])
  })

  it('trims the description and holds it to 20–2000 characters', () => {
    expect(fieldOf({ ...valid, details: '太差了' })).toBe('details')
    expect(fieldOf({ ...valid, details: `   ${'短'.repeat(19)}   ` })).toBe('details')
    expect(fieldOf({ ...valid, details: '长'.repeat(20) })).toBeNull()
    expect(fieldOf({ ...valid, details: '长'.repeat(2000) })).toBeNull()
    expect(fieldOf({ ...valid, details: '长'.repeat(2001) })).toBe('details')
  })

  it('describes an unfiled operator by name, address and point', () => {
    const unfiled = { kind: 'unfiled', regionCode: 'zhuji', operatorName: '小太阳托管', address: '暨阳街道某小区3幢', location: { lat: 29.7, lng: 120.2 } }
    expect(fieldOf({ ...valid, subject: unfiled })).toBeNull()
    expect(fieldOf({ ...valid, subject: { ...unfiled, location: { lat: 129.7, lng: 120.2 } } })).toBe('subject.location.lat')
    expect(fieldOf({ ...valid, subject: { ...unfiled, operatorName: '托' } })).toBe('subject.operatorName')
    expect(fieldOf({ ...valid, subject: { kind: 'filed', institutionId: 'not an id' } })).toBe('subject.institutionId')
    expect(fieldOf({ ...valid, subject: { kind: 'rumour' } })).toBe('subject.kind')
  })

  it('refuses an unknown category or identity, a non-existent date, 7 photos, the same photo twice and extra fields', () => {
    expect(fieldOf({ ...valid, category: 'noise' })).toBe('category')
    expect(fieldOf({ ...valid, identity: 'secret' })).toBe('identity')
    expect(fieldOf({ ...valid, incidentDate: '2026-02-30' })).toBe('incidentDate')
    const ticket = (i: number) => `pt-${String(i).padStart(43, 'A')}`
    expect(fieldOf({ ...valid, photoTickets: Array.from({ length: 7 }, (_, i) => ticket(i)) })).toBe('photoTickets')
    expect(fieldOf({ ...valid, photoTickets: [ticket(1), ticket(1)] })).toBe('photoTickets')
    expect(fieldOf({ ...valid, photoTickets: ['ph-photo-1'] })).toBe('photoTickets.0')
    expect(fieldOf({ ...valid, userId: 'someone' })).toBe('')
  })

  it('checks a contact phone looks like a phone number', () => {
    expect(fieldOf({ ...valid, contact: { contactName: '王女士', contactPhone: '13800138000' } })).toBeNull()
    expect(fieldOf({ ...valid, contact: { contactName: '王女士', contactPhone: '0575-87001234' } })).toBeNull()
    expect(fieldOf({ ...valid, contact: { contactName: '王女士', contactPhone: '12345' } })).toBe('contact.contactPhone')
  })
})

describe('tracking number input', () => {
  const no = makeTrackingNumber('ZJ', new Date('2026-11-23T04:00:00Z'), Uint8Array.from([9, 8, 7, 6, 5]))

  it('normalizes what was typed and refuses a mistyped number', () => {
    expect(complaintRefInputSchema.parse({ trackingNo: ` ${no.toLowerCase()} ` }).trackingNo).toBe(no)
    const typo = `${no.slice(0, -1)}${no.endsWith('0') ? '1' : '0'}`
    expect(complaintRefInputSchema.safeParse({ trackingNo: typo }).success).toBe(false)
  })

  it('needs the other complaint to close as a duplicate, and a department to refer to', () => {
    const base = { trackingNo: no, reason: '同一机构同一问题' }
    expect(closeInputSchema.safeParse({ ...base, outcome: { kind: 'duplicate', duplicateOf: no } }).success).toBe(true)
    expect(closeInputSchema.safeParse({ ...base, outcome: { kind: 'duplicate' } }).success).toBe(false)
    expect(closeInputSchema.safeParse({ ...base, outcome: { kind: 'referred' } }).success).toBe(false)
    expect(closeInputSchema.safeParse({ ...base, outcome: { kind: 'upheld', duplicateOf: no } }).success).toBe(false)
  })
})
