/**
 * Pan and zoom with pointer events: wheel, drag (mouse, pen, one finger) and pinch (two fingers), plus
 * methods for buttons and keys. Small on purpose (d3-zoom with d3-selection would cost 18 KB gzip).
 * It only keeps the transform and reports changes; the element draws.
 */
import type { ViewTransform } from './network-map.types.js';

/** Pixels a pointer moves before a press becomes a drag (and is no longer a click). */
const DRAG_THRESHOLD = 4;

export type PanZoomReason = 'move' | 'end';

export class PanZoom {
  t: ViewTransform = { x: 0, y: 0, k: 1 };
  min = 0.1;
  max = 10;
  /** True once the user moved the view (the element then stops fitting it to the data). */
  touched = false;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dragging = false;
  private start: { x: number; y: number } | null = null;
  private pinch = 0;
  private endTimer = 0;

  constructor(
    private readonly el: Element,
    private readonly onChange: (reason: PanZoomReason) => void,
  ) {
    el.addEventListener('pointerdown', this.down as EventListener);
    el.addEventListener('pointermove', this.move as EventListener);
    for (const type of ['pointerup', 'pointercancel', 'lostpointercapture'])
      el.addEventListener(type, this.up as EventListener);
    el.addEventListener('wheel', this.wheel as EventListener, { passive: false });
    // A drag ends in a click on whatever is under the pointer; that click is not a selection.
    el.addEventListener('click', this.click, true);
  }

  /** Sets the transform (clamped zoom); `end` also tells that the gesture is over. */
  set(t: ViewTransform, reason: PanZoomReason = 'end'): void {
    this.t = { x: t.x, y: t.y, k: Math.min(this.max, Math.max(this.min, t.k)) };
    this.onChange(reason);
  }

  /** Zooms by a factor around a point on screen. */
  zoomBy(factor: number, cx: number, cy: number, reason: PanZoomReason = 'end'): void {
    const { x, y, k } = this.t;
    const k2 = Math.min(this.max, Math.max(this.min, k * factor));
    this.set({ k: k2, x: cx - ((cx - x) * k2) / k, y: cy - ((cy - y) * k2) / k }, reason);
  }

  panBy(dx: number, dy: number, reason: PanZoomReason = 'end'): void {
    this.set({ ...this.t, x: this.t.x + dx, y: this.t.y + dy }, reason);
  }

  /** The pointer in the element's coordinates; measured on its parent, since during a gesture the
   * element itself may be moved by a CSS transform. */
  private point(e: PointerEvent | WheelEvent) {
    const parent = this.el.parentElement!;
    const r = parent.getBoundingClientRect();
    return { x: e.clientX - r.left - parent.clientLeft, y: e.clientY - r.top - parent.clientTop };
  }

  private readonly down = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.pointers.set(e.pointerId, this.point(e));
    this.start = this.point(e);
    this.dragging = false;
    if (this.pointers.size === 2) this.pinch = this.spread();
  };

  private readonly move = (e: PointerEvent) => {
    const last = this.pointers.get(e.pointerId);
    if (!last) return;
    const p = this.point(e);
    if (!this.dragging) {
      if (Math.hypot(p.x - this.start!.x, p.y - this.start!.y) < DRAG_THRESHOLD) return;
      this.dragging = true;
      // Captured only now, so that a plain click still reaches the marker under the pointer.
      try {
        this.el.setPointerCapture(e.pointerId);
      } catch {
        /* the pointer is gone */
      }
    }
    e.preventDefault();
    this.touched = true;
    if (this.pointers.size === 2) {
      const before = this.centre();
      this.pointers.set(e.pointerId, p);
      const after = this.centre();
      const spread = this.spread();
      const factor = this.pinch ? spread / this.pinch : 1;
      this.pinch = spread;
      this.t = { ...this.t, x: this.t.x + after.x - before.x, y: this.t.y + after.y - before.y };
      this.zoomBy(factor, after.x, after.y, 'move');
    } else {
      this.pointers.set(e.pointerId, p);
      this.panBy(p.x - last.x, p.y - last.y, 'move');
    }
  };

  private readonly up = (e: PointerEvent) => {
    if (!this.pointers.delete(e.pointerId)) return;
    this.pinch = this.pointers.size === 2 ? this.spread() : 0;
    if (this.dragging && !this.pointers.size) this.onChange('end');
  };

  private readonly click = (e: Event) => {
    if (!this.dragging) return;
    this.dragging = false;
    e.stopPropagation();
    e.preventDefault();
  };

  private readonly wheel = (e: WheelEvent) => {
    e.preventDefault();
    this.touched = true;
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const delta = Math.max(-300, Math.min(300, e.deltaY * unit * (e.ctrlKey ? 4 : 1)));
    const p = this.point(e);
    this.zoomBy(2 ** (-delta / 250), p.x, p.y, 'move');
    clearTimeout(this.endTimer);
    this.endTimer = window.setTimeout(() => this.onChange('end'), 150);
  };

  private centre() {
    const [a, b] = [...this.pointers.values()];
    return { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
  }

  private spread() {
    const [a, b] = [...this.pointers.values()];
    return Math.hypot(a!.x - b!.x, a!.y - b!.y);
  }
}
