import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
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
import { modelOf, nodeRadius, type MapModel } from './model.js';
import { PanZoom, type PanZoomReason } from './pan-zoom.js';
import {
  coordinatesOf,
  fitProjection,
  geometryPath,
  mercator,
  round,
  tilesInView,
  WORLD_SIZE,
  type Projection,
} from './projection.js';
import { SHAPES } from './shapes.js';
import { mapStyles } from './network-map.styles.js';
import type {
  GeoJsonFeatureCollection,
  NetworkMapView,
  ViewTransform,
} from './network-map.types.js';

type Messages = typeof NETWORK_MAP_MESSAGES.nl;

/** Something drawn and focusable: one partner, or a cluster of partners on the map. */
interface Item {
  key: string;
  members: number[];
  x: number;
  y: number;
  r: number;
}

interface Region {
  key: string;
  name: string;
  d: string;
  count: number;
  shade: number;
}

const layouts = new WeakMap<MapModel, ForceLayout>();
const PAD = 28;
const GEO_MARKER = 11;

/**
 * The network's partners on a map and as a relationship graph: pan and zoom with wheel, drag, pinch,
 * buttons and keys; a legend that filters by kind; a theme filter; a detail panel; a table as text
 * alternative; export as SVG and PNG. No request to another origin unless `tile-url` is set.
 *
 * @summary Partners on a map and as a relationship graph, with a text alternative.
 * @tag rnswd-network-map
 *
 * @fires rnswd-partner-select - The user selected a partner. Detail: `{ partner }`.
 * @fires rnswd-data-error - The network data could not be loaded or is not valid. Detail: `{ problems }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The view switch, table and export buttons.
 * @csspart filters - The legend of partner kinds (checkboxes) and the theme filter.
 * @csspart map - The area with the map or graph.
 * @csspart controls - The zoom buttons.
 * @csspart detail - The panel about the selected partner.
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
 * @cssprop [--rnswd-network-map-cluster-color=#1f2933] - Colour of clusters of partners on the map.
 * @cssprop [--rnswd-network-map-edge-color=#5c6670] - Colour of relations in the graph.
 * @cssprop [--rnswd-network-map-region-color=#1a5c9e] - Colour of region shading (by number of partners).
 * @cssprop [--rnswd-network-map-land-color=#f3f1ea] - Background of the map area.
 */
export class RnswdNetworkMap extends RnswdElement {
  static override styles = [baseStyles, mapStyles];

  /** `geo`: partners on a map; `graph`: partners and their relations as a network. */
  @property({ reflect: true })
  view: NetworkMapView = 'geo';

  /** Region outlines (GeoJSON FeatureCollection of Polygons/MultiPolygons), e.g. CBS municipalities. */
  @property({ attribute: false })
  regions?: GeoJsonFeatureCollection;

  /** URL of a GeoJSON file with region outlines (fetched without credentials); `regions` wins. */
  @property({ attribute: 'regions-src' })
  regionsSrc?: string;

  /** The feature property that holds a region's CBS code, matched to a partner's `municipalityCode`. */
  @property({ attribute: 'region-key' })
  regionKey = 'statcode';

  /** Shade regions by their number of partners. */
  @property({ type: Boolean, attribute: 'shade-regions' })
  shadeRegions = false;

  /**
   * Background map tiles, a `{z}/{x}/{y}` URL template (Web Mercator, 256 px). Without it the map makes
   * no request to any other origin. Give `tile-attribution` too.
   */
  @property({ attribute: 'tile-url' })
  tileUrl?: string;

  /** Attribution text of the tiles, shown on the map, e.g. `© OpenStreetMap contributors`. */
  @property({ attribute: 'tile-attribution' })
  tileAttribution?: string;

  /** Highest zoom level the tile service offers. */
  @property({ type: Number, attribute: 'tile-max-zoom' })
  tileMaxZoom = 19;

  @state() private selectedId: string | null = null;
  @state() private focusId: string | null = null;
  @state() private hoverId: string | null = null;
  @state() private hiddenKinds = new Set<PartnerKind>();
  @state() private themeId = '';
  @state() private tableOpen = false;
  @state() private tableLimit = 0;
  @state() private clusterList: number[] | null = null;
  @state() private announcement = '';
  @state() private level = 0;
  @state() private labels: Array<{ i: number; dx: number; text: string }> = [];
  @state() private size = { w: 640, h: 420 };
  @state() private loadedRegions: GeoJsonFeatureCollection | null = null;
  @state() private regionsFailed = false;
  @state() private arranging = false;

  private model: MapModel | null = null;
  private proj: Projection = fitProjection([]);
  private gx = new Float64Array(0);
  private gy = new Float64Array(0);
  private visible = new Uint8Array(0);
  private items: Item[] = [];
  /** Partner index to the index of the item that shows it. */
  private itemOf = new Int32Array(0);
  private derivedKey = '';
  private regionPaths: Region[] = [];
  private worldBounds = [0, 0, WORLD_SIZE, WORLD_SIZE];
  private regionsKey: unknown = null;
  private layout: ForceLayout | null = null;
  private pz: PanZoom | null = null;
  private svgEl: SVGSVGElement | null = null;
  private resize: ResizeObserver | null = null;
  private views: Record<
    NetworkMapView,
    { t: ViewTransform; touched: boolean; fitK: number } | null
  > = { geo: null, graph: null };
  private frame = 0;
  private dirty = { nodes: true, edges: true };
  private paintedK = NaN;
  private pendingCentre: string | null = null;
  private restoreFocus = false;
  private tiles = new Map<string, SVGImageElement>();
  private regionsFetch: AbortController | null = null;
  private measure: CanvasRenderingContext2D | null = null;

