import { ACTIVE_STANDING, type InstitutionDetail } from '../finder/institution-schema'
import type { Region } from '../regions/region-schema'
import { gcj02FromWgs84, haversineMetres, inChina, type LatLng } from '../shared/geo'
import type { FileInstitutionInput, PlacedPoint } from './registry-schema'

/** Every location is stored in GCJ-02; a WGS-84 point (GPS, some registry exports) is converted once, here. */
export function storedPoint(point: PlacedPoint): LatLng {
  return point.datum === 'wgs84' ? gcj02FromWgs84({ lat: point.lat, lng: point.lng }) : { lat: point.lat, lng: point.lng }
}

// Swapped latitude and longitude, or a point in another province, lands far from the region: refuse it.
const MAX_KM_FROM_CENTRE = 250

/**
 * Why a point cannot be where a region's institution is, or null: outside China (GCJ-02 is undefined there, and
 * it is a swapped or mistyped pair), or farther from the region's centre than any of its districts reach. The
 * import, a typed change and a pin placed on the map all refuse the same points.
 */
export function placementProblem(point: PlacedPoint, region: Pick<Region, 'centre'>): 'outside_china' | 'outside_region' | null {
  if (!inChina(point)) return 'outside_china'
  return haversineMetres(storedPoint(point), region.centre) > MAX_KM_FROM_CENTRE * 1000 ? 'outside_region' : null
}

/** Only an active, placed filing is in the finder; any page link still opens and says where it stands. */
export const isListed = (inst: Pick<InstitutionDetail, 'standing' | 'located'>): boolean => inst.standing.status === 'active' && inst.located

export type FilingFields = FileInstitutionInput

/** The filed fields a change may touch, as they sit on the record; the keys name them on the 变更记录. */
function filedValues(inst: InstitutionDetail): Record<keyof FilingFields, unknown> {
  return {
    name: inst.name,
    districtCode: inst.districtCode,
    address: inst.address,
    phone: inst.phone,
    operatorKind: inst.operatorKind,
    serviceTypes: inst.serviceTypes,
    isAffordable: inst.isAffordable,
    location: inst.located ? inst.location : null,
    filingNumber: inst.filing.number,
    receiptDate: inst.filing.receiptDate,
    registrationAuthority: inst.filing.registrationAuthority,
    creditCode: inst.filing.creditCode
  }
}

/**
 * The record with the given fields changed, and which of them really differ (nothing written when none do).
 * A point given moves the institution and places it; a null point leaves an imported one where it is.
 */
export function withFiledChanges(inst: InstitutionDetail, changes: Partial<FilingFields>, region: Region): { next: InstitutionDetail; fields: string[] } {
  const before = filedValues(inst)
  const next: InstitutionDetail = { ...inst, filing: { ...inst.filing } }
  if (changes.name !== undefined) next.name = changes.name
  if (changes.address !== undefined) next.address = changes.address
  if (changes.phone !== undefined) next.phone = changes.phone
  if (changes.operatorKind !== undefined) {
    next.operatorKind = changes.operatorKind
    next.openToResidents = changes.operatorKind === 'employer' ? inst.openToResidents : null
  }
  if (changes.serviceTypes !== undefined) next.serviceTypes = [...new Set(changes.serviceTypes)].sort()
  if (changes.isAffordable !== undefined) next.isAffordable = changes.isAffordable
  if (changes.districtCode !== undefined) {
    const district = region.districts.find((d) => d.code === changes.districtCode)
    if (district) Object.assign(next, { districtCode: district.code, districtName: district.name })
  }
  if (changes.location) Object.assign(next, { location: storedPoint(changes.location), located: true })
  if (changes.filingNumber !== undefined) next.filing.number = changes.filingNumber
  if (changes.receiptDate !== undefined) next.filing.receiptDate = changes.receiptDate
  if (changes.registrationAuthority !== undefined) next.filing.registrationAuthority = changes.registrationAuthority
  if (changes.creditCode !== undefined) next.filing.creditCode = changes.creditCode
  const after = filedValues(next)
  const fields = (Object.keys(after) as (keyof FilingFields)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]))
  return { next, fields }
}

/**
 * A new filing's record: what the 备案 says, and nothing the institution has not published yet (no fees,
 * vacancies, hours or evaluations). Without a point it waits at its district's centre, unlisted, until placed.
 */
export function newFiledInstitution(id: string, input: FilingFields, region: Region, today: string): InstitutionDetail {
  const district = region.districts.find((d) => d.code === input.districtCode) ?? region.districts[0]
  if (!district) throw new Error(`region ${region.code} has no districts`)
  return {
    id,
    regionCode: region.code,
    districtCode: district.code,
    districtName: district.name,
    street: '',
    address: input.address,
    name: input.name,
    intro: '',
    phone: input.phone,
    location: input.location ? storedPoint(input.location) : district.centre,
    filing: { number: input.filingNumber, receiptDate: input.receiptDate, registrationAuthority: input.registrationAuthority, creditCode: input.creditCode },
    operatorKind: input.operatorKind,
    openToResidents: null,
    isAffordable: input.isAffordable,
    isDemonstration: false,
    serviceTypes: [...new Set(input.serviceTypes)].sort(),
    hours: null,
    fees: [],
    classes: [],
    vacancies: [],
    disclosures: [],
    safety: { monitoring24h: null, videoRetentionDays: null, oneKeyAlarm: null, liabilityInsurance: null },
    staff: { total: 0, caregivers: 0, certifiedCaregivers: 0, healthStaff: 0, securityStaff: 0, reportedOn: today },
    evaluations: [],
    enforcement: [],
    standing: ACTIVE_STANDING,
    located: input.location !== null,
    inspections: [],
    rectifications: [],
    premisesPhotos: [],
    changes: [],
    isSample: false
  }
}

/** The id the next filing of a region gets: its prefix and one more than the highest number in use. */
export function nextInstitutionId(region: Region, highestNumber: number, offset = 1): string {
  return `${region.idPrefix}-${String(highestNumber + offset).padStart(4, '0')}`
}
