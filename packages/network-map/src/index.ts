/** @rnswd/network-map: `<rnswd-network-map>` (import `@rnswd/network-map/define.js` to define the tag). */
export { RnswdNetworkMap } from './network-map.js';
export { PartnerSelectEvent } from './events.js';
export type { PartnerSelectDetail } from './events.js';
export { NETWORK_MAP_MESSAGES } from './messages.js';
export type {
  GeoJsonFeature,
  GeoJsonFeatureCollection,
  GeoJsonGeometry,
  NetworkMapView,
  ViewTransform,
} from './network-map.types.js';