  private t<K extends keyof Messages>(
    key: K,
    ...args: Messages[K] extends (...a: infer A) => string ? A : []
  ): string {
    return translate(NETWORK_MAP_MESSAGES, this.locale, key, ...args);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.layout?.stop();
    this.resize?.disconnect();
    this.resize = null;
    this.svgEl = null;
    this.pz = null;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.regionsFetch?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  /** The current view as a standalone SVG document (map tiles left out). */
  toSvg(): string {
    const svgEl = this.svgEl;
    if (!svgEl) return '';
    const network = this.scope.state.network;
    return serializeSvg(
      svgEl,
      this.size.w,
      this.size.h,
      network
        ? this.t(this.view === 'geo' ? 'mapLabel' : 'graphLabel', textOf(network.name, this.locale))
        : '',
    );
  }

  /** The current view as a PNG image at twice the screen resolution. */
  toPng(): Promise<Blob> {
    return svgToPng(this.toSvg(), this.size.w, this.size.h);
  }

  // ---- Data and derived state ------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('regionsSrc')) this.fetchRegions();
    const network = this.scope.state.network;
    if (!network) {
      this.model = null;
      return;
    }
    const model = modelOf(network);
    if (model !== this.model) this.adopt(model);
    this.derive();
    const active = this.shadowRoot?.activeElement;
    this.restoreFocus ||= !!active && !!(active as Element).closest?.('.nodes');
  }

  private adopt(model: MapModel) {
    this.model = model;
    this.layout?.stop();
    this.layout = null;
    this.views = { geo: null, graph: null };
    this.derivedKey = '';
    this.regionsKey = null;
    this.dirty = { nodes: true, edges: true };
    if (this.selectedId && !model.at.has(this.selectedId)) this.selectedId = null;
    this.selectedId ??= this.scope.selection.partnerId;
    if (this.selectedId) this.pendingCentre = this.selectedId;
  }

  private activeRegions(): GeoJsonFeatureCollection | null {
    const r = this.regions ?? this.loadedRegions;
    return r && Array.isArray(r.features) ? r : null;
  }

