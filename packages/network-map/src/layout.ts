/**
 * The force layout of the relationship graph (d3-force), run in time slices: a few milliseconds of
 * ticks per animation frame, so the page keeps answering while a large network settles. The simulation's
 * own timer is stopped; ticks are driven here.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationNodeDatum,
} from 'd3-force';

export interface LayoutNode extends SimulationNodeDatum {
  r: number;
}

/** Milliseconds of ticks per frame. */
const SLICE_MS = 8;

export class ForceLayout {
  readonly nodes: LayoutNode[];
  private readonly sim: Simulation<LayoutNode, undefined>;
  private frame = 0;
  /** Called after each slice (positions changed) and once more when the layout has settled. */
  onTick: (done: boolean) => void = () => {};

  constructor(radii: number[], links: Array<[number, number]>) {
    this.nodes = radii.map((r) => ({ r }));
    const n = radii.length;
    this.sim = forceSimulation(this.nodes)
      .stop()
      // Settles in about 200 ticks instead of 300: quick enough and indistinguishable at this size.
      .alphaDecay(0.035)
      .force(
        'link',
        forceLink(links.map(([source, target]) => ({ source, target })))
          .distance(30)
          .iterations(1),
      )
      .force(
        'charge',
        forceManyBody<LayoutNode>()
          .strength(-40)
          .distanceMax(40 * Math.sqrt(n + 10)),
      )
      .force(
        'collide',
        forceCollide<LayoutNode>((d) => d.r + 1.5),
      )
      .force('x', forceX(0).strength(0.04))
      .force('y', forceY(0).strength(0.04));
  }

  get done(): boolean {
    return this.sim.alpha() < this.sim.alphaMin();
  }

  /** Runs (or resumes) the layout in slices until it settles or `stop()` is called. */
  start(): void {
    if (this.frame || this.done) return;
    const step = () => {
      const end = performance.now() + SLICE_MS;
      do this.sim.tick();
      while (!this.done && performance.now() < end);
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

  /** Settles at once, without yielding (small networks, reduced motion). */
  finish(maxMs = 40): void {
    const end = performance.now() + maxMs;
    while (!this.done && performance.now() < end) this.sim.tick();
  }
}
