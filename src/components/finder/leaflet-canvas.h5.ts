import L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import type { MapTiles } from '../../domain/finder/map-tiles-schema'
import type { LatLng } from '../../domain/shared/geo'

const START_ZOOM = 14

export interface MapPin {
  id: string
  name: string
  location: LatLng
}

/**
 * Draws the pins on a Leaflet map inside `element`; returns what removes it. Pins are drawn with CSS (a
 * divIcon), not Leaflet's default images, whose paths a bundler rewrites; each is a keyboard-reachable
 * button named for its institution. Focusing a pin must not pan the map: a tap focuses it first, and a pin that
 * moves between press and release turns the tap into a click on the map instead.
 */
export function drawResults(
  element: HTMLElement,
  options: { tiles: MapTiles; centre: LatLng; pins: readonly MapPin[]; pinLabel(name: string): string; onPick(id: string): void }
): () => void {
  const { tiles, centre, pins } = options
  // The first view is set once, without animation: a pin that moves while a finger is on it loses the tap.
  const map = L.map(element)
  const zoom = Math.min(START_ZOOM, tiles.maxZoom)
  if (pins.length > 0) {
    map.fitBounds(L.latLngBounds(pins.map((pin) => [pin.location.lat, pin.location.lng])), { padding: [24, 24], maxZoom: zoom, animate: false })
  } else {
    map.setView([centre.lat, centre.lng], zoom, { animate: false })
  }
  L.tileLayer(tiles.urlTemplate, { attribution: tiles.attribution, maxZoom: tiles.maxZoom, ...(tiles.subdomains ? { subdomains: tiles.subdomains } : {}) }).addTo(map)
  for (const pin of pins) {
    // textContent, never HTML: names come from the registry.
    const label = document.createElement('span')
    label.className = 'results-map__pin-label'
    label.textContent = options.pinLabel(pin.name)
    const icon = L.divIcon({ className: 'results-map__pin', html: label, iconSize: [28, 28], iconAnchor: [14, 14] })
    const marker = L.marker([pin.location.lat, pin.location.lng], { icon, title: pin.name, keyboard: true, riseOnHover: true, autoPanOnFocus: false })
      .on('click', () => options.onPick(pin.id))
      .addTo(map)
    marker.getElement()?.setAttribute('role', 'button')
  }
  return () => {
    map.remove()
  }
}