  /** Visibility, projection, region paths and items; recomputed only when their inputs change. */
  private derive() {
    const model = this.model!;
    const n = model.partners.length;
    const regions = this.activeRegions();
    if (this.regionsKey !== regions || this.gx.length !== n || !this.derivedKey) {
      const points: Array<[number, number]> = [];
      for (let i = 0; i < n; i++)
        if (!isNaN(model.ux[i]!)) points.push([model.ux[i]!, model.uy[i]!]);
      // Fit to the partners and the regions.
      if (regions)
        for (const f of regions.features)
          for (const c of coordinatesOf(f.geometry)) points.push(mercator(c[0]!, c[1]!));
      this.proj = fitProjection(points);
      const p = this.proj;
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x, y] of points) {
        x0 = Math.min(x0, (x - p.x0) * p.scale);
        x1 = Math.max(x1, (x - p.x0) * p.scale);
        y0 = Math.min(y0, (y - p.y0) * p.scale);
        y1 = Math.max(y1, (y - p.y0) * p.scale);
      }
      this.worldBounds = x0 === Infinity ? [0, 0, WORLD_SIZE, WORLD_SIZE] : [x0, y0, x1, y1];
      this.gx = model.ux.map((x) => (x - p.x0) * p.scale);
      this.gy = model.uy.map((y) => (y - p.y0) * p.scale);
      this.views.geo = null;
    }
    const visKey = `${[...this.hiddenKinds]}|${this.themeId}`;
    if (!this.derivedKey.startsWith(visKey + '#') || this.visible.length !== n) {
      this.visible = Uint8Array.from(
        model.partners,
        (p) =>
          +(!this.hiddenKinds.has(p.kind) && (!this.themeId || p.themeIds.includes(this.themeId))),
      );
    }
    if (this.regionsKey !== regions || !this.derivedKey.startsWith(visKey + '#')) {
      this.regionsKey = regions;
      this.regionPaths = this.buildRegions(regions);
    }
    const key = `${visKey}#${this.view}|${this.view === 'geo' ? this.level : ''}|${this.proj.scale}`;
    if (key === this.derivedKey) return;
    this.derivedKey = key;
    this.items = this.view === 'geo' ? this.geoItems() : this.graphItems();
    this.itemOf = new Int32Array(n).fill(-1);
    this.items.forEach((it, j) => it.members.forEach((i) => (this.itemOf[i] = j)));
    this.dirty = { nodes: true, edges: true };
  }

  private graphItems(): Item[] {
    const model = this.model!;
    const layout = this.ensureLayout();
    const items: Item[] = [];
    for (const i of model.ranked) {
      if (!this.visible[i]) continue;
      const node = layout.nodes[i]!;
      items.push({ key: `p${i}`, members: [i], x: node.x!, y: node.y!, r: node.r });
    }
    return items;
  }

  private geoItems(): Item[] {
    const model = this.model!;
    const indices = model.ranked.filter((i) => this.visible[i] && !isNaN(this.gx[i]!));
    return clusterPoints(indices, this.gx, this.gy, this.level).map((c) => ({
      key: c.members.length === 1 ? `p${c.members[0]}` : c.key,
      members: c.members,
      x: c.x,
      y: c.y,
      r: c.members.length === 1 ? GEO_MARKER : 13 + 2.5 * Math.log2(c.members.length),
    }));
  }

  private buildRegions(fc: GeoJsonFeatureCollection | null): Region[] {
    if (!fc || !this.model) return [];
    const counts = new Map<string, number>();
    this.model.partners.forEach((p, i) => {
      if (this.visible[i] && p.municipalityCode)
        counts.set(p.municipalityCode, (counts.get(p.municipalityCode) ?? 0) + 1);
    });
    const max = Math.max(1, ...counts.values());
    return fc.features.map((f, j) => {
      const props = f.properties ?? {};
      const key = String(props[this.regionKey] ?? '');
      const count = counts.get(key) ?? 0;
      return {
        key: key || `#${j}`,
        name: String(props.statnaam ?? props.name ?? key),
        d: geometryPath(this.proj, f.geometry),
        count,
        shade: count ? Math.ceil((count / max) * 4) : 0,
      };
    });
  }

  private ensureLayout(): ForceLayout {
    const model = this.model!;
    let layout = layouts.get(model);
    if (!layout) {
      layout = new ForceLayout(
        model.degree.map(nodeRadius),
        model.links.map(([s, t]) => [s, t]),
      );
      layouts.set(model, layout);
      // A small network settles at once, without drawing the steps.
      if (model.partners.length <= 300) layout.finish();
    }
    this.layout = layout;
    return layout;
  }

  private fetchRegions() {
    this.regionsFetch?.abort();
    this.loadedRegions = null;
    this.regionsFailed = false;
    if (!this.regionsSrc) return;
    const controller = (this.regionsFetch = new AbortController());
    fetch(this.regionsSrc, { credentials: 'omit', signal: controller.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((json: GeoJsonFeatureCollection) => {
        if (!controller.signal.aborted) this.loadedRegions = json;
      })
      .catch(() => {
        if (!controller.signal.aborted) this.regionsFailed = true;
      });
  }

  // ---- Selection -------------------------------------------------------------------------------

  protected override selectionChanged(change: SelectionChange): void {
    if (!change.changed.includes('partner')) return;
    this.selectedId = change.partnerId;
    this.clusterList = null;
    if (change.partnerId) {
      this.focusId = change.partnerId;
      this.pendingCentre = change.partnerId;
    }
  }

  private select(i: number) {
    const partner = this.model!.partners[i]!;
    this.selectedId = partner.id;
    this.focusId = partner.id;
    this.clusterList = null;
    this.announcement = this.t('selected', partner.name);
    this.scope.selection.select({ partnerId: partner.id }, this);
    this.dispatchEvent(new PartnerSelectEvent(partner));
  }

  private deselect() {
    this.selectedId = null;
    this.clusterList = null;
    this.scope.selection.select({ partnerId: null }, this);
  }

  /** Activates a drawn item: selects a partner, or opens a cluster (zooms in, or lists it). */
  private activate(item: Item) {
    if (item.members.length === 1) return this.select(item.members[0]!);
    const pz = this.pz!;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const i of item.members) {
      x0 = Math.min(x0, this.gx[i]!);
      x1 = Math.max(x1, this.gx[i]!);
      y0 = Math.min(y0, this.gy[i]!);
      y1 = Math.max(y1, this.gy[i]!);
    }
    const { w, h } = this.size;
    const k = Math.min(
      pz.max,
      Math.max(
        pz.t.k * 2,
        Math.min((w - 2 * PAD) / (x1 - x0 || 1), (h - 2 * PAD) / (y1 - y0 || 1)),
      ),
    );
    if (k <= pz.t.k * 1.01) {
      this.clusterList = item.members;
      this.selectedId = null;
      return;
    }
    this.focusId = this.model!.partners[item.members[0]!]!.id;
    this.restoreFocus = true;
    pz.set({ k, x: w / 2 - ((x0 + x1) / 2) * k, y: h / 2 - ((y0 + y1) / 2) * k });
  }

  /** Centres a partner, zooming the map in until it stands alone. */
  private centre(id: string) {
    const i = this.model?.at.get(id);
    const pz = this.pz;
    if (i === undefined || !pz) return;
    const { w, h } = this.size;
    let x: number;
    let y: number;
    let k = pz.t.k;
    if (this.view === 'geo') {
      x = this.gx[i]!;
      y = this.gy[i]!;
      if (isNaN(x)) return;
      const located = this.model!.ranked.filter((j) => this.visible[j] && !isNaN(this.gx[j]!));
      k = Math.max(k, this.views.geo?.fitK ?? k);
      while (
        k < pz.max &&
        clusterPoints(located, this.gx, this.gy, levelOf(k)).some(
          (c) => c.members.length > 1 && c.members.includes(i),
        )
      )
        k *= Math.SQRT2;
    } else {
      const node = this.layout!.nodes[i]!;
      x = node.x!;
      y = node.y!;
      k = Math.max(k, this.views.graph?.fitK ?? k);
    }
    pz.touched = true;
    pz.set({ k, x: w / 2 - x * k, y: h / 2 - y * k });
  }

  // ---- Rendering -------------------------------------------------------------------------------

  protected override render() {
    const state = this.scope.state;
    const network = state.network;
    if (!network || !this.model) {
      return html`<div class="base" part="base">
        ${renderDataStatus(this.locale, state, this.dataProblems(), () => this.scope.network.reload())}
      </div>`;
    }
    const model = this.model;
    const geo = this.view === 'geo';
    const shown = this.visible.reduce((a, b) => a + b, 0);
    return html`<div class="base" part="base">
      ${this.renderToolbar()} ${this.renderFilters(network)}
      <p id="summary" class="visually-hidden">${this.summary(network, shown)}</p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <div class="layout">
        <div class="stage" part="map" @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
          ${this.renderSvg(network)}
          <div class="controls" part="controls">
            <button
              class="button"
              type="button"
              aria-label=${this.t('zoomIn')}
              @click=${() => this.zoomStep(1.6)}
            >
              +
            </button>
            <button
              class="button"
              type="button"
              aria-label=${this.t('zoomOut')}
              @click=${() => this.zoomStep(1 / 1.6)}
            >
              −
            </button>
            <button
              class="button"
              type="button"
              aria-label=${this.t('reset')}
              @click=${() => this.fit(true)}
            >
              <svg viewBox="0 0 20 20" aria-hidden="true">
                <path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" />
              </svg>
            </button>
          </div>
          ${this.arranging ? html`<p class="arranging">${this.t('arranging')}</p>` : nothing}
          ${
            geo && this.tileUrl && this.tileAttribution
              ? html`<p class="attribution">${this.t('attribution')} ${this.tileAttribution}</p>`
              : nothing
          }
        </div>
        <div class="side">
          ${this.renderDetail(network)} ${geo ? this.renderUnplaced(model) : nothing}
          ${geo ? this.renderShading() : this.renderRelationLegend()}
        </div>
      </div>
      <p class="help">${this.t('keys')}</p>
      ${this.tableOpen ? this.renderTable(model, shown) : nothing}
    </div>`;
  }

  private renderToolbar() {
    const views: NetworkMapView[] = ['geo', 'graph'];
    return html`<div class="toolbar" part="toolbar">
      <div role="group" aria-label=${this.t('view')} class="segmented">
        ${views.map(
          (v) =>
            html`<button
              class="button"
              type="button"
              aria-pressed=${this.view === v}
              @click=${() => this.switchView(v)}
            >
              ${this.t(`view.${v}`)}
            </button>`,
        )}
      </div>
      <button
        class="button"
        type="button"
        aria-expanded=${this.tableOpen}
        aria-controls="table"
        @click=${this.toggleTable}
      >
        ${this.t('table')}
      </button>
      <span class="export">
        <button class="button" type="button" @click=${() => this.download('svg')}>
          ${this.t('exportSvg')}
        </button>
        <button class="button" type="button" @click=${() => this.download('png')}>
          ${this.t('exportPng')}
        </button>
      </span>
      ${this.view === 'geo' && this.tileUrl ? html`<span class="help">${this.t('exportNoTiles')}</span>` : nothing}
    </div>`;
  }

  private renderFilters(network: Network) {
    const counts = new Map<PartnerKind, number>();
    for (const p of network.partners) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    return html`<div class="filters" part="filters">
      <fieldset class="kinds">
        <legend>${this.t('kinds')}</legend>
        ${PARTNER_KINDS.filter((k) => counts.has(k)).map(
          (k) =>
            html`<label class="kind">
              <input
                type="checkbox"
                .checked=${!this.hiddenKinds.has(k)}
                @change=${() => this.toggleKind(k)}
              />
              <svg class="swatch" viewBox="-1.5 -1.5 3 3" aria-hidden="true">
                <path class="k-${k}" d=${SHAPES[k]} />
              </svg>
              ${this.t(`kind.${k}`)} (${counts.get(k)})
            </label>`,
        )}
      </fieldset>
      ${
        network.themes.length
          ? html`<label class="theme">
              <span class="label">${this.t('theme')}</span>
              <select class="control" @change=${this.onTheme}>
                <option value="" ?selected=${!this.themeId}>${this.t('allThemes')}</option>
                ${network.themes.map(
                  (th) =>
                    html`<option value=${th.id} ?selected=${th.id === this.themeId}>
                      ${textOf(th.title, this.locale)}
                    </option>`,
                )}
              </select>
            </label>`
          : nothing
      }
    </div>`;
  }

  private renderSvg(network: Network) {
    const model = this.model!;
    const geo = this.view === 'geo';
    const focusItem = this.focusItem();
    const hl = this.highlight();
    const near = new Set<number>();
    if (hl !== null) {
      near.add(hl);
      for (const j of model.neighbours[hl]!) near.add(j);
    }
    const selected = this.selectedId === null ? -1 : (model.at.get(this.selectedId) ?? -1);
    const name = textOf(network.name, this.locale);
    return html`<svg
      role="group"
      aria-label=${this.t(geo ? 'mapLabel' : 'graphLabel', name)}
      aria-describedby="summary"
    >
      <g class="viewport">
        <g class="tiles" data-export-skip aria-hidden="true"></g>
        ${
          geo
            ? svg`<g class="regions ${this.shadeRegions ? 'shaded' : ''}" aria-hidden="true">${this.regionPaths.map(
                (r) => svg`<path class="region s${r.shade}" d=${r.d}></path>`,
              )}</g>`
            : nothing
        }
        <g class="edges ${hl !== null && !geo ? 'is-hl' : ''}" aria-hidden="true">
          ${geo ? nothing : RELATION_KINDS.map((k) => svg`<path class="edge e-${k}" data-kind=${k}></path>`)}
          <path class="edge hl"></path>
        </g>
        <g
          class="nodes ${hl !== null && !geo ? 'is-hl' : ''}"
          @click=${this.onNodeClick}
          @keydown=${this.onKey}
          @pointerover=${this.onHover}
          @pointerout=${this.onHover}
        >
          ${repeat(
            this.items,
            (it) => it.key,
            (it, j) => {
              const tab = j === focusItem ? 0 : -1;
              if (it.members.length > 1) {
                return svg`<g class="node cluster" data-i=${j} role="button" tabindex=${tab}
                  aria-label=${this.t('cluster', it.members.length)}
                ><circle r=${it.r}></circle><text dy=".35em">${it.members.length}</text></g>`;
              }
              const i = it.members[0]!;
              const p = model.partners[i]!;
              return svg`<path class="node k-${p.kind} ${near.has(i) ? 'near' : ''} ${i === selected ? 'selected' : ''}"
                d=${SHAPES[p.kind]} data-i=${j} role="button" tabindex=${tab}
                aria-current=${i === selected ? 'true' : 'false'}
                aria-label=${this.nodeLabel(i)}></path>`;
            },
          )}
        </g>
        <circle class="ring" r="1" aria-hidden="true" data-export-skip></circle>
        <g class="labels" aria-hidden="true">
          ${this.labels.map((l) => svg`<text class="label" data-p=${l.i} x=${l.dx} dy=".35em">${l.text}</text>`)}
        </g>
      </g>
    </svg>`;
  }

  private nodeLabel(i: number): string {
    const p = this.model!.partners[i]!;
    const parts = [p.name, this.t(`kind.${p.kind}`)];
    if (p.municipality) parts.push(p.municipality);
    parts.push(this.t('relationCount', this.model!.degree[i]!));
    return parts.join(', ');
  }

  private summary(network: Network, shown: number): string {
    const model = this.model!;
    const all = network.partners.length;
    let text = shown < all ? this.t('shown', shown, all) + ' ' : '';
    const vis = model.ranked.filter((i) => this.visible[i]);
    if (this.view === 'geo') {
      const placed = vis.filter((i) => !isNaN(this.gx[i]!)).length;
      text += this.t('summaryGeo', placed, this.items.length, vis.length - placed);
    } else {
      const rels = model.links.filter(([s, t]) => this.visible[s] && this.visible[t]).length;
      const top = vis
        .slice(0, 3)
        .filter((i) => model.degree[i])
        .map((i) => `${model.partners[i]!.name} (${model.degree[i]})`);
      text += this.t(
        'summaryGraph',
        vis.length,
        rels,
        top.length ? formatList(this.locale, top) : '',
      );
    }
    return text;
  }

  private renderDetail(network: Network) {
    const model = this.model!;
    if (this.clusterList) {
      return html`<section class="detail" part="detail" aria-labelledby="detail-title">
        <div class="detail__head">
          <h3 id="detail-title">${this.t('here', this.clusterList.length)}</h3>
          ${this.closeButton()}
        </div>
        ${this.partnerList(this.clusterList)}
      </section>`;
    }
    const i = this.selectedId === null ? undefined : model.at.get(this.selectedId);
    if (i === undefined) return nothing;
    const p = model.partners[i]!;
    const lang = this.locale;
    const web = safeHref(p.website);
    const mail = mailHref(p.email);
    const tel = telHref(p.phone);
    const themes = network.themes.filter((th) => p.themeIds.includes(th.id));
    const rels = network.relations.filter((r) => r.source === p.id || r.target === p.id);
    const row = (label: string, value: unknown) =>
      value
        ? html`<dt>${label}</dt>
            <dd>${value}</dd>`
        : nothing;
    return html`<section class="detail" part="detail" aria-labelledby="detail-title">
      <div class="detail__head">
        <h3 id="detail-title">${p.name}</h3>
        ${this.closeButton()}
      </div>
      <p class="detail__kind">
        <svg class="swatch" viewBox="-1.5 -1.5 3 3" aria-hidden="true">
          <path class="k-${p.kind}" d=${SHAPES[p.kind]} />
        </svg>
        ${this.t(`kind.${p.kind}`)}
      </p>
      ${p.description ? html`<p>${textOf(p.description, lang)}</p>` : nothing}
      <dl>
        ${row(this.t('municipality'), p.municipality)} ${row(this.t('address'), p.address)}
        ${row(
          this.t('website'),
          p.website &&
            (web
              ? html`<a href=${web} rel=${EXTERNAL_REL} target="_blank">${p.website}</a>`
              : p.website),
        )}
        ${row(this.t('email'), p.email && (mail ? html`<a href=${mail}>${p.email}</a>` : p.email))}
        ${row(this.t('phone'), p.phone && (tel ? html`<a href=${tel}>${p.phone}</a>` : p.phone))}
        ${row(
          this.t('themes'),
          themes.length &&
            formatList(
              lang,
              themes.map((th) => textOf(th.title, lang)),
            ),
        )}
      </dl>
      <h4>${this.t('relationCount', rels.length)}</h4>
      ${
        rels.length
          ? html`<ul class="relations">
              ${rels.map((r) => {
                const other = model.at.get(r.source === p.id ? r.target : r.source);
                if (other === undefined) return nothing;
                const label = textOf(r.label, lang);
                return html`<li>
                  <span class="relation-kind"
                    >${this.t(`relation.${r.kind}`)}${label ? `: ${label}` : ''}</span
                  >
                  <button
                    class="button button--link"
                    type="button"
                    @click=${() => this.selectFromList(other)}
                  >
                    ${model.partners[other]!.name}
                  </button>
                </li>`;
              })}
            </ul>`
          : html`<p>${this.t('noRelations')}</p>`
      }
    </section>`;
  }

  private closeButton() {
    return html`<button
      class="button close"
      type="button"
      aria-label=${this.t('close')}
      @click=${this.deselect}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M5 5l10 10M15 5L5 15" /></svg>
    </button>`;
  }

  private partnerList(indices: number[]) {
    const model = this.model!;
    return html`<ul class="partner-list">
      ${indices.map((i) => {
        const p = model.partners[i]!;
        return html`<li>
          <button
            class="button button--link"
            type="button"
            aria-current=${p.id === this.selectedId ? 'true' : 'false'}
            @click=${() => this.selectFromList(i)}
          >
            <svg class="swatch" viewBox="-1.5 -1.5 3 3" aria-hidden="true">
              <path class="k-${p.kind}" d=${SHAPES[p.kind]} />
            </svg>
            ${p.name}
          </button>
        </li>`;
      })}
    </ul>`;
  }

  private renderUnplaced(model: MapModel) {
    const list = model.ranked.filter((i) => this.visible[i] && isNaN(this.gx[i]!));
    if (!list.length) return nothing;
    list.sort((a, b) => model.partners[a]!.name.localeCompare(model.partners[b]!.name));
    return html`<section class="unplaced" part="unplaced" aria-labelledby="unplaced-title">
      <h3 id="unplaced-title">${this.t('unplaced', list.length)}</h3>
      ${this.partnerList(list)}
    </section>`;
  }

  private renderShading() {
    const warn = this.regionsFailed
      ? html`<p class="notice notice--warning">${this.t('regionsError')}</p>`
      : nothing;
    if (!this.shadeRegions || !this.regionPaths.length) return warn;
    const max = Math.max(...this.regionPaths.map((r) => r.count));
    return html`${warn}
      <div class="shading" aria-hidden="true">
        <p class="label">${this.t('regions')}</p>
        <p class="steps">
          ${[1, 2, 3, 4].map((s) => {
            const lo = Math.floor(((s - 1) / 4) * max) + 1;
            const hi = Math.floor((s / 4) * max);
            return lo > hi
              ? nothing
              : html`<span><i class="s${s}"></i>${lo === hi ? lo : `${lo}–${hi}`}</span>`;
          })}
        </p>
      </div>`;
  }

  private renderRelationLegend() {
    const used = new Set(this.model!.links.map((l) => l[2]));
    return html`<div class="relation-legend">
      <p class="label">${this.t('relations')}</p>
      <ul>
        ${RELATION_KINDS.filter((k) => used.has(k)).map(
          (k) =>
            html`<li>
              <svg viewBox="0 0 36 10" aria-hidden="true">
                <path class="edge e-${k}" d="M2 5H34" />
              </svg>
              ${this.t(`relation.${k}`)}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderTable(model: MapModel, shown: number) {
    const lang = this.locale;
    const rows = model.ranked
      .filter((i) => this.visible[i])
      .sort((a, b) => model.partners[a]!.name.localeCompare(model.partners[b]!.name));
    const regions = this.regionPaths.filter((r) => r.key[0] !== '#');
    return html`<div id="table" class="table" part="table">
      <table>
        <caption>
          ${this.t('tableCaption', shown, model.partners.length)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('partner')}</th>
            <th scope="col">${this.t('kind')}</th>
            <th scope="col">${this.t('municipality')}</th>
            <th scope="col">${this.t('relationsColumn')}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows.slice(0, this.tableLimit),
            (i) => i,
            (i) => {
              const p = model.partners[i]!;
              const rels = model.neighbours[i]!.map((j) => model.partners[j]!.name);
              return html`<tr>
                <th scope="row">
                  <button
                    class="button button--link"
                    type="button"
                    aria-current=${p.id === this.selectedId ? 'true' : 'false'}
                    @click=${() => this.selectFromList(i)}
                  >
                    ${p.name}
                  </button>
                </th>
                <td>${this.t(`kind.${p.kind}`)}</td>
                <td>${p.municipality ?? ''}</td>
                <td>
                  ${this.t('relationCount', rels.length)}${rels.length ? `: ${rels.join(', ')}` : ''}
                </td>
              </tr>`;
            },
          )}
        </tbody>
      </table>
      ${
        regions.length
          ? html`<table>
              <caption>
                ${this.t('regions')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${this.t('region')}</th>
                  <th scope="col">${this.t('count')}</th>
                </tr>
              </thead>
              <tbody>
                ${regions.map(
                  (r) =>
                    html`<tr>
                      <th scope="row">${r.name}</th>
                      <td>${formatNumber(lang, r.count)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
    </div>`;
  }

  // ---- After render: attach pan/zoom, draw geometry ------------------------------------------

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const svgEl = this.renderRoot.querySelector('svg[role="group"]') as SVGSVGElement | null;
    if (svgEl !== this.svgEl) this.attach(svgEl);
    if (!svgEl || !this.model) return;
    if (!this.views[this.view]) {
      this.fit(false);
      this.settleView();
    }
    if (this.view === 'graph') this.runLayout();
    if (this.pendingCentre && (this.view === 'geo' || this.layout?.done)) {
      this.centre(this.pendingCentre);
      this.pendingCentre = null;
    }
    this.dirty.nodes = true;
    this.dirty.edges = true;
    this.paint();
    if (this.restoreFocus) {
      this.restoreFocus = false;
      const el = this.itemElement(this.focusItem());
      if (el && this.shadowRoot!.activeElement !== el) el.focus({ preventScroll: true });
    }
    if (this.tableOpen && this.tableLimit < this.model.partners.length) {
      // The table grows in steps, so opening it for thousands of partners never blocks the page.
      requestAnimationFrame(() => (this.tableLimit += 400));
    }
  }

  private attach(svgEl: SVGSVGElement | null) {
    this.resize?.disconnect();
    this.svgEl = svgEl;
    this.pz = null;
    this.tiles.clear();
    if (!svgEl) return;
    const pz = new PanZoom(svgEl, (reason) => {
      // A late wheel timer of a view that is gone does nothing.
      if (this.pz === pz) this.viewChanged(reason);
    });
    this.pz = pz;
    const saved = this.views[this.view];
    if (saved) {
      this.pz.t = saved.t;
      this.pz.touched = saved.touched;
    }
    this.resize = new ResizeObserver(() => {
      const r = svgEl.getBoundingClientRect();
      if (!r.width || !r.height) return;
      if (Math.abs(r.width - this.size.w) < 1 && Math.abs(r.height - this.size.h) < 1) return;
      const pz = this.pz;
      // The centre of the view stays where it is.
      if (pz?.touched)
        pz.set({
          ...pz.t,
          x: pz.t.x + (r.width - this.size.w) / 2,
          y: pz.t.y + (r.height - this.size.h) / 2,
        });
      else this.views[this.view] = null;
      this.size = { w: r.width, h: r.height };
    });
    this.resize.observe(svgEl);
  }

  /** Fits the view to the data; `user` when asked for with the reset button or key. */
  private fit(user: boolean) {
    const pz = this.pz;
    if (!pz || !this.model) return;
    const geo = this.view === 'geo';
    let [x0, y0, x1, y1] = this.worldBounds;
    if (!geo) {
      [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const { x, y } of this.ensureLayout().nodes) {
        x0 = Math.min(x0, x!);
        x1 = Math.max(x1, x!);
        y0 = Math.min(y0, y!);
        y1 = Math.max(y1, y!);
      }
      if (x0 === Infinity) [x0, y0, x1, y1] = [0, 0, 1, 1];
    }
    const { w, h } = this.size;
    const pad = PAD + (geo ? GEO_MARKER : 20);
    const k = Math.min(
      (w - 2 * pad) / (x1 - x0 || 1),
      (h - 2 * pad) / (y1 - y0 || 1),
      geo ? 64 : 4,
    );
    pz.min = k / 2;
    pz.max = geo ? Math.max(k * 4, (256 * 2 ** this.tileMaxZoom) / this.proj.scale) : k * 24;
    pz.touched = false;
    this.views[this.view] = { t: pz.t, touched: false, fitK: k };
    pz.set(
      { k, x: w / 2 - ((x0 + x1) / 2) * k, y: h / 2 - ((y0 + y1) / 2) * k },
      user ? 'end' : 'move',
    );
  }

  private viewChanged(reason: PanZoomReason) {
    const pz = this.pz!;
    const saved = this.views[this.view];
    if (saved) {
      saved.t = pz.t;
      saved.touched = pz.touched;
    }
    if (reason === 'end') this.settleView();
    this.schedulePaint();
  }

  /** After a gesture: clusters for the new zoom level, labels that fit. */
  private settleView() {
    const k = this.pz!.t.k;
    if (this.view === 'geo') this.level = levelOf(k);
    this.derive();
    this.placeLabels();
  }

  private runLayout() {
    const layout = this.layout!;
    if (layout.done) {
      this.arranging = false;
      return;
    }
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.arranging = true;
    layout.onTick = (done) => {
      if (!this.isConnected || this.view !== 'graph') return layout.stop();
      if (done || !reduce) {
        for (const it of this.items) {
          const node = layout.nodes[it.members[0]!]!;
          it.x = node.x!;
          it.y = node.y!;
        }
        if (!this.pz?.touched) this.fit(false);
        this.dirty = { nodes: true, edges: true };
        this.paint();
      }
      if (done) {
        this.arranging = false;
        this.placeLabels();
        if (this.pendingCentre) this.requestUpdate();
      }
    };
    layout.start();
  }

  private schedulePaint() {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint());
  }

  /** Writes geometry straight into the SVG: positions, the view transform, edges, tiles. */
  private paint() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const svgEl = this.svgEl;
    const pz = this.pz;
    if (!svgEl || !pz || !this.model) return;
    const { x, y, k } = pz.t;
    const root = svgEl.firstElementChild as SVGGElement;
    root.setAttribute('transform', `translate(${x} ${y}) scale(${k})`);
    const geo = this.view === 'geo';
    const fitK = this.views[this.view]?.fitK ?? k;
    // Markers keep their size on screen; graph nodes grow a little when zoomed in.
    const s = geo ? 1 / k : Math.min(3, Math.max(0.6, Math.sqrt(k / fitK))) / k;
    if (this.dirty.nodes || k !== this.paintedK) {
      this.paintedK = k;
      this.dirty.nodes = false;
      const nodes = root.querySelector('.nodes')!.children;
      for (const el of nodes) {
        const it = this.items[Number((el as SVGElement).dataset.i)];
        if (!it) continue;
        const scale = it.members.length > 1 ? s : it.r * s;
        el.setAttribute('transform', `translate(${round(it.x)} ${round(it.y)}) scale(${scale})`);
      }
      for (const el of root.querySelectorAll<SVGTextElement>('.label')) {
        const it = this.items[this.itemOf[Number(el.dataset.p)]!];
        if (it)
          el.setAttribute('transform', `translate(${round(it.x)} ${round(it.y)}) scale(${1 / k})`);
      }
      this.paintRing(root, s, k);
    }
    if (this.dirty.edges) {
      this.dirty.edges = false;
      this.paintEdges(root);
    }
    if (geo && this.tileUrl) this.paintTiles(root.querySelector('.tiles')!);
  }

  private paintRing(root: SVGGElement, s: number, k: number) {
    const ring = root.querySelector('.ring')!;
    const el = this.shadowRoot!.activeElement as SVGElement | null;
    const it = el?.closest?.('.nodes') ? this.items[Number(el.dataset.i)] : undefined;
    ring.classList.toggle('on', !!it);
    if (!it) return;
    const r = (it.members.length > 1 ? it.r / k : it.r * s) + 5 / k;
    ring.setAttribute('transform', `translate(${round(it.x)} ${round(it.y)}) scale(${r})`);
  }

  private paintEdges(root: SVGGElement) {
    const model = this.model!;
    const geo = this.view === 'geo';
    const d: Record<string, string> = { hl: '' };
    const hl = this.highlight();
    for (const [s, t, kind] of model.links) {
      const a = this.items[this.itemOf[s]!];
      const b = this.items[this.itemOf[t]!];
      if (!a || !b || a === b) continue;
      const seg = `M${round(a.x)} ${round(a.y)}L${round(b.x)} ${round(b.y)}`;
      if (hl === s || hl === t) d.hl += seg;
      if (!geo) d[kind] = (d[kind] ?? '') + seg;
    }
    for (const el of root.querySelectorAll<SVGPathElement>('.edge'))
      el.setAttribute('d', d[el.dataset.kind ?? 'hl'] ?? '');
  }

  private paintTiles(layer: SVGGElement) {
    const template = this.tileUrl!;
    const want = new Set<string>();
    for (const tile of tilesInView(
      this.proj,
      this.pz!.t,
      this.size.w,
      this.size.h,
      this.tileMaxZoom,
    )) {
      const url = tileHref(template, tile.z, tile.x, tile.y);
      if (!url) return;
      want.add(url);
      if (this.tiles.has(url)) continue;
      const img = document.createElementNS('http://www.w3.org/2000/svg', 'image');
      img.setAttribute('x', String(tile.left));
      img.setAttribute('y', String(tile.top));
      img.setAttribute('width', String(tile.size * 1.002));
      img.setAttribute('height', String(tile.size * 1.002));
      img.setAttribute('preserveAspectRatio', 'none');
      img.addEventListener('error', () => img.setAttribute('visibility', 'hidden'));
      img.setAttribute('href', url);
      layer.append(img);
      this.tiles.set(url, img);
    }
    for (const [url, img] of this.tiles) {
      if (want.has(url)) continue;
      img.remove();
      this.tiles.delete(url);
    }
  }

  /** Labels for the most connected partners (and the selected and focused one) that fit without overlap. */
  private placeLabels() {
    const model = this.model;
    const pz = this.pz;
    if (!model || !pz || !this.svgEl) return;
    const { x: tx, y: ty, k } = pz.t;
    const { w, h } = this.size;
    const geo = this.view === 'geo';
    const fitK = this.views[this.view]?.fitK ?? k;
    const f = geo ? 1 : Math.min(3, Math.max(0.6, Math.sqrt(k / fitK)));
    this.measure ??= document.createElement('canvas').getContext('2d');
    const ctx = this.measure;
    if (ctx) ctx.font = `600 12px ${getComputedStyle(this.svgEl).fontFamily}`;
    const boxes: number[][] = [];
    const labels: typeof this.labels = [];
    // Markers are obstacles too: a label never covers one.
    const marks: number[][] = [];
    for (const it of this.items) {
      const r = (it.members.length > 1 ? it.r : it.r * f) + 1;
      const sx = it.x * k + tx;
      const sy = it.y * k + ty;
      if (sx > -r && sx < w + r && sy > -r && sy < h + r)
        marks.push([sx - r, sy - r, sx + r, sy + r]);
    }
    const hit = (a: number[], b: number[]) =>
      b[0]! < a[2]! && a[0]! < b[2]! && b[1]! < a[3]! && a[1]! < b[3]!;
    const first = [this.selectedId, this.focusId].map((id) => (id ? model.at.get(id) : undefined));
    const candidates = [
      ...first.filter((i): i is number => i !== undefined),
      ...model.ranked.slice(0, 300),
    ];
    for (const i of candidates) {
      if (labels.length >= 40) break;
      const it = this.items[this.itemOf[i]!];
      if (!it || it.members.length > 1 || labels.some((l) => l.i === i)) continue;
      const r = it.r * f;
      const sx = it.x * k + tx;
      const sy = it.y * k + ty;
      const p = model.partners[i]!;
      const text = p.name.length > 32 ? `${p.name.slice(0, 30)}…` : p.name;
      const tw = ctx ? ctx.measureText(text).width : text.length * 7;
      const box = [sx + r + 2, sy - 9, sx + r + 6 + tw, sy + 9];
      if (box[0]! < 0 || box[2]! > w || box[1]! < 0 || box[3]! > h) continue;
      if (boxes.some((b) => hit(b, box)) || marks.some((b) => hit(b, box))) continue;
      boxes.push(box);
      labels.push({ i, dx: round(r + 4), text });
    }
    this.labels = labels;
  }

  // ---- Interaction -----------------------------------------------------------------------------

  private focusItem(): number {
    const i = this.focusId === null ? undefined : this.model?.at.get(this.focusId);
    const j = i === undefined ? -1 : this.itemOf[i]!;
    return j >= 0 ? j : 0;
  }

  private itemElement(j: number): SVGElement | null {
    return this.renderRoot.querySelector(`.nodes > [data-i="${j}"]`);
  }

  /** The partner whose neighbours are highlighted: hovered, else focused, else selected (map only). */
  private highlight(): number | null {
    const model = this.model!;
    const el = this.shadowRoot?.activeElement as SVGElement | null;
    const focused = el?.closest?.('.nodes') ? this.items[Number(el.dataset.i)] : undefined;
    const id =
      this.hoverId ??
      (focused?.members.length === 1 ? model.partners[focused.members[0]!]!.id : null) ??
      (this.view === 'geo' ? this.selectedId : null);
    return id === null ? null : (model.at.get(id) ?? null);
  }

  private itemFromEvent(e: Event): Item | undefined {
    const el = (e.target as Element).closest?.('[data-i]') as SVGElement | null;
    return el ? this.items[Number(el.dataset.i)] : undefined;
  }

  private readonly onNodeClick = (e: MouseEvent) => {
    const it = this.itemFromEvent(e);
    if (it) this.activate(it);
  };

  private readonly onHover = (e: PointerEvent) => {
    const it = e.type === 'pointerover' ? this.itemFromEvent(e) : undefined;
    const id = it?.members.length === 1 ? this.model!.partners[it.members[0]!]!.id : null;
    if (id !== this.hoverId) this.hoverId = id;
  };

  private readonly onFocusIn = (e: FocusEvent) => {
    const it = this.itemFromEvent(e);
    if (!it) return;
    this.focusId = this.model!.partners[it.members[0]!]!.id;
    this.requestUpdate();
  };

  private readonly onFocusOut = () => this.requestUpdate();

  private readonly onKey = (e: KeyboardEvent) => {
    const pz = this.pz;
    if (!pz || e.altKey || e.ctrlKey || e.metaKey) return;
    const j = this.focusItem();
    const it = this.items[j];
    const { w, h } = this.size;
    const cx = it ? it.x * pz.t.k + pz.t.x : w / 2;
    const cy = it ? it.y * pz.t.k + pz.t.y : h / 2;
    const dirs: Record<string, [number, number]> = {
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
    };
    const dir = dirs[e.key];
    if (dir && e.shiftKey) {
      pz.touched = true;
      pz.panBy(-dir[0] * 80, -dir[1] * 80);
    } else if (dir) {
      this.moveFocus(j, dir);
    } else if (e.key === '+' || e.key === '=') {
      pz.touched = true;
      pz.zoomBy(1.6, cx, cy);
    } else if (e.key === '-' || e.key === '_') {
      pz.touched = true;
      pz.zoomBy(1 / 1.6, cx, cy);
    } else if (e.key === '0') {
      this.fit(true);
    } else if (e.key === 'Home' || e.key === 'End') {
      this.focusOn(e.key === 'Home' ? 0 : this.items.length - 1);
    } else if ((e.key === 'Enter' || e.key === ' ') && it) {
      this.activate(it);
    } else if (e.key === 'Escape' && (this.selectedId || this.clusterList)) {
      this.deselect();
    } else return;
    e.preventDefault();
  };

  /** Moves focus to the item in a direction: a neighbour if there is one that way, else the nearest. */
  private moveFocus(from: number, [dx, dy]: [number, number]) {
    const it = this.items[from];
    if (!it) return;
    const model = this.model!;
    const best = (pool: Iterable<number>) => {
      let found = -1;
      let score = Infinity;
      for (const j of pool) {
        const other = this.items[j];
        if (!other || j === from) continue;
        const vx = other.x - it.x;
        const vy = other.y - it.y;
        const along = vx * dx + vy * dy;
        if (along <= 0) continue;
        const across = Math.abs(vx * dy - vy * dx);
        if (across > along * 2) continue;
        const sc = along + 2 * across;
        if (sc < score) [found, score] = [j, sc];
      }
      return found;
    };
    const neighbours = new Set<number>();
    for (const i of it.members)
      for (const n of model.neighbours[i]!) neighbours.add(this.itemOf[n]!);
    let next = best(neighbours);
    if (next < 0) next = best(this.items.keys());
    if (next >= 0) this.focusOn(next);
  }

  private async focusOn(j: number) {
    const it = this.items[j];
    const pz = this.pz;
    if (!it || !pz) return;
    this.focusId = this.model!.partners[it.members[0]!]!.id;
    // Bring it into view.
    const sx = it.x * pz.t.k + pz.t.x;
    const sy = it.y * pz.t.k + pz.t.y;
    const { w, h } = this.size;
    const m = 40;
    if (sx < m || sx > w - m || sy < m || sy > h - m) {
      pz.touched = true;
      pz.set({ ...pz.t, x: pz.t.x + w / 2 - sx, y: pz.t.y + h / 2 - sy });
    }
    await this.updateComplete;
    this.itemElement(this.focusItem())?.focus({ preventScroll: true });
  }

  private zoomStep(factor: number) {
    const pz = this.pz;
    if (!pz) return;
    pz.touched = true;
    pz.zoomBy(factor, this.size.w / 2, this.size.h / 2);
  }

  private switchView(view: NetworkMapView) {
    if (view === this.view) return;
    this.layout?.stop();
    this.view = view;
    this.labels = [];
    const saved = this.views[view];
    if (this.pz && saved) {
      this.pz.t = saved.t;
      this.pz.touched = saved.touched;
    }
    this.hoverId = null;
    void this.updateComplete.then(() => this.settleView());
  }

  private toggleKind(kind: PartnerKind) {
    const next = new Set(this.hiddenKinds);
    if (!next.delete(kind)) next.add(kind);
    this.hiddenKinds = next;
    this.filtersChanged();
  }

  private readonly onTheme = (e: Event) => {
    this.themeId = (e.target as HTMLSelectElement).value;
    this.filtersChanged();
  };

  private async filtersChanged() {
    await this.updateComplete;
    const shown = this.visible.reduce((a, b) => a + b, 0);
    this.announcement = this.t('shown', shown, this.model?.partners.length ?? 0);
    this.placeLabels();
  }

  private readonly toggleTable = () => {
    this.tableOpen = !this.tableOpen;
    this.tableLimit = 400;
  };

  private selectFromList(i: number) {
    this.select(i);
    this.pendingCentre = this.model!.partners[i]!.id;
  }

  private async download(kind: 'svg' | 'png') {
    const network = this.scope.state.network;
    const name = `${network?.id ?? 'network'}-${this.view}.${kind}`;
    if (kind === 'svg') downloadFile(name, this.toSvg(), 'image/svg+xml');
    else downloadFile(name, await this.toPng());
  }
}

/** The tile URL for z/x/y, or null when the template is not an http(s) URL. */
function tileHref(template: string, z: number, x: number, y: number): string | null {
  try {
    const url = new URL(
      template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)),
      document.baseURI,
    );
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
