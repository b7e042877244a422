import L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import type { MapTiles } from '../../domain/finder/map-tiles-schema'
import type { LatLng } from '../../domain/shared/geo'

const START_ZOOM = 14
// A street found by name: near enough to see its buildings and tap the right one.
const PLACE_ZOOM = 17

export interface MapPin {
  id: string
  name: string
  location: LatLng
}

/** A Leaflet map on the configured tiles, first shown without animation: a pin that moves under a finger loses the tap. */
function tiledMap(element: HTMLElement, tiles: MapTiles): L.Map {
  const map = L.map(element)
  L.tileLayer(tiles.urlTemplate, { attribution: tiles.attribution, maxZoom: tiles.maxZoom, ...(tiles.subdomains ? { subdomains: tiles.subdomains } : {}) }).addTo(map)
  return map
}

/** One pin per institution: a CSS dot (a divIcon, not Leaflet's images, whose paths a bundler rewrites), a named button. */
function addPins(map: L.Map, pins: readonly MapPin[], pinLabel: (name: string) => string, onPick?: (id: string) => void): void {
  for (const pin of pins) {
    // textContent, never HTML: names come from the registry.
    const label = document.createElement('span')
    label.className = 'results-map__pin-label'
    label.textContent = pinLabel(pin.name)
    const icon = L.divIcon({ className: 'results-map__pin', html: label, iconSize: [28, 28], iconAnchor: [14, 14] })
    const marker = L.marker([pin.location.lat, pin.location.lng], { icon, title: pin.name, keyboard: true, riseOnHover: true, autoPanOnFocus: false })
    if (onPick) marker.on('click', () => onPick(pin.id))
    marker.addTo(map)
    marker.getElement()?.setAttribute('role', 'button')
  }
}

/**
 * Draws the pins on a Leaflet map inside `element`; returns what removes it. Each pin is a keyboard-reachable
 * button named for its institution. Focusing a pin must not pan the map: a tap focuses it first, and a pin that
 * moves between press and release turns the tap into a click on the map instead.
 */
export function drawResults(
  element: HTMLElement,
  options: { tiles: MapTiles; centre: LatLng; pins: readonly MapPin[]; pinLabel(name: string): string; onPick(id: string): void }
): () => void {
  const { tiles, centre, pins } = options
  const map = tiledMap(element, tiles)
  const zoom = Math.min(START_ZOOM, tiles.maxZoom)
  if (pins.length > 0) {
    map.fitBounds(L.latLngBounds(pins.map((pin) => [pin.location.lat, pin.location.lng])), { padding: [24, 24], maxZoom: zoom, animate: false })
  } else {
    map.setView([centre.lat, centre.lng], zoom, { animate: false })
  }
  addPins(map, pins, options.pinLabel, options.onPick)
  return () => {
    map.remove()
  }
}

export interface PlacementCanvas {
  /** Centres the map on a place (a street found by name), closer in than the first view. */
  moveTo(point: LatLng): void
  /** Shows the placed pin with the address beside it, or takes it away. */
  setPin(pin: { point: LatLng; label: string } | null): void
  remove(): void
}

/**
 * The console's placement map: the region's placed institutions for reference (not tappable), and a tap anywhere
 * reports that point (GCJ-02, the tiles' datum) so the page can pin the institution there.
 */
export function drawPlacement(
  element: HTMLElement,
  options: { tiles: MapTiles; centre: LatLng; pins: readonly MapPin[]; pinLabel(name: string): string; onTap(point: LatLng): void }
): PlacementCanvas {
  const map = tiledMap(element, options.tiles)
  map.setView([options.centre.lat, options.centre.lng], Math.min(START_ZOOM, options.tiles.maxZoom), { animate: false })
  addPins(map, options.pins, options.pinLabel)
  map.on('click', (e: L.LeafletMouseEvent) => options.onTap({ lat: e.latlng.lat, lng: e.latlng.lng }))
  let placed: L.Marker | null = null
  return {
    moveTo: (point) => map.setView([point.lat, point.lng], Math.min(PLACE_ZOOM, options.tiles.maxZoom)),
    setPin: (pin) => {
      placed?.remove()
      placed = null
      if (!pin) return
      const label = document.createElement('span')
      label.textContent = pin.label
      const icon = L.divIcon({ className: 'place-map__pin', iconSize: [22, 22], iconAnchor: [11, 11] })
      placed = L.marker([pin.point.lat, pin.point.lng], { icon, title: pin.label, keyboard: false }).bindTooltip(label, { permanent: true, direction: 'right', offset: [12, 0] }).addTo(map)
    },
    remove: () => {
      map.remove()
    }
  }
}
