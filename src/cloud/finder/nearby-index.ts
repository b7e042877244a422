import KDBush from 'kdbush'
import { around } from 'geokdbush'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import type { SearchableInstitution } from '../../domain/finder/search-rules'
import { haversineMetres, type LatLng } from '../../domain/shared/geo'
import { FEE_UNIT_BY_SERVICE } from '../../domain/finder/finder-enums'
import { latestEvaluation } from '../../domain/finder/evaluation-rules'

/** What search needs of one institution, derived once when the index is built. */
export function toSearchable(inst: InstitutionDetail): SearchableInstitution {
  const ageBands = new Set([...inst.classes.map((c) => c.ageBand), ...inst.fees.map((f) => f.ageBand)])
  return {
    id: inst.id,
    regionCode: inst.regionCode,
    districtCode: inst.districtCode,
    name: inst.name,
    address: inst.address,
    location: inst.location,
    operatorKind: inst.operatorKind,
    isAffordable: inst.isAffordable,
    isDemonstration: inst.isDemonstration,
    serviceTypes: inst.serviceTypes,
    ageBands: [...ageBands].sort(),
    latestGrade: latestEvaluation(inst.evaluations)?.grade ?? null,
    monthlyFees: inst.fees
      .filter((f) => f.unit === 'month' && FEE_UNIT_BY_SERVICE[f.serviceType] === 'month')
      .map(({ serviceType, ageBand, amountFen }) => ({ serviceType, ageBand, amountFen })),
    vacancies: inst.vacancies.map(({ serviceType, ageBand, places, reportedOn }) => ({
      serviceType,
      ageBand,
      places,
      reportedOn
    }))
  }
}

export interface NearbyHit {
  item: SearchableInstitution
  latestEvaluatedOn: string | null
  distanceM: number
}

// geokdbush measures on its own sphere; widening its radius a little and then cutting on our haversine
// makes the boundary exactly the one a brute-force scan would draw.
const RADIUS_SLACK = 1.001

/** A kd-tree over one region's institutions, answering "which lie within r metres of p". */
export class NearbyIndex {
  private readonly tree: KDBush
  private readonly items: SearchableInstitution[]
  private readonly evaluatedOn: (string | null)[]

  constructor(institutions: readonly InstitutionDetail[]) {
    this.items = institutions.map(toSearchable)
    this.evaluatedOn = institutions.map((i) => latestEvaluation(i.evaluations)?.evaluatedOn ?? null)
    this.tree = new KDBush(Math.max(1, this.items.length))
    for (const item of this.items) this.tree.add(item.location.lng, item.location.lat)
    // An empty region still needs a finished tree; the placeholder point is never returned (see within()).
    if (this.items.length === 0) this.tree.add(0, 0)
    this.tree.finish()
  }

  get size(): number {
    return this.items.length
  }

  within(origin: LatLng, radiusM: number, accept: (item: SearchableInstitution) => boolean): NearbyHit[] {
    const hits: NearbyHit[] = []
    const ids = around(this.tree, origin.lng, origin.lat, Infinity, (radiusM / 1000) * RADIUS_SLACK, (i) => {
      const item = this.items[i]
      return item !== undefined && accept(item)
    })
    for (const i of ids) {
      const item = this.items[i]
      if (!item) continue
      const distanceM = haversineMetres(origin, item.location)
      if (distanceM <= radiusM) hits.push({ item, latestEvaluatedOn: this.evaluatedOn[i] ?? null, distanceM })
    }
    return hits
  }
}
