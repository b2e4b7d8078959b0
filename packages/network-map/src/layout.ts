/**
 * The force layout of the relationship graph: d3-force's link and centring forces plus a grid-based
 * repulsion, driven here in time slices (a few milliseconds of ticks per animation frame) so that a
 * large network settles while the page keeps answering.
 *
 * Two parts of d3-force are left out for the size budget: `forceSimulation` brings a timer and an event
 * dispatcher that slicing does not need, and `forceManyBody` + `forceCollide` need d3-quadtree (together
 * 2.8 KB gzip). Repulsion here acts only between nodes closer than `RANGE`, found through a uniform grid:
 * O(n) per tick, which also makes a tick of 2,000 nodes cheaper than Barnes-Hut.
 */
import { forceLink, forceX, forceY, type Force, type SimulationNodeDatum } from 'd3-force';

export interface LayoutNode extends SimulationNodeDatum {
  x: number;
  y: number;
  r: number;
}

/** Milliseconds of ticks per frame. */
const SLICE_MS = 8;
/** Nodes closer than this repel each other. */
const RANGE = 60;

/** Repulsion between nodes closer than `RANGE` (like d3's many-body force), and no overlap. */
function forceRepel(strength: number): Force<LayoutNode, undefined> {
  let nodes: LayoutNode[] = [];
  const force = (alpha: number) => {
    const grid = new Map<number, LayoutNode[]>();
    const cell = (n: LayoutNode, dx = 0, dy = 0) =>
      (Math.floor(n.x / RANGE) + dx) * 65536 + Math.floor(n.y / RANGE) + dy;
    for (const n of nodes) {
      const list = grid.get(cell(n));
      if (list) list.push(n);
      else grid.set(cell(n), [n]);
    }
    for (const a of nodes) {
      for (let dx = -1; dx < 2; dx++) {
        for (let dy = -1; dy < 2; dy++) {
          for (const b of grid.get(cell(a, dx, dy)) ?? []) {
            if (b.index! <= a.index!) continue;
            const x = b.x - a.x || 0.01 * (a.index! - b.index!);
            const y = b.y - a.y;
            const l = Math.max(1, x * x + y * y);
            if (l > RANGE * RANGE) continue;
            const gap = a.r + b.r + 2;
            // Many-body: strength / distance; overlap: pushed apart by half the overlap each.
            const f = (strength * alpha) / l + (l < gap * gap ? (gap / Math.sqrt(l) - 1) / 2 : 0);
            a.vx! -= x * f;
            a.vy! -= y * f;
            b.vx! += x * f;
            b.vy! += y * f;
          }
        }
      }
    }
  };
  force.initialize = (n: LayoutNode[]) => void (nodes = n);
  return force;
}

export class ForceLayout {
  readonly nodes: LayoutNode[];
  private alpha = 1;
  private frame = 0;
  /** Called after each slice (positions changed), with `true` once the layout has settled. */
  onTick: (done: boolean) => void = () => {};

  constructor(radii: number[], links: Array<[number, number]>) {
    // d3's phyllotaxis start (spaced wider, so the first ticks find fewer close pairs) and its seeded
    // random source: the same layout every time.
    this.nodes = radii.map((r, i) => {
      const d = 18 * Math.sqrt(0.5 + i);
      const a = i * Math.PI * (3 - Math.sqrt(5));
      return { index: i, r, x: d * Math.cos(a), y: d * Math.sin(a), vx: 0, vy: 0 };
    });
    this.links = links;
  }

  private readonly links: Array<[number, number]>;
  private forces: Array<Force<LayoutNode, undefined>> | null = null;

  /** Forces are set up with the first tick, not when the layout is created. */
  private setUp() {
    let seed = 1;
    const random = () => (seed = (1664525 * seed + 1013904223) % 4294967296) / 4294967296;
    const forces = [
      forceLink<LayoutNode, { source: number; target: number }>(
        this.links.map(([source, target]) => ({ source, target })),
      )
        .distance(30)
        .iterations(1),
      forceRepel(40),
      forceX<LayoutNode>(0).strength(0.04),
      forceY<LayoutNode>(0).strength(0.04),
    ] as Array<Force<LayoutNode, undefined>>;
    for (const f of forces) f.initialize?.(this.nodes, random);
    return forces;
  }

  /** Settled: about 200 ticks from the start. */
  get done(): boolean {
    return this.alpha < 1e-3;
  }

  private tick() {
    this.alpha *= 1 - 0.035;
    for (const f of (this.forces ??= this.setUp())) f(this.alpha);
    for (const n of this.nodes) {
      n.x += n.vx! *= 0.6;
      n.y += n.vy! *= 0.6;
    }
  }

  /** Runs (or resumes) the layout in slices until it settles or `stop()` is called. */
  start(): void {
    if (this.frame || this.done) return;
    const step = () => {
      const end = performance.now() + SLICE_MS;
      // Setting up the forces takes a frame of its own.
      if (this.forces)
        do this.tick();
        while (!this.done && performance.now() < end);
      else this.forces = this.setUp();
      this.frame = this.done ? 0 : requestAnimationFrame(step);
      this.onTick(this.done);
    };
    this.frame = requestAnimationFrame(step);
  }

  /** Pauses; `start()` goes on where it stopped. */
  stop(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Settles at once (small networks). */
  finish(): void {
    while (!this.done) this.tick();
  }
}
