/** How the map shows the network: partners on a map, or as a relationship graph. */
export type NetworkMapView = 'geo' | 'graph';

/** A GeoJSON geometry; region outlines use `Polygon` and `MultiPolygon` (others are ignored). */
export interface GeoJsonGeometry {
  type: string;
  coordinates?: unknown;
}

export interface GeoJsonFeature {
  type: 'Feature';
  properties?: Record<string, unknown> | null;
  geometry: GeoJsonGeometry | null;
}

/** Region outlines, e.g. simplified CBS municipality borders (WGS 84 longitude/latitude). */
export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
}

/** Pan and zoom: screen = world × k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}
