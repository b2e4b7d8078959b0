/**
 * Grid clustering at a zoom level: points that fall in the same grid cell (a fixed size on screen) become
 * one marker at their centroid. The grid is anchored to the world origin, so panning never changes the
 * clusters; only a change of zoom level does.
 */
export interface Cluster {
  /** `p:<index>` for a single point, `c:<cell>` for a cluster. */
  key: string;
  /** Indices of the points in this marker. */
  members: number[];
  x: number;
  y: number;
}

/** Cell size on screen, in pixels: markers closer than this merge. */
export const CELL_SIZE = 40;

/** Zoom levels go in steps of √2: level = round(2 · log2(k)). */
export const levelOf = (k: number): number => Math.round(2 * Math.log2(k));

/**
 * Clusters points (world coordinates; NaN for none) given by index for the grid at `level`.
 * `indices` lists the points to cluster (visible, with a location).
 */
export function clusterPoints(
  indices: number[],
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  level: number,
  cellSize = CELL_SIZE,
): Cluster[] {
  const zoom = 2 ** (level / 2);
  const cell = cellSize / zoom;
  const cells = new Map<string, Cluster & { cx: number; cy: number; gone?: boolean }>();
  for (const i of indices) {
    const cx = Math.floor(xs[i]! / cell);
    const cy = Math.floor(ys[i]! / cell);
    const key = `${cx},${cy}`;
    const c = cells.get(key);
    if (c) {
      c.x += xs[i]!;
      c.y += ys[i]!;
      c.members.push(i);
    } else cells.set(key, { key, members: [i], x: xs[i]!, y: ys[i]!, cx, cy });
  }
  for (const c of cells.values()) {
    c.x /= c.members.length;
    c.y /= c.members.length;
  }
  // Markers in neighbouring cells that still overlap merge too (biggest first).
  const near = (cellSize * 0.8) / zoom;
  const list = [...cells.values()].sort((a, b) => b.members.length - a.members.length);
  for (const c of list) {
    if (c.gone) continue;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const o = cells.get(`${c.cx + dx},${c.cy + dy}`);
        if (!o || o === c || o.gone || Math.hypot(o.x - c.x, o.y - c.y) >= near) continue;
        const n = c.members.length + o.members.length;
        c.x = (c.x * c.members.length + o.x * o.members.length) / n;
        c.y = (c.y * c.members.length + o.y * o.members.length) / n;
        c.members.push(...o.members);
        o.gone = true;
      }
    }
  }
  return list
    .filter((c) => !c.gone)
    .map((c) => ({
      key: c.members.length === 1 ? `p:${c.members[0]}` : `c:${c.key}`,
      members: c.members,
      x: c.x,
      y: c.y,
    }));
}
