/**
 * Web Mercator for a region a few dozen kilometres across: no clipping, no antimeridian, so a few lines
 * do what d3-geo's mercator + path + fitExtent do (9.6 KB gzip tree-shaken).
 *
 * Three spaces: longitude/latitude; the Web Mercator unit square (the space of map tiles, x east and y
 * south, 0 to 1); and world coordinates, the unit square shifted and scaled so that the data spans
 * `WORLD_SIZE` units from the origin (SVG keeps coordinates in 32-bit floats, so they must stay small).
 * Pan and zoom then map world to screen.
 */
import type { GeoJsonGeometry } from './network-map.types.js';

export const WORLD_SIZE = 1000;

/** Longitude/latitude to the Web Mercator unit square. */
export function mercator(lon: number, lat: number): [number, number] {
  const s = Math.min(Math.max(Math.sin((lat * Math.PI) / 180), -0.9999), 0.9999);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/** Unit square to world: world = (unit - origin) × scale; the data spans `w` × `h`. */
export interface Projection {
  x0: number;
  y0: number;
  scale: number;
  w: number;
  h: number;
}

/** A projection fitted to points in the unit square, never closer than about 2 km across. */
export function fitProjection(points: Array<[number, number]>): Projection {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  if (!points.length) return { x0: 0, y0: 0, scale: WORLD_SIZE, w: WORLD_SIZE, h: WORLD_SIZE };
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = WORLD_SIZE / Math.max(x1 - x0, y1 - y0, 5e-5);
  return { x0, y0, scale, w: (x1 - x0) * scale, h: (y1 - y0) * scale };
}

/** Every ring of a Polygon or MultiPolygon, with only valid positions (other geometries have none). */
export function ringsOf(geometry: GeoJsonGeometry | null | undefined): number[][][] {
  const c = geometry?.coordinates;
  const rings: unknown[] = !Array.isArray(c)
    ? []
    : geometry!.type === 'Polygon'
      ? c
      : geometry!.type === 'MultiPolygon'
        ? c.flat()
        : [];
  return rings
    .filter((ring): ring is unknown[] => Array.isArray(ring))
    .map((ring) =>
      ring.filter(
        (p): p is number[] => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]),
      ),
    )
    .filter((ring) => ring.length > 2);
}

/** An SVG path of a Polygon or MultiPolygon in world coordinates. */
export function geometryPath(p: Projection, geometry: GeoJsonGeometry | null | undefined): string {
  return ringsOf(geometry)
    .map(
      (ring) =>
        ring
          .map((c, i) => {
            const [x, y] = mercator(c[0]!, c[1]!);
            return `${i ? 'L' : 'M'}${round((x - p.x0) * p.scale)} ${round((y - p.y0) * p.scale)}`;
          })
          .join('') + 'Z',
    )
    .join('');
}

/** One decimal is enough for world coordinates. */
export const round = (v: number): number => Math.round(v * 10) / 10;

/** A 256-pixel Web Mercator tile, with its box in world coordinates. */
export interface Tile {
  url: string;
  x: number;
  y: number;
  size: number;
}

/**
 * The tiles that cover a `width` × `height` screen under the view (`screen = world × k + (x, y)`), at
 * the zoom level that shows them closest to 256 pixels, at most 100.
 */
export function tilesInView(
  p: Projection,
  view: { x: number; y: number; k: number },
  width: number,
  height: number,
  maxZoom: number,
  url: (z: number, x: number, y: number) => string,
): Tile[] {
  const z = Math.max(0, Math.min(maxZoom, Math.round(Math.log2((p.scale * view.k) / 256))));
  const n = 2 ** z;
  const size = p.scale / n;
  // Screen to tile index.
  const tx = (sx: number) =>
    Math.max(0, Math.min(n - 1, Math.floor(((sx - view.x) / view.k / p.scale + p.x0) * n)));
  const ty = (sy: number) =>
    Math.max(0, Math.min(n - 1, Math.floor(((sy - view.y) / view.k / p.scale + p.y0) * n)));
  const tiles: Tile[] = [];
  for (let y = ty(0); y <= ty(height); y++)
    for (let x = tx(0); x <= tx(width) && tiles.length < 100; x++)
      tiles.push({
        url: url(z, x, y),
        x: x * size - p.x0 * p.scale,
        y: y * size - p.y0 * p.scale,
        size,
      });
  return tiles;
}
