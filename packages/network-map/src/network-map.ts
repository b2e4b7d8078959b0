import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  EXTERNAL_REL,
  PARTNER_KINDS,
  RELATION_KINDS,
  RnswdElement,
  baseStyles,
  downloadFile,
  formatList,
  formatNumber,
  mailHref,
  renderDataStatus,
  safeHref,
  telHref,
  textOf,
  translate,
  type Network,
  type PartnerKind,
  type SelectionChange,
} from '@rnswd/core';
import { clusterPoints, levelOf } from './cluster.js';
import { PartnerSelectEvent } from './events.js';
import { serializeSvg, svgToPng } from './export.js';
import { ForceLayout } from './layout.js';
import { NETWORK_MAP_MESSAGES } from './messages.js';
import { byName, modelled, modelOf, nodeRadius, type MapModel } from './model.js';
import { mapStyles } from './network-map.styles.js';
import type { GeoJsonFeatureCollection, NetworkMapView } from './network-map.types.js';
import { PanZoom, type PanZoomReason } from './pan-zoom.js';
import {
  WORLD_SIZE,
  fitProjection,
  geometryPath,
  mercator,
  ringsOf,
  round,
  tilesInView,
} from './projection.js';
import { SHAPES } from './shapes.js';

type Messages = typeof NETWORK_MAP_MESSAGES.nl;

/** Something drawn and focusable: one partner, or a cluster of partners on the map. */
interface Item {
  key: string;
  members: number[];
  /** Its position in world coordinates (for the graph: the layout's node, which moves). */
  p: { x: number; y: number };
  r: number;
}

interface Region {
  name: string;
  d: string;
  count: number;
  shade: number;
}

const layouts = new WeakMap<MapModel, ForceLayout>();
/** Padding around the data when the view is fitted. */
const PAD = 40;
/**
 * Nodes positioned per frame: their transforms cost script and style time, and every frame that moves
 * some of them repaints the whole drawing, so a few large steps rather than many small ones.
 */
const NODE_CHUNK = 1000;
/** Radius of a single marker on the map, in pixels. */
const MARKER = 11;
const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/**
 * The network's partners on a map and as a relationship graph. Pan and zoom with wheel, drag, pinch,
 * buttons and keys; a legend of partner kinds that filters; a theme filter; a detail panel; a table as
 * text alternative; export as SVG and PNG. Makes no request to another origin unless `tile-url` is set.
 *
 * @summary Partners on a map and as a relationship graph, with a text alternative.
 * @tag rnswd-network-map
 *
 * @fires rnswd-partner-select - The user selected a partner. Detail: `{ partner }`.
 * @fires rnswd-data-error - The network data could not be loaded or is not valid. Detail: `{ problems }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The view switch, table and export buttons.
 * @csspart filters - The legend of partner kinds (checkboxes that filter) and the theme filter.
 * @csspart map - The area with the map or graph.
 * @csspart controls - The zoom buttons.
 * @csspart detail - The panel about the selected partner (or the partners of a cluster).
 * @csspart unplaced - The list of partners without a location (map view).
 * @csspart table - The text alternative: the table of partners (and of regions).
 * @csspart error - The message shown when the data cannot be used.
 * @csspart loading - The loading message.
 *
 * @cssprop [--rnswd-network-map-height=28rem] - Height of the map area.
 * @cssprop [--rnswd-network-map-municipality-color=#1a5c9e] - Colour of municipalities (squares).
 * @cssprop [--rnswd-network-map-knowledge-institution-color=#6a3d9a] - Colour of knowledge institutions (triangles).
 * @cssprop [--rnswd-network-map-care-welfare-color=#1b7837] - Colour of care and welfare partners (circles).
 * @cssprop [--rnswd-network-map-citizen-initiative-color=#a94e00] - Colour of citizen initiatives (diamonds).
 * @cssprop [--rnswd-network-map-client-organisation-color=#b3175f] - Colour of client organisations (stars).
 * @cssprop [--rnswd-network-map-other-color=#4a4a4a] - Colour of other partners (crosses).
 * @cssprop [--rnswd-network-map-cluster-color=var(--rnswd-color)] - Colour of clusters of partners on the map (their count is in the background colour).
 * @cssprop [--rnswd-network-map-edge-color=var(--rnswd-muted-color)] - Colour of relations.
 * @cssprop [--rnswd-network-map-region-color=#1a5c9e] - Colour of region shading (by number of partners).
 * @cssprop [--rnswd-network-map-land-color=var(--rnswd-surface-color)] - Background of the map.
 */
export class RnswdNetworkMap extends RnswdElement {
  static override styles = [baseStyles, mapStyles];

  /** `geo`: partners on a map; `graph`: partners and their relations as a network. */
  @property({ reflect: true })
  view: NetworkMapView = 'geo';

  /** Region outlines (a GeoJSON FeatureCollection of Polygons/MultiPolygons), e.g. CBS municipalities. */
  @property({ attribute: false })
  regions?: GeoJsonFeatureCollection;

  /** URL of a GeoJSON file with region outlines, fetched without credentials; `regions` wins. */
  @property({ attribute: 'regions-src' })
  regionsSrc?: string;

  /** The feature property with a region's CBS code, matched to the partners' `municipalityCode`. */
  @property({ attribute: 'region-key' })
  regionKey = 'statcode';

  /** Shade regions by their number of partners. */
  @property({ type: Boolean, attribute: 'shade-regions' })
  shadeRegions = false;

  /**
   * Background map tiles: a `{z}/{x}/{y}` URL template (Web Mercator, 256 px). Without it the map makes
   * no request to any other origin. Give `tile-attribution` with it.
   */
  @property({ attribute: 'tile-url' })
  tileUrl?: string;

  /** Attribution of the tiles, shown on the map, e.g. `© OpenStreetMap contributors`. */
  @property({ attribute: 'tile-attribution' })
  tileAttribution?: string;

  /** The highest zoom level the tile service offers. */
  @property({ type: Number, attribute: 'tile-max-zoom' })
  tileMaxZoom = 19;

