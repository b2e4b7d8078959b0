/**
 * Web Mercator for a region a few dozen kilometres across: no clipping, no antimeridian, so a few lines
 * do what d3-geo's mercator + path + fitExtent do (d3-geo costs 9.6 KB gzip tree-shaken).
 *
 * Coordinates go through three spaces: longitude/latitude; the unit square of Web Mercator (the space
 * of map tiles: x east and y south, 0 to 1); and world coordinates, the unit square scaled and shifted so
 * that the data spans about `WORLD_SIZE` units from the origin (SVG keeps coordinates in 32-bit floats,
 * so they must stay small). Pan and zoom then map world to screen.
 */
import type { GeoJsonGeometry } from './network-map.types.js';

/** About how many world units the data spans. */
export const WORLD_SIZE = 1000;

/** Longitude/latitude to the Web Mercator unit square. */
export function mercator(lon: number, lat: number): [number, number] {
  const s = Math.min(Math.max(Math.sin((lat * Math.PI) / 180), -0.9999), 0.9999);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/** Unit square to world: world = (unit - origin) × scale. */
export interface Projection {
  x0: number;
  y0: number;
  scale: number;
}

/** A projection fitted to points in the unit square; a single point gets a street-level scale. */
export function fitProjection(points: Iterable<[number, number]>): Projection {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (x0 === Infinity) return { x0: 0, y0: 0, scale: WORLD_SIZE };
  // Never closer than about 2 km across the data.
  const span = Math.max(x1 - x0, y1 - y0, 5e-5);
  const scale = WORLD_SIZE / span;
  return { x0: (x0 + x1) / 2 - span / 2, y0: (y0 + y1) / 2 - span / 2, scale };
}

export function project(p: Projection, lon: number, lat: number): [number, number] {
  const [x, y] = mercator(lon, lat);
  return [(x - p.x0) * p.scale, (y - p.y0) * p.scale];
}

type Ring = number[][];

/** The polygons of a geometry (Polygon, MultiPolygon); other types have none. */
export function polygonsOf(geometry: GeoJsonGeometry | null | undefined): Ring[][] {
  if (!geometry || !Array.isArray(geometry.coordinates)) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][];
  return [];
}

/** Every longitude/latitude pair of a geometry. */
export function* coordinatesOf(geometry: GeoJsonGeometry | null | undefined) {
  for (const polygon of polygonsOf(geometry))
    for (const ring of polygon)
      for (const c of ring) if (isFinite(c[0]!) && isFinite(c[1]!)) yield c;
}

/** An SVG path for a Polygon or MultiPolygon in world coordinates. */
export function geometryPath(p: Projection, geometry: GeoJsonGeometry | null | undefined): string {
  let d = '';
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      let cmd = 'M';
      for (const c of ring) {
        if (!isFinite(c[0]!) || !isFinite(c[1]!)) continue;
        const [x, y] = project(p, c[0]!, c[1]!);
        d += `${cmd}${round(x)} ${round(y)}`;
        cmd = 'L';
      }
      if (cmd === 'L') d += 'Z';
    }
  }
  return d;
}

/** One decimal is enough for world coordinates. */
export const round = (v: number): number => Math.round(v * 10) / 10;

/** A map tile in view, with its box in world coordinates. */
export interface Tile {
  z: number;
  x: number;
  y: number;
  left: number;
  top: number;
  size: number;
}

/**
 * The 256-pixel Web Mercator tiles that cover the screen rectangle `width` × `height` under `view`
 * (`screen = world × k + (x, y)`), at the zoom level that shows them closest to 256 pixels.
 */
export function tilesInView(
  p: Projection,
  view: { x: number; y: number; k: number },
  width: number,
  height: number,
  maxZoom: number,
): Tile[] {
  const pixelsPerUnit = p.scale * view.k;
  const z = Math.max(0, Math.min(maxZoom, Math.round(Math.log2(pixelsPerUnit / 256))));
  const n = 2 ** z;
  // Screen to unit square.
  const ux = (sx: number) => (sx - view.x) / view.k / p.scale + p.x0;
  const uy = (sy: number) => (sy - view.y) / view.k / p.scale + p.y0;
  const clamp = (v: number) => Math.max(0, Math.min(n - 1, v));
  const tx0 = clamp(Math.floor(ux(0) * n));
  const tx1 = clamp(Math.floor(ux(width) * n));
  const ty0 = clamp(Math.floor(uy(0) * n));
  const ty1 = clamp(Math.floor(uy(height) * n));
  const tiles: Tile[] = [];
  const size = p.scale / n;
  for (let y = ty0; y <= ty1; y++) {
    for (let x = tx0; x <= tx1; x++) {
      if (tiles.length >= 100) return tiles;
      tiles.push({ z, x, y, left: (x / n - p.x0) * p.scale, top: (y / n - p.y0) * p.scale, size });
    }
  }
  return tiles;
}
