import type { PlacedPoint } from '../../domain/registry/registry-schema'
import type { LatLng } from '../../domain/shared/geo'

/** An institution already on the map, shown for reference while another is placed. */
interface ReferencePin {
  id: string
  name: string
  location: LatLng
}

/** What both platforms' placement maps take (placement-map.tsx on WeChat, placement-map.h5.tsx on the web). */
export interface PlacementMapProps {
  regionCode: string
  /** Where the map opens: the institution's district until it is placed. */
  centre: LatLng
  reference: readonly ReferencePin[]
  /** The pin to show (GCJ-02) with the address beside it, once a point is chosen. */
  pin: { point: LatLng; label: string } | null
  onPlace(point: PlacedPoint): void
}