  @state() private selected: string | null = null;
  @state() private hiddenKinds = new Set<PartnerKind>();
  @state() private theme = '';
  /** Rows of the table shown; 0 while the table is closed. */
  @state() private rows = 0;
  /** The partners of a cluster that cannot be opened further. */
  @state() private list: number[] | null = null;
  @state() private note = '';
  @state() private size = [640, 420];
  @state() private level = 0;
  @state() private labels: Array<[number, number, string]> = [];
  /** Regions loaded from `regions-src`; false when that failed. */
  @state() private loaded: GeoJsonFeatureCollection | null | false = null;
  @state() private arranging = false;
  /** Nodes drawn so far: a large network is drawn in steps, so that no single task blocks the page. */
  @state() private limit = 200;

  private m: MapModel | null = null;
  private proj = fitProjection([]);
  private gx: number[] = [];
  private gy: number[] = [];
  private vis: boolean[] = [];
  private items: Item[] = [];
  private itemOf: number[] = [];
  private inputs: unknown[] = [];
  private paths: string[] = [];
  private regionList: Region[] = [];
  private layout: ForceLayout | null = null;
  private pz: PanZoom | null = null;
  private svgEl: SVGSVGElement | null = null;
  private ro: ResizeObserver | null = null;
  private fitK = 1;
  private fitted = '';
  private frame = 0;
  private paintedK = 0;
  private paintedS = 0;
  /** Nodes before this index are positioned for the painted geometry; the rest follow frame by frame. */
  private placed = 0;
  private placeFrame = 0;
  private growFrame = 0;
  /** Positions or drawn elements changed since the last paint. */
  private moved = true;
  private hover: number | null = null;
  /** A pan or zoom gesture is going on. */
  private gesture = false;
  /** Accessible names of the partners' nodes, in the current language. */
  private names: string[] = [];
  /** The view the SVG is drawn for. */
  private drawn = { x: 0, y: 0, k: 1 };
  private focusId: string | null = null;
  private centreId: string | null = null;
  private refocus = false;
  private tiles = new Map<string, SVGImageElement>();
  private abort: AbortController | null = null;
  private measure: CanvasRenderingContext2D | null = null;

  private t<K extends keyof Messages>(
    key: K,
    ...args: Messages[K] extends (...a: infer A) => string ? A : []
  ): string {
    return translate(NETWORK_MAP_MESSAGES, this.locale, key, ...args);
  }

  /** The current view as a standalone SVG document (map tiles left out). */
  toSvg(): string {
    const network = this.scope.state.network;
    this.commit();
    this.placeNodes(true);
    return this.svgEl && network
      ? serializeSvg(this.svgEl, this.size[0]!, this.size[1]!, this.mapLabel(network))
      : '';
  }

  /** The current view as a PNG image at twice the screen resolution. */
  toPng(): Promise<Blob> {
    return svgToPng(this.toSvg(), this.size[0]!, this.size[1]!);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: watch the size again, go on with the layout.
    if (this.svgEl) this.ro?.observe(this.svgEl);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.layout?.stop();
    this.ro?.disconnect();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.placeFrame);
    cancelAnimationFrame(this.growFrame);
    this.frame = this.placeFrame = this.growFrame = 0;
  }

  // ---- Data ------------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('regionsSrc')) this.fetchRegions();
    const network = this.scope.state.network;
    if (!network || (network.partners.length > 300 && !modelled(network))) {
      // A large network is prepared in a task of its own, not in the one that loaded it.
      if (network) setTimeout(() => modelOf(network) && this.requestUpdate());
      return void (this.m = null);
    }
    const m = modelOf(network);
    if (m !== this.m) {
      this.m = m;
      this.layout?.stop();
      this.fitted = '';
      if (!this.selected || !m.at.has(this.selected))
        this.selected = this.scope.selection.partnerId;
      this.centreId = this.focusId = this.selected;
    }
    this.derive();
    this.refocus ||= !!(this.shadowRoot!.activeElement as Element | null)?.closest('.nodes');
  }

  /** Projection, visibility, regions and drawn items; recomputed only when their inputs change. */
  private derive() {
    const m = this.m!;
    const regions = this.regions?.features ? this.regions : this.loaded || null;
    const inputs = [
      m,
      regions,
      this.regionKey,
      this.view,
      this.level,
      this.hiddenKinds,
      this.theme,
      this.locale,
    ];
    if (inputs.every((v, i) => v === this.inputs[i])) return;
    if (m !== this.inputs[0] || regions !== this.inputs[1]) {
      // Fitted to the partners and the regions.
      const points = m.unit.filter((u) => !isNaN(u[0]));
      for (const f of regions?.features ?? [])
        for (const ring of ringsOf(f.geometry))
          for (const c of ring) points.push(mercator(c[0]!, c[1]!));
      const p = (this.proj = fitProjection(points));
      this.gx = m.unit.map((u) => (u[0] - p.x0) * p.scale);
      this.gy = m.unit.map((u) => (u[1] - p.y0) * p.scale);
      this.paths = (regions?.features ?? []).map((f) => geometryPath(p, f.geometry));
      if (this.view === 'geo') this.fitted = '';
    }
    this.inputs = inputs;
    this.names = [];
    this.vis = m.partners.map(
      (p) => !this.hiddenKinds.has(p.kind) && (!this.theme || p.themeIds.includes(this.theme)),
    );
    const counts = new Map<string, number>();
    m.partners.forEach((p, i) => {
      const code = p.municipalityCode;
      if (this.vis[i] && code) counts.set(code, (counts.get(code) ?? 0) + 1);
    });
    const max = Math.max(1, ...counts.values());
    this.regionList = (regions?.features ?? []).map((f, i) => {
      const props = f.properties ?? {};
      const code = String(props[this.regionKey] ?? '');
      const count = counts.get(code) ?? 0;
      const name = String(props.statnaam ?? props.name ?? code);
      return { name, d: this.paths[i]!, count, shade: Math.ceil((count / max) * 4) };
    });
    const shown = m.ranked.filter((i) => this.vis[i]);
    if (this.view === 'geo') {
      const placed = shown.filter((i) => !isNaN(this.gx[i]!));
      this.items = clusterPoints(placed, this.gx, this.gy, this.level).map((c) => ({
        key: c.key,
        members: c.members,
        p: c,
        r: c.members.length > 1 ? 13 + 2.5 * Math.log2(c.members.length) : MARKER,
      }));
    } else {
      const nodes = this.ensureLayout().nodes;
      this.items = shown.map((i) => ({
        key: `p:${i}`,
        members: [i],
        p: nodes[i]!,
        r: nodes[i]!.r,
      }));
    }
    this.itemOf = [];
    this.items.forEach((it, j) => it.members.forEach((i) => (this.itemOf[i] = j)));
    this.moved = true;
  }

  private ensureLayout(): ForceLayout {
    const m = this.m!;
    let layout = layouts.get(m);
    if (!layout) {
      layout = new ForceLayout(
        m.neighbours.map((n) => nodeRadius(n.length)),
        m.links.map(([s, t]) => [s, t]),
      );
      layouts.set(m, layout);
      // A small network settles at once.
      if (m.partners.length <= 300) layout.finish();
    }
    return (this.layout = layout);
  }

  private fetchRegions() {
    this.abort?.abort();
    this.loaded = null;
    if (!this.regionsSrc) return;
    const { signal } = (this.abort = new AbortController());
    fetch(this.regionsSrc, { credentials: 'omit', signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(r)))
      .then(
        (json: GeoJsonFeatureCollection) => (this.loaded = json),
        () => signal.aborted || (this.loaded = false),
      );
  }

  // ---- Selection -------------------------------------------------------------------------------

  protected override selectionChanged(change: SelectionChange): void {
    if (!change.changed.includes('partner')) return;
    this.selected = change.partnerId;
    this.list = null;
    if (change.partnerId) this.centreId = this.focusId = change.partnerId;
  }

  private select(i: number, centre = false) {
    const partner = this.m!.partners[i]!;
    this.selected = this.focusId = partner.id;
    if (centre) this.centreId = partner.id;
    this.list = null;
    this.note = this.t('selected', partner.name);
    this.scope.selection.select({ partnerId: partner.id }, this);
    const event = new PartnerSelectEvent(partner);
    this.dispatchEvent(event);
  }

  /** A node's accessible name: name, kind, municipality, relations. */
  private accessibleName(i: number): string {
    const m = this.m!;
    const p = m.partners[i]!;
    const relations = this.t('relationCount', m.neighbours[i]!.length);
    return [p.name, this.t(`kind.${p.kind}`), p.municipality, relations].filter(Boolean).join(', ');
  }

  private readonly deselect = () => {
    this.selected = this.list = null;
    this.scope.selection.select({ partnerId: null }, this);
  };

  /** Activates a drawn item: selects a partner, or opens a cluster (zooms in, or lists it). */
  private activate(it: Item) {
    if (it.members.length < 2) return this.select(it.members[0]!);
    const pz = this.pz!;
    const xs = it.members.map((i) => this.gx[i]!);
    const ys = it.members.map((i) => this.gy[i]!);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const [w, h] = this.size as [number, number];
    const k = Math.min(
      pz.max,
      Math.max(pz.t.k * 2, Math.min((w - 2 * PAD) / (x1 - x0), (h - 2 * PAD) / (y1 - y0))),
    );
    // Partners at one address, or no more zoom: the panel lists them.
    if (k < pz.t.k * 1.01 || x1 - x0 + y1 - y0 < 1e-6) {
      this.list = it.members;
      this.selected = null;
      return;
    }
    this.focusId = this.m!.partners[it.members[0]!]!.id;
    this.refocus = pz.touched = true;
    pz.set({ k, x: w / 2 - ((x0 + x1) / 2) * k, y: h / 2 - ((y0 + y1) / 2) * k });
  }

  /** Centres a partner; on the map, zoomed in until it stands alone. */
  private centre(i: number) {
    const pz = this.pz!;
    let k = Math.max(pz.t.k, this.fitK);
    const { x, y } =
      this.view === 'geo' ? { x: this.gx[i]!, y: this.gy[i]! } : this.layout!.nodes[i]!;
    if (isNaN(x)) return;
    if (this.view === 'geo') {
      const placed = this.m!.ranked.filter((j) => this.vis[j] && !isNaN(this.gx[j]!));
      const alone = () =>
        clusterPoints(placed, this.gx, this.gy, levelOf(k)).some((c) => c.key === `p:${i}`);
      while (k < pz.max && !alone()) k *= Math.SQRT2;
    }
    pz.touched = true;
    pz.set({ k, x: this.size[0]! / 2 - x * k, y: this.size[1]! / 2 - y * k });
  }

  // ---- Rendering -------------------------------------------------------------------------------

  private mapLabel(network: Network) {
    return this.t(
      this.view === 'geo' ? 'mapLabel' : 'graphLabel',
      textOf(network.name, this.locale),
    );
  }

  private swatch(kind: PartnerKind) {
    return html`<svg class="swatch" viewBox="-1.5 -1.5 3 3" aria-hidden="true">
      <path class="k-${kind}" d=${SHAPES[kind]} />
    </svg>`;
  }

  protected override render() {
    const state = this.scope.state;
    const network = state.network;
    const m = this.m;
    const status = renderDataStatus(this.locale, state, this.dataProblems(), () =>
      this.scope.network.reload(),
    );
    if (!network || !m)
      return html`<div class="base" part="base">
        ${status} ${network ? html`<p role="status">${this.t('arranging')}</p>` : nothing}
      </div>`;
    const geo = this.view === 'geo';
    const shown = m.ranked.filter((i) => this.vis[i]);
    const unplaced = geo ? shown.filter((i) => isNaN(this.gx[i]!)) : [];
    const kinds = PARTNER_KINDS.filter((k) => m.partners.some((p) => p.kind === k));
    const used = RELATION_KINDS.filter((k) => m.links.some((l) => l[2] === k));
    const max = Math.max(0, ...this.regionList.map((r) => r.count));
    const top = shown.slice(0, 3).filter((i) => m.neighbours[i]!.length);
    const summary = geo
      ? this.t('summaryGeo', shown.length - unplaced.length, this.items.length, unplaced.length)
      : this.t(
          'summaryGraph',
          shown.length,
          m.links.filter(([s, t]) => this.vis[s] && this.vis[t]).length,
          formatList(
            this.locale,
            top.map((i) => `${m.partners[i]!.name} (${m.neighbours[i]!.length})`),
          ),
        );
    const tabs = (['geo', 'graph'] as const).map(
      (v) =>
        html`<button
          class="button"
          type="button"
          aria-pressed=${this.view === v}
          @click=${() => this.switchView(v)}
        >
          ${this.t(`view.${v}`)}
        </button>`,
    );
    return html`<div class="base" part="base">
      <div class="toolbar" part="toolbar">
        <div role="group" aria-label=${this.t('view')} class="tabs">${tabs}</div>
        <button
          class="button"
          type="button"
          aria-expanded=${!!this.rows}
          aria-controls="table"
          @click=${this.toggleTable}
        >
          ${this.t('table')}
        </button>
        <button class="button" type="button" @click=${() => this.download('svg')}>
          ${this.t('exportSvg')}
        </button>
        <button class="button" type="button" @click=${() => this.download('png')}>
          ${this.t('exportPng')}
        </button>
        ${geo && this.tileUrl ? html`<span class="help">${this.t('exportNoTiles')}</span>` : nothing}
      </div>
      <div class="filters" part="filters">
        <fieldset>
          <legend>${this.t('kinds')}</legend>
          ${kinds.map(
            (k) =>
              html`<label>
                <input
                  type="checkbox"
                  .checked=${!this.hiddenKinds.has(k)}
                  @change=${() => this.toggleKind(k)}
                />
                ${this.swatch(k)} ${this.t(`kind.${k}`)}
                (${m.partners.filter((p) => p.kind === k).length})
              </label>`,
          )}
        </fieldset>
        ${
          network.themes.length
            ? html`<label>
                <span class="label">${this.t('theme')}</span>
                <select class="control" @change=${this.onTheme}>
                  <option value="">${this.t('allThemes')}</option>
                  ${network.themes.map(
                    (th) =>
                      html`<option value=${th.id} ?selected=${th.id === this.theme}>
                        ${textOf(th.title, this.locale)}
                      </option>`,
                  )}
                </select>
              </label>`
            : nothing
        }
      </div>
      <p id="summary" class="visually-hidden">
        ${shown.length < m.partners.length ? this.t('shown', shown.length, m.partners.length) : ''}
        ${summary}
      </p>
      <p class="visually-hidden" role="status">${this.note}</p>
      <div class="layout">
        <div class="stage" part="map" @focusin=${this.onFocus} @focusout=${this.onFocus}>
          ${this.renderSvg(network)}
          <div class="controls" part="controls">
            <button
              class="button"
              type="button"
              aria-label=${this.t('zoomIn')}
              @click=${() => this.zoom(1.6)}
            >
              +
            </button>
            <button
              class="button"
              type="button"
              aria-label=${this.t('zoomOut')}
              @click=${() => this.zoom(1 / 1.6)}
            >
              −
            </button>
            <button class="button" type="button" aria-label=${this.t('reset')} @click=${this.reset}>
              <svg viewBox="0 0 20 20" aria-hidden="true">
                <path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" />
              </svg>
            </button>
          </div>
          ${this.arranging ? html`<p class="note">${this.t('arranging')}</p>` : nothing}
          ${
            geo && this.tileUrl && this.tileAttribution
              ? html`<p class="note attribution">
                  ${this.t('attribution')} ${this.tileAttribution}
                </p>`
              : nothing
          }
        </div>
        <div class="side">
          ${this.renderDetail(network)}
          ${
            unplaced.length
              ? html`<section part="unplaced" aria-labelledby="unplaced">
                  <h3 id="unplaced">${this.t('unplaced', unplaced.length)}</h3>
                  ${this.partnerList(unplaced)}
                </section>`
              : nothing
          }
          ${this.loaded === false ? html`<p class="notice notice--warning">${this.t('regionsError')}</p>` : nothing}
          ${
            geo && this.shadeRegions && max
              ? html`<div class="legend" aria-hidden="true">
                  <p class="label">${this.t('regions')}</p>
                  ${[1, 2, 3, 4].map((s) => {
                    const lo = Math.floor(((s - 1) / 4) * max) + 1;
                    const hi = Math.floor((s / 4) * max);
                    return lo > hi
                      ? nothing
                      : html`<span><i class="s${s}"></i>${lo < hi ? `${lo}–${hi}` : hi}</span>`;
                  })}
                </div>`
              : nothing
          }
          ${
            geo || this.many()
              ? nothing
              : html`<div class="legend">
                  <p class="label">${this.t('relations')}</p>
                  ${used.map(
                    (k) =>
                      html`<span>
                        <svg viewBox="0 0 36 10" aria-hidden="true">
                          <path class="edge e-${k}" d="M2 5H34" />
                        </svg>
                        ${this.t(`relation.${k}`)}
                      </span>`,
                  )}
                </div>`
          }
        </div>
      </div>
      <p class="help">${this.t('keys')}</p>
      ${this.rows ? this.renderTable(shown) : nothing}
    </div>`;
  }

  private renderSvg(network: Network) {
    const geo = this.view === 'geo';
    const focus = this.focusIndex();
    return html`<svg
      role="group"
      aria-label=${this.mapLabel(network)}
      aria-describedby="summary"
      class="${this.arranging ? 'arranging' : ''} ${this.many() ? 'many' : ''}"
    >
      <g>
        <g class="tiles" data-export-skip aria-hidden="true"></g>
        <g class="regions ${this.shadeRegions ? 'shaded' : ''}" aria-hidden="true">
          ${geo ? this.regionList.map((r) => svg`<path class="s${r.shade}" d=${r.d}></path>`) : nothing}
        </g>
        <g class="edges" aria-hidden="true">
          ${geo ? nothing : RELATION_KINDS.map((k) => svg`<path class="edge e-${k}" data-kind=${k}></path>`)}
          <path class="edge hl"></path>
        </g>
        <g
          class="nodes"
          @click=${this.onClick}
          @keydown=${this.onKey}
          @pointerover=${this.onHover}
          @pointerout=${this.onHover}
        >
          ${guard([this.items, this.limit, focus, this.selected], () => this.renderNodes(focus))}
        </g>
        <circle class="ring" r="1" data-export-skip aria-hidden="true"></circle>
        <g class="labels" aria-hidden="true">
          ${this.labels.map(([i, dx, text]) => svg`<text data-p=${i} x=${dx} dy=".35em">${text}</text>`)}
        </g>
      </g>
    </svg>`;
  }

  /**
   * The nodes: rendered again only when they, the tab stop or the selection change (thousands of
   * templates, not to be compared on every update).
   */
  private renderNodes(focus: number) {
    const m = this.m!;
    return this.items.slice(0, this.limit).map((it, j) => {
      const n = it.members.length;
      if (n > 1)
        return svg`<g class="node cluster" data-i=${j} role="button" tabindex=${j === focus ? 0 : -1}
                  aria-label=${this.t('cluster', n)}><circle r=${it.r}></circle><text dy=".35em">${n}</text></g>`;
      const i = it.members[0]!;
      const p = m.partners[i]!;
      return svg`<path class="node k-${p.kind}" d=${SHAPES[p.kind]} data-i=${j} role="button"
                tabindex=${j === focus ? 0 : -1} aria-current=${p.id === this.selected}
                aria-label=${(this.names[i] ??= this.accessibleName(i))}></path>`;
    });
  }

  private renderDetail(network: Network) {
    const m = this.m!;
    const head = (title: string) =>
      html`<div class="head">
        <h3 id="detail">${title}</h3>
        <button class="button" type="button" aria-label=${this.t('close')} @click=${this.deselect}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M5 5l10 10M15 5L5 15" /></svg>
        </button>
      </div>`;
    if (this.list)
      return html`<section part="detail" aria-labelledby="detail">
        ${head(this.t('here', this.list.length))} ${this.partnerList(this.list)}
      </section>`;
    const i = m.at.get(this.selected!);
    if (i === undefined) return nothing;
    const p = m.partners[i]!;
    const lang = this.locale;
    const link = (text: string | undefined, href: string | null, external = false) =>
      href ? html`<a href=${href} rel=${external ? EXTERNAL_REL : nothing}>${text}</a>` : text;
    const themes = network.themes.filter((th) => p.themeIds.includes(th.id));
    const rels = network.relations.filter((r) => r.source === p.id || r.target === p.id);
    const rows: Array<[string, unknown]> = [
      [this.t('municipality'), p.municipality],
      [this.t('address'), p.address],
      [this.t('website'), p.website && link(p.website, safeHref(p.website), true)],
      [this.t('email'), p.email && link(p.email, mailHref(p.email))],
      [this.t('phone'), p.phone && link(p.phone, telHref(p.phone))],
      [
        this.t('themes'),
        themes.length &&
          formatList(
            lang,
            themes.map((th) => textOf(th.title, lang)),
          ),
      ],
    ];
    return html`<section part="detail" aria-labelledby="detail">
      ${head(p.name)}
      <p>${this.swatch(p.kind)} ${this.t(`kind.${p.kind}`)}</p>
      ${p.description ? html`<p>${textOf(p.description, lang)}</p>` : nothing}
      <dl>
        ${rows.map(([dt, dd]) =>
          dd
            ? html`<dt>${dt}</dt>
                <dd>${dd}</dd>`
            : nothing,
        )}
      </dl>
      <h4>${this.t('relationCount', rels.length)}</h4>
      <ul>
        ${rels.map((r) => {
          const j = m.at.get(r.source === p.id ? r.target : r.source)!;
          const label = textOf(r.label, lang);
          return html`<li>
            <small>${this.t(`relation.${r.kind}`)}${label ? `: ${label}` : ''}</small>
            <button class="button button--link" type="button" @click=${() => this.select(j, true)}>
              ${m.partners[j]!.name}
            </button>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private partnerList(indices: number[]) {
    const partners = this.m!.partners;
    return html`<ul>
      ${[...indices]
        .sort((a, b) => byName.compare(partners[a]!.name, partners[b]!.name))
        .map(
          (i) =>
            html`<li>
              <button
                class="button button--link"
                type="button"
                aria-current=${partners[i]!.id === this.selected}
                @click=${() => this.select(i, true)}
              >
                ${this.swatch(partners[i]!.kind)} ${partners[i]!.name}
              </button>
            </li>`,
        )}
    </ul>`;
  }

  private renderTable(shown: number[]) {
    const m = this.m!;
    const partners = m.partners;
    const rows = [...shown].sort((a, b) => byName.compare(partners[a]!.name, partners[b]!.name));
    const head = (cols: string[]) =>
      html`<thead>
        <tr>
          ${cols.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>`;
    return html`<div id="table" part="table">
      <table>
        <caption>
          ${this.t('tableCaption', shown.length, partners.length)}
        </caption>
        ${head([this.t('partner'), this.t('kind'), this.t('municipality'), this.t('relationsColumn')])}
        <tbody>
          ${rows.slice(0, this.rows).map((i) => {
            const p = partners[i]!;
            const names = m.neighbours[i]!.map((j) => partners[j]!.name);
            return html`<tr>
              <th scope="row">
                <button
                  class="button button--link"
                  type="button"
                  aria-current=${p.id === this.selected}
                  @click=${() => this.select(i, true)}
                >
                  ${p.name}
                </button>
              </th>
              <td>${this.t(`kind.${p.kind}`)}</td>
              <td>${p.municipality}</td>
              <td>
                ${this.t('relationCount', names.length)}${names.length ? `: ${names.join(', ')}` : ''}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${
        this.regionList.length
          ? html`<table>
              <caption>
                ${this.t('regions')}
              </caption>
              ${head([this.t('region'), this.t('count')])}
              <tbody>
                ${this.regionList.map(
                  (r) =>
                    html`<tr>
                      <th scope="row">${r.name}</th>
                      <td>${formatNumber(this.locale, r.count)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
    </div>`;
  }

  // ---- After render: pan/zoom, layout, geometry ------------------------------------------------

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const svgEl = this.shadowRoot!.querySelector<SVGSVGElement>('svg[role="group"]');
    if (svgEl !== this.svgEl) this.attach(svgEl);
    const pz = this.pz;
    if (!pz || !this.m) return;
    const fitted = `${this.view} ${this.size}`;
    if (this.fitted !== fitted) {
      this.fitted = fitted;
      this.fit();
      this.settle();
    }
    if (this.view === 'graph') this.runLayout();
    if (this.centreId && (this.view === 'geo' || this.layout!.done)) {
      const i = this.m.at.get(this.centreId);
      this.centreId = null;
      if (i !== undefined) this.centre(i);
    }
    // New node or label elements need their positions.
    const had = changed as Map<string, unknown>;
    // (New nodes are placed from `placed` on.)
    if (had.has('labels')) this.moved = true;
    this.paint();
    if (this.limit < this.items.length && !this.growFrame)
      this.growFrame = requestAnimationFrame(() => {
        this.growFrame = 0;
        this.limit += 200;
      });
    if (this.refocus) {
      this.refocus = false;
      this.itemElement(this.focusIndex())?.focus({ preventScroll: true });
    }
    // The table grows in steps, so that thousands of rows never block the page.
    if (this.rows && this.rows < this.m.partners.length)
      requestAnimationFrame(() => this.rows && (this.rows += 100));
  }

  private attach(svgEl: SVGSVGElement | null) {
    this.ro?.disconnect();
    this.svgEl = svgEl;
    this.pz = null;
    this.moved = true;
    this.tiles.clear();
    if (!svgEl) return;
    const pz = (this.pz = new PanZoom(
      svgEl,
      (reason) => this.pz === pz && this.viewChanged(reason),
    ));
    this.ro = new ResizeObserver(() => {
      const { width, height } = svgEl.getBoundingClientRect();
      const [w, h] = this.size as [number, number];
      if (!width || !height || (Math.abs(width - w) < 1 && Math.abs(height - h) < 1)) return;
      this.size = [width, height];
      // A view the user moved keeps its centre; an untouched one is fitted again.
      if (pz.touched) {
        this.fitted = `${this.view} ${this.size}`;
        pz.panBy((width - w) / 2, (height - h) / 2);
      }
    });
    this.ro.observe(svgEl);
  }

  /** Fits the view to the data. */
  private fit() {
    const pz = this.pz!;
    const geo = this.view === 'geo';
    const nodes = this.layout?.nodes ?? [];
    const xs = geo ? [0, this.proj.w] : nodes.map((n) => n.x);
    const ys = geo ? [0, this.proj.h] : nodes.map((n) => n.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const [w, h] = this.size as [number, number];
    const k = (this.fitK = Math.min(
      (w - 2 * PAD) / (x1 - x0 || WORLD_SIZE),
      (h - 2 * PAD) / (y1 - y0 || WORLD_SIZE),
    ));
    pz.min = k / 2;
    pz.max = geo ? Math.max(k * 4, (256 * 2 ** this.tileMaxZoom) / this.proj.scale) : k * 24;
    pz.touched = false;
    pz.set({ k, x: w / 2 - ((x0 + x1) / 2) * k, y: h / 2 - ((y0 + y1) / 2) * k }, 'move');
  }

  private readonly reset = () => {
    this.fit();
    this.settle();
  };

  /**
   * During a gesture the drawn picture is only moved and scaled by a CSS transform, which the compositor
   * applies without painting thousands of shapes again; when the gesture ends, the SVG is drawn anew.
   */
  private viewChanged(reason: PanZoomReason) {
    this.gesture = reason === 'move';
    if (reason === 'end') {
      this.settle();
      this.paint();
    } else if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        const { x, y, k } = this.pz!.t;
        const d = this.drawn;
        const r = k / d.k;
        this.svgEl!.style.transform = `translate(${x - d.x * r}px,${y - d.y * r}px) scale(${r})`;
      });
    }
  }

  /** After a gesture: the clusters of the new zoom level, and the labels that fit. */
  private settle() {
    if (this.view === 'geo') this.level = levelOf(this.pz!.t.k);
    this.derive();
    this.placeLabels();
  }

  private runLayout() {
    const layout = this.layout!;
    this.arranging = !layout.done;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    let last = 0;
    layout.onTick = (done) => {
      if (!this.isConnected || this.view !== 'graph') return layout.stop();
      // A large graph is drawn a few times a second while it settles (and without its relations).
      if (!done && (still || performance.now() - last < (this.items.length > 300 ? 400 : 0)))
        return;
      last = performance.now();
      if (done) this.arranging = false;
      if (!this.pz?.touched) this.fit();
      this.moved = true;
      this.paint();
      // The labels in a task of their own.
      if (done) requestAnimationFrame(() => this.placeLabels());
    };
    // Once every node is drawn: the layout's frames and the drawing's frames do not add up.
    if (this.limit >= this.items.length) layout.start();
  }

  /**
   * Level of detail: above 1,500 relations they are drawn as plain lines (dash patterns by kind would
   * make every repaint several times slower), and the legend of relation kinds is left out.
   */
  private many(): boolean {
    return this.view === 'graph' && this.m!.links.length > 1500;
  }

  /** Draws the SVG for the current view, without a CSS transform. */
  private commit() {
    const root = this.svgEl?.firstElementChild;
    if (!root || !this.pz) return;
    const { x, y, k } = (this.drawn = this.pz.t);
    root.setAttribute('transform', `translate(${x} ${y}) scale(${k})`);
    this.svgEl!.style.transform = '';
  }

  /**
   * Screen pixels per unit of node radius. Map markers keep their size; graph nodes grow and shrink with
   * the zoom (the layout keeps them apart), within limits.
   */
  private nodeScale(): number {
    return this.view === 'geo' ? 1 : Math.min(3, Math.max(0.25, this.pz!.t.k));
  }

  /** Writes geometry into the SVG: the view transform, positions, edges, tiles. */
  private paint() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const pz = this.pz;
    const root = this.svgEl?.firstElementChild;
    if (!pz || !root || !this.m) return;
    const { x, y, k } = pz.t;
    const geo = this.view === 'geo';
    // A pan only moves the drawn picture (the compositor's work); a new zoom draws it anew.
    if (k !== this.drawn.k) this.commit();
    const d = this.drawn;
    this.svgEl!.style.transform =
      x === d.x && y === d.y ? '' : `translate(${x - d.x}px,${y - d.y}px)`;
    const s = this.nodeScale() / k;
    const at = (el: Element, it: Item | undefined, scale: number) =>
      it &&
      el.setAttribute('transform', `translate(${round(it.p.x)} ${round(it.p.y)}) scale(${scale})`);
    // Nodes when they moved or their size on screen changed (graph nodes mostly keep theirs).
    if (this.moved || s !== this.paintedS || k !== this.paintedK) this.placed = 0;
    this.paintedK = k;
    this.paintedS = s;
    this.placeNodes();
    if (this.moved || k !== this.paintedK) {
      for (const el of root.querySelectorAll<SVGElement>('.labels text'))
        at(el, this.items[this.itemOf[Number(el.dataset.p)]!], 1 / k);
      // Plain lines (.many) are scaled with the view instead of per path: faster to draw.
      root.querySelector('.edges')!.setAttribute('stroke-width', `${1.2 / k}`);
    }
    if (this.moved) {
      // Relations: one path per kind; hidden while a large graph settles.
      const d: Record<string, string> = {};
      for (const [s0, t0, kind] of this.m.links) {
        const a = this.items[this.itemOf[s0]!];
        const b = this.items[this.itemOf[t0]!];
        if (!geo && !this.arranging && a && b)
          d[kind] =
            (d[kind] ?? '') + `M${round(a.p.x)} ${round(a.p.y)}L${round(b.p.x)} ${round(b.p.y)}`;
      }
      for (const el of root.querySelectorAll<SVGElement>('[data-kind]'))
        el.setAttribute('d', d[el.dataset.kind!] ?? '');
    }
    this.moved = false;
    this.paintHighlight(root, s, k);
    this.paintTiles(root.firstElementChild!, geo ? this.tileUrl : '');
  }

  /**
   * Positions the nodes from `placed` on, at most `NODE_CHUNK` per frame (all of them with `all`):
   * thousands of transforms at once would make one long task of script and style.
   */
  private placeNodes(all = false) {
    cancelAnimationFrame(this.placeFrame);
    this.placeFrame = 0;
    const nodes = this.svgEl?.querySelector('.nodes')?.children;
    if (!nodes) return;
    const k = this.paintedK;
    const s = this.paintedS;
    const end = all ? nodes.length : Math.min(nodes.length, this.placed + NODE_CHUNK);
    for (; this.placed < end; this.placed++) {
      const el = nodes[this.placed] as SVGElement;
      const it = this.items[Number(el.dataset.i)];
      if (!it) continue;
      const scale = it.members.length > 1 ? 1 / k : it.r * s;
      el.setAttribute('transform', `translate(${round(it.p.x)} ${round(it.p.y)}) scale(${scale})`);
    }
    if (this.placed < nodes.length)
      this.placeFrame = requestAnimationFrame(() => this.placeNodes());
  }

  /**
   * The focus ring, and the highlighted partner's neighbours and relations. Written into the few
   * elements concerned, so that hovering never re-renders or restyles thousands of nodes.
   */
  private paintHighlight(root: Element, s: number, k: number) {
    const m = this.m!;
    const nodes = root.querySelector('.nodes')!.children;
    const active = this.shadowRoot!.activeElement as SVGElement | null;
    const focused = active?.closest('.nodes') ? this.items[Number(active.dataset.i)] : undefined;
    const ring = root.querySelector('.ring')!;
    ring.classList.toggle('on', !!focused);
    if (focused) {
      const r = (focused.members.length > 1 ? focused.r / k : focused.r * s) + 5 / k;
      ring.setAttribute(
        'transform',
        `translate(${round(focused.p.x)} ${round(focused.p.y)}) scale(${r})`,
      );
    }
    for (const el of root.querySelectorAll('.near')) el.classList.remove('near');
    const hl = this.highlight();
    let d = '';
    if (hl !== null) {
      const a = this.items[this.itemOf[hl]!];
      nodes[this.itemOf[hl]!]?.classList.add('near');
      for (const n of m.neighbours[hl]!) {
        const b = this.items[this.itemOf[n]!];
        nodes[this.itemOf[n]!]?.classList.add('near');
        if (a && b && a !== b)
          d += `M${round(a.p.x)} ${round(a.p.y)}L${round(b.p.x)} ${round(b.p.y)}`;
      }
    }
    root.querySelector('.hl')!.setAttribute('d', d);
    root.querySelector('.edges')!.classList.toggle('dim', !!d && this.view === 'graph');
  }

  /** Map tiles in view (none in the graph or without `tile-url`). */
  private paintTiles(layer: Element, template = '') {
    const url = (z: number, x: number, y: number) => {
      const href = new URL(
        template.replace('{z}', `${z}`).replace('{x}', `${x}`).replace('{y}', `${y}`),
        document.baseURI,
      );
      return /^https?:$/.test(href.protocol) ? href.href : '';
    };
    const [w, h] = this.size as [number, number];
    const want = new Set<string>();
    const tiles = template ? tilesInView(this.proj, this.pz!.t, w, h, this.tileMaxZoom, url) : [];
    for (const tile of tiles) {
      if (!tile.url || want.has(tile.url)) continue;
      want.add(tile.url);
      if (this.tiles.has(tile.url)) continue;
      const img = document.createElementNS('http://www.w3.org/2000/svg', 'image');
      for (const [name, value] of Object.entries({
        x: tile.x,
        y: tile.y,
        width: tile.size * 1.003,
        height: tile.size * 1.003,
        href: tile.url,
      }))
        img.setAttribute(name, `${value}`);
      img.onerror = () => img.remove();
      layer.append(img);
      this.tiles.set(tile.url, img);
    }
    for (const [key, img] of this.tiles) {
      if (want.has(key)) continue;
      this.tiles.delete(key);
      img.remove();
    }
  }

  /** Names of the most connected partners (and of the selected and focused one) where they fit. */
  private placeLabels() {
    const m = this.m;
    const pz = this.pz;
    // Placed once a graph has settled.
    if (!m || !pz || (this.view === 'graph' && !this.layout!.done)) return;
    const { x, y, k } = pz.t;
    const [w, h] = this.size as [number, number];
    const f = this.nodeScale();
    const screen = (it: Item, r: number) => {
      const sx = it.p.x * k + x;
      const sy = it.p.y * k + y;
      return [sx - r, sy - r, sx + r, sy + r];
    };
    const hit = (a: number[], b: number[]) =>
      b[0]! < a[2]! && a[0]! < b[2]! && b[1]! < a[3]! && a[1]! < b[3]!;
    // Markers are obstacles (a label never covers one), unless there are so many that no label would fit.
    const many = this.items.length > 300;
    const taken = many
      ? []
      : this.items.map((it) => screen(it, it.members.length > 1 ? it.r : it.r * f));
    const box = this.svgEl!.getBoundingClientRect();
    const c = this.shadowRoot!.querySelector('.controls')!.getBoundingClientRect();
    taken.push([c.left - box.left, c.top - box.top, c.right - box.left, c.bottom - box.top]);
    const labels: typeof this.labels = [];
    const ctx = (this.measure ??= document.createElement('canvas').getContext('2d')!);
    ctx.font = getComputedStyle(this.shadowRoot!.querySelector('.labels')!).font;
    const first = [this.selected, this.focusId].map((id) => m.at.get(id!) ?? -1);
    for (const i of new Set([...first, ...m.ranked.slice(0, 200)])) {
      const it = this.items[this.itemOf[i]!];
      if (labels.length > (many ? 15 : 40)) break;
      if (!it || it.members.length > 1) continue;
      const r = it.r * f;
      const [sx0, sy0, sx1] = screen(it, r);
      if (sx0 < 0 || sx1 > w || sy0 + r < 9 || sy0 + r + 9 > h) continue;
      const name = m.partners[i]!.name;
      const text = name.length > 32 ? `${name.slice(0, 30)}…` : name;
      const rect = [sx1 + 2, sy0 + r - 9, sx1 + 8 + ctx.measureText(text).width, sy0 + r + 9];
      if (rect[2]! > w || taken.some((b) => hit(b, rect))) continue;
      taken.push(rect);
      labels.push([i, round(r + 4), text]);
    }
    if (JSON.stringify(labels) !== JSON.stringify(this.labels)) this.labels = labels;
  }

  // ---- Interaction -----------------------------------------------------------------------------

  /** The item in the tab order: the one showing the focused partner, else the most important. */
  private focusIndex(): number {
    return this.itemOf[this.m?.at.get(this.focusId!) ?? -1] ?? 0;
  }

  private itemElement(j: number): SVGElement | null {
    return (this.shadowRoot!.querySelector('.nodes')?.children[j] as SVGElement) ?? null;
  }

  /** The partner whose relations are highlighted: hovered, else focused, else selected (map). */
  private highlight(): number | null {
    const m = this.m!;
    const active = this.shadowRoot!.activeElement as SVGElement | null;
    const it = active?.closest('.nodes') ? this.items[Number(active.dataset.i)] : undefined;
    const focused = it?.members.length === 1 ? it.members[0]! : null;
    return (
      this.hover ?? focused ?? (this.view === 'geo' ? (m.at.get(this.selected!) ?? null) : null)
    );
  }

  private itemAt(e: Event): Item | undefined {
    const el = (e.target as Element).closest<SVGElement>('[data-i]');
    return el ? this.items[Number(el.dataset.i)] : undefined;
  }

  private readonly onClick = (e: Event) => {
    const it = this.itemAt(e);
    if (it) this.activate(it);
  };

  private readonly onHover = (e: PointerEvent) => {
    const it = e.type === 'pointerover' ? this.itemAt(e) : undefined;
    this.hover = it?.members.length === 1 ? it.members[0]! : null;
    // Not during a gesture: the picture is drawn anew when it ends.
    if (!this.gesture) this.paint();
  };

  private readonly onFocus = (e: FocusEvent) => {
    const it = e.type === 'focusin' ? this.itemAt(e) : undefined;
    if (it) this.focusId = this.m!.partners[it.members[0]!]!.id;
    this.requestUpdate();
  };

  private readonly onKey = (e: KeyboardEvent) => {
    const pz = this.pz!;
    const j = this.focusIndex();
    const it = this.items[j]!;
    const { x, y, k } = pz.t;
    const dir = ARROWS[e.key];
    const zoom = { '+': 1.6, '=': 1.6, '-': 1 / 1.6, _: 1 / 1.6 }[e.key];
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (dir && e.shiftKey) {
      pz.touched = true;
      pz.panBy(-dir[0] * 80, -dir[1] * 80);
    } else if (dir) this.moveFocus(it, dir);
    else if (zoom) {
      pz.touched = true;
      pz.zoomBy(zoom, it.p.x * k + x, it.p.y * k + y);
    } else if (e.key === '0') this.reset();
    else if (e.key === 'Home' || e.key === 'End')
      this.focusOn(e.key === 'Home' ? 0 : this.items.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') this.activate(it);
    else if (e.key === 'Escape' && (this.selected || this.list)) this.deselect();
    else return;
    e.preventDefault();
  };

  /** Moves focus to the item that way: a neighbour if one lies that way, else the nearest. */
  private moveFocus(it: Item, [dx, dy]: [number, number]) {
    const best = (pool: Iterable<number>) => {
      let found = -1;
      let score = Infinity;
      for (const j of pool) {
        const o = this.items[j];
        if (!o || o === it) continue;
        const vx = o.p.x - it.p.x;
        const vy = o.p.y - it.p.y;
        const along = vx * dx + vy * dy;
        const across = Math.abs(vx * dy - vy * dx);
        if (along > 0 && across <= along * 2 && along + 2 * across < score) {
          found = j;
          score = along + 2 * across;
        }
      }
      return found;
    };
    const near = it.members.flatMap((i) => this.m!.neighbours[i]!.map((n) => this.itemOf[n]!));
    const next = best(near);
    this.focusOn(next < 0 ? best(this.items.keys()) : next);
  }

  private async focusOn(j: number) {
    const it = this.items[j];
    const pz = this.pz!;
    if (!it) return;
    this.focusId = this.m!.partners[it.members[0]!]!.id;
    const [w, h] = this.size as [number, number];
    const sx = it.p.x * pz.t.k + pz.t.x;
    const sy = it.p.y * pz.t.k + pz.t.y;
    // Out of view (or nearly): brought to the centre.
    if (sx < PAD || sx > w - PAD || sy < PAD || sy > h - PAD) {
      pz.touched = true;
      pz.panBy(w / 2 - sx, h / 2 - sy);
    }
    this.requestUpdate();
    await this.updateComplete;
    this.itemElement(j)?.focus({ preventScroll: true });
  }

  private zoom(factor: number) {
    const pz = this.pz!;
    pz.touched = true;
    pz.zoomBy(factor, this.size[0]! / 2, this.size[1]! / 2);
  }

  private switchView(view: NetworkMapView) {
    this.layout?.stop();
    this.view = view;
    this.labels = [];
    this.hover = null;
  }

  private toggleKind(kind: PartnerKind) {
    this.hiddenKinds = new Set(this.hiddenKinds);
    if (!this.hiddenKinds.delete(kind)) this.hiddenKinds.add(kind);
    this.filtered();
  }

  private readonly onTheme = (e: Event) => {
    this.theme = (e.target as HTMLSelectElement).value;
    this.filtered();
  };

  private async filtered() {
    await this.updateComplete;
    this.note = this.t('shown', this.vis.filter(Boolean).length, this.vis.length);
    this.placeLabels();
  }

  private readonly toggleTable = () => {
    this.rows = this.rows ? 0 : 100;
  };

  private async download(kind: 'svg' | 'png') {
    const name = `${this.scope.state.network?.id}-${this.view}.${kind}`;
    downloadFile(name, kind === 'svg' ? this.toSvg() : await this.toPng(), 'image/svg+xml');
  }
}
