import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  EXTERNAL_REL,
  PARTNER_KINDS,
  RnswdElement,
  baseStyles,
  downloadFile,
  formatList,
  formatNumber,
  indexNetwork,
  mailHref,
  renderDataStatus,
  safeHref,
  telHref,
  textOf,
  toCsv,
  translate,
  type Network,
  type Partner,
  type PartnerKind,
  type SelectionChange,
} from '@rnswd/core';
import { PartnerSelectEvent } from './events.js';
import { PARTNER_DIRECTORY_MESSAGES } from './messages.js';
import { directoryStyles } from './partner-directory.styles.js';
import type {
  PartnerDirectoryFacet,
  PartnerDirectoryLayout,
  PartnerDirectoryQuery,
  PartnerDirectorySort,
} from './partner-directory.types.js';
import { plain, queryTerms, searchIndex } from './search.js';
import { readUrl, writeUrl } from './url-state.js';

type Messages = typeof PARTNER_DIRECTORY_MESSAGES.nl;
type Facet = PartnerDirectoryFacet;

const FACETS: Facet[] = ['kind', 'municipality', 'theme'];
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 3;
/** The CSV columns, in order. */
const COLUMNS = [
  'id',
  'name',
  'kind',
  'municipality',
  'municipalityCode',
  'address',
  'website',
  'email',
  'phone',
  'themes',
] as const;

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
/** A sort key: plain text with numbers padded ("team 2" before "team 10"); much faster than a collator. */
const sortKey = (name: string) => plain(name).replace(/\d+/g, (d) => d.padStart(9, '0'));

/** What the directory works from, prepared once per network. */
interface Model {
  partners: Partner[];
  /** Partner indices by name, and by municipality then name. */
  byName: number[];
  byPlace: number[];
  /** Partner index by id. */
  at: Map<string, number>;
  /** Position of each partner by name, and by municipality then name. */
  nameRank: Int32Array;
  placeRank: Int32Array;
  /** The values of each facet (kinds that occur, municipalities by name, theme ids)… */
  options: Record<Facet, string[]>;
  /** …and each partner's values, as positions in those lists. */
  values: Record<Facet, number[][]>;
}

const models = new WeakMap<Network, Model>();

function modelOf(network: Network): Model {
  let m = models.get(network);
  if (m) return m;
  const partners = network.partners;
  const keys = partners.map((p) => sortKey(p.name));
  const byName = partners
    .map((_, i) => i)
    .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  const rank = (order: number[]) => {
    const r = new Int32Array(partners.length);
    order.forEach((i, k) => (r[i] = k));
    return r;
  };
  const nameRank = rank(byName);
  const places = [...new Set(partners.map((p) => p.municipality ?? '').filter(Boolean))].sort(
    collator.compare,
  );
  const options = {
    kind: PARTNER_KINDS.filter((k) => partners.some((p) => p.kind === k)) as string[],
    municipality: places,
    theme: network.themes.map((t) => t.id),
  };
  const code = (list: string[]) => {
    const at = new Map(list.map((v, k) => [v, k]));
    return (values: Array<string | undefined>) =>
      values.map((v) => at.get(v!)).filter((k): k is number => k !== undefined);
  };
  const [kind, municipality, theme] = FACETS.map((f) => code(options[f]));
  const values = {
    kind: partners.map((p) => kind!([p.kind])),
    municipality: partners.map((p) => municipality!([p.municipality])),
    theme: partners.map((p) => theme!(p.themeIds)),
  };
  const place = (i: number) => values.municipality[i]![0] ?? places.length;
  const byPlace = [...byName].sort((a, b) => place(a) - place(b) || nameRank[a]! - nameRank[b]!);
  m = {
    partners,
    byName,
    byPlace,
    at: new Map(partners.map((p, i) => [p.id, i])),
    nameRank,
    placeRank: rank(byPlace),
    options,
    values,
  };
  models.set(network, m);
  return m;
}

const emptyFilters = (): Record<Facet, Set<string>> => ({
  kind: new Set(),
  municipality: new Set(),
  theme: new Set(),
});

/**
 * A searchable directory of the network's partners: search as you type (accent-insensitive, prefix
 * matches, small typos forgiven, ranked by relevance), filters by kind, municipality and theme with live
 * counts, a list or cards, a detail panel, CSV export, and the query in the URL. Shows 10,000 partners
 * without delay: the search index is built in slices and only the visible entries are rendered.
 *
 * @summary Find any partner of the network: search, filters, list or cards, details.
 * @tag rnswd-partner-directory
 *
 * @fires rnswd-partner-select - The user opened a partner. Detail: `{ partner }`.
 * @fires rnswd-data-error - The network data could not be loaded or is not valid. Detail: `{ problems }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart search - The search field.
 * @csspart filters - The filters (kind, municipality, theme).
 * @csspart results - The scrolling area with the entries.
 * @csspart entry - One entry (a list row or a card).
 * @csspart detail - The panel about the opened partner.
 * @csspart error - The message shown when the data cannot be used.
 * @csspart loading - The loading message.
 *
 * @cssprop [--rnswd-partner-directory-height=36rem] - Maximum height of the results area (it scrolls).
 * @cssprop [--rnswd-partner-directory-row-height=4.75em] - Height of a row in the list layout.
 * @cssprop [--rnswd-partner-directory-card-height=9.5em] - Height of a card in the cards layout.
 * @cssprop [--rnswd-partner-directory-card-min-width=15em] - Narrowest card; as many columns as fit.
 * @cssprop [--rnswd-partner-directory-selected-color=var(--rnswd-accent-color)] - Marker of the opened partner.
 */
export class RnswdPartnerDirectory extends RnswdElement {
  static override styles = [baseStyles, directoryStyles];

  /** `list`: one partner per row; `cards`: cards in as many columns as fit. Reflected. */
  @property({ reflect: true })
  layout: PartnerDirectoryLayout = 'list';

  /**
   * Keep the query, filters and sort in the URL hash (`#rnswd-dir=…`), restore them on load, and follow
   * the back and forward buttons. Other parts of the hash, separated by `&`, are left alone. Use it on
   * one directory per page.
   */
  @property({ type: Boolean, attribute: 'sync-url' })
  syncUrl = false;

  /** Placeholder of the search field (an example query, say); none by default. */
  @property()
  placeholder?: string;

  @state() private query = '';
  @state() private sort: PartnerDirectorySort = 'relevance';
  @state() private filters = emptyFilters();
  /** The partner whose details are shown. */
  @state() private openId: string | null = null;
  /** The entry in the tab order. */
  @state() private focusId: string | null = null;
  /** Facets opened or closed by the user (otherwise: open when wide). */
  @state() private expanded: Partial<Record<Facet, boolean>> = {};
  /** What the live region says. */
  @state() private said = '';
  @state() private top = 0;
  @state() private box = { w: 0, h: 0, pitch: 0, min: 0, wide: true };

  private m: Model | null = null;
  private results: number[] = [];
  /** How many partners the query matches, before the filters. */
  private matched = 0;
  /** How many results each facet value would have (by position in the model's options). */
  private counts: Record<Facet, Int32Array> = {
    kind: new Int32Array(),
    municipality: new Int32Array(),
    theme: new Int32Array(),
  };
  private inputs: unknown[] = [];
  private searched: [string, number[]] | null = null;
  private ro: ResizeObserver | null = null;
  private observed: Element[] = [];
  private sayTimer = 0;
  /** Typing since the last committed change (the URL entry is replaced, not added). */
  private typing = false;
  private reveal: string | null = null;
  private focusDetail = false;
  /** Position of the focused entry before the results changed; -1 when focus was elsewhere. */
  private refocus = -1;

  private t<K extends keyof Messages>(
    key: K,
    ...args: Messages[K] extends (...a: infer A) => string ? A : []
  ): string {
    return translate(PARTNER_DIRECTORY_MESSAGES, this.locale, key, ...args);
  }

  /**
   * The current results as CSV (UTF-8 with a byte order mark): columns `id`, `name`, `kind` (in the
   * element's language), `municipality`, `municipalityCode`, `address`, `website`, `email`, `phone`,
   * `themes` (titles, separated by `; `).
   */
  toCsv(): string {
    const network = this.scope.state.network;
    if (!network || !this.m) return toCsv([...COLUMNS], []);
    const titles = new Map(network.themes.map((th) => [th.id, textOf(th.title, this.locale)]));
    return toCsv(
      [...COLUMNS],
      this.results.map((i) => {
        const p = this.m!.partners[i]!;
        return COLUMNS.map((c) =>
          c === 'kind'
            ? this.t(`kind.${p.kind}`)
            : c === 'themes'
              ? p.themeIds.map((id) => titles.get(id)).join('; ')
              : p[c],
        );
      }),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.fromUrl);
    addEventListener('hashchange', this.fromUrl);
    if (this.syncUrl) this.fromUrl();
    for (const el of this.observed) this.ro?.observe(el);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.fromUrl);
    removeEventListener('hashchange', this.fromUrl);
    this.ro?.disconnect();
    clearTimeout(this.sayTimer);
  }

  // ---- State: query, filters, URL -------------------------------------------------------------

  private get current(): PartnerDirectoryQuery {
    const f = this.filters;
    return {
      q: this.query,
      sort: this.sort,
      filters: { kind: [...f.kind], municipality: [...f.municipality], theme: [...f.theme] },
    };
  }

  private readonly fromUrl = () => {
    if (!this.syncUrl) return;
    const s = readUrl();
    if (JSON.stringify(s ?? '') === JSON.stringify(this.hasUpdated ? this.current : '')) return;
    this.query = s?.q ?? '';
    this.sort = s?.sort ?? 'relevance';
    this.filters = s
      ? {
          kind: new Set(s.filters.kind),
          municipality: new Set(s.filters.municipality),
          theme: new Set(s.filters.theme),
        }
      : emptyFilters();
    this.typing = false;
    if (this.hasUpdated) this.saySoon();
  };

  /** A committed change (a filter, the sort, reset, the end of typing): a new history entry. */
  private commit() {
    this.typing = false;
    if (this.syncUrl) writeUrl(this.current, true);
    this.saySoon();
  }

  private readonly onInput = (e: Event) => {
    this.query = (e.target as HTMLInputElement).value;
    this.toTop();
    this.saySoon();
    // The first keystroke adds a history entry; the next ones replace it.
    if (this.syncUrl) writeUrl(this.current, !this.typing);
    this.typing = true;
  };

  /** The end of typing (Enter, leaving the field): the next keystroke starts a new history entry. */
  private readonly onSearchChange = () => {
    this.typing = false;
  };

  /** New results are shown from the top. */
  private toTop() {
    // Only when scrolled: setting scrollTop makes the browser lay out the page at once.
    const scroller = this.shadowRoot!.querySelector('.scroller');
    if (scroller && this.top) scroller.scrollTop = 0;
    this.top = 0;
  }

  private toggle(facet: Facet, value: string) {
    const set = new Set(this.filters[facet]);
    if (!set.delete(value)) set.add(value);
    this.filters = { ...this.filters, [facet]: set };
    this.toTop();
    this.commit();
  }

  private readonly onSort = (e: Event) => {
    this.sort = (e.target as HTMLSelectElement).value as PartnerDirectorySort;
    this.commit();
  };

  private readonly reset = async () => {
    this.query = '';
    this.sort = 'relevance';
    this.filters = emptyFilters();
    this.toTop();
    this.commit();
    await this.updateComplete;
    this.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  };

  /** Announces the number of results once the user pauses. */
  private saySoon() {
    clearTimeout(this.sayTimer);
    this.sayTimer = window.setTimeout(() => {
      this.said = this.t('found', this.results.length);
    }, 700);
  }

  // ---- Results --------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl && this.hasUpdated) this.fromUrl();
    const network = this.scope.state.network;
    if (!network) return void (this.m = null);
    const m = modelOf(network);
    if (m !== this.m) {
      this.m = m;
      this.searched = null;
      const index = searchIndex(network);
      if (!index.ready) index.done.then(() => this.requestUpdate());
      // A partner selected before the data came (a provider's selected-partner).
      const id = this.scope.selection.partnerId;
      if (id && !this.openId) this.openId = this.reveal = id;
    }
    const index = searchIndex(network);
    const inputs = [m, index.ready && queryTerms(this.query), this.sort, this.filters];
    if (inputs.every((v, i) => v === this.inputs[i])) return;
    this.inputs = inputs;
    // Where the focused entry was, in case the new results leave it out.
    const active = this.shadowRoot?.activeElement as HTMLElement | null;
    this.refocus = -1;
    if (active?.dataset.p !== undefined) {
      this.focusId = this.focused();
      this.refocus = this.positionOf(this.focusId);
    }
    this.derive(network);
  }

  /** The results: searched, sorted, filtered; and the count of each facet value. */
  private derive(network: Network) {
    const m = this.m!;
    const index = searchIndex(network);
    const q = index.ready ? queryTerms(this.query) : '';
    const sort = this.effectiveSort();
    let list = sort === 'municipality' ? m.byPlace : m.byName;
    if (q) {
      if (this.searched?.[0] !== q) this.searched = [q, index.search(q)];
      list = this.searched[1];
      const rank = sort === 'name' ? m.nameRank : m.placeRank;
      if (sort !== 'relevance') list = [...list].sort((a, b) => rank[a]! - rank[b]!);
    }
    // A facet's counts are those of the results of the query and the other facets. Values are
    // positions in the model's options, so the loop over 10,000 partners stays cheap.
    const chosen = FACETS.map((f) => m.options[f].map((v) => this.filters[f].has(v)));
    const active = FACETS.map((_, k) => k).filter((k) => chosen[k]!.includes(true));
    const counts = FACETS.map((f) => new Int32Array(m.options[f].length));
    const values = FACETS.map((f) => m.values[f]);
    const add = (k: number, i: number) => {
      for (const v of values[k]![i]!) counts[k]![v]!++;
    };
    const results: number[] = [];
    for (const i of list) {
      let failed = -1;
      let fails = 0;
      for (const k of active) {
        const ok = chosen[k]!;
        if (!values[k]![i]!.some((v) => ok[v])) {
          failed = k;
          fails++;
        }
      }
      if (!fails) {
        results.push(i);
        add(0, i);
        add(1, i);
        add(2, i);
      } else if (fails === 1) add(failed, i);
    }
    this.results = results;
    this.matched = list.length;
    this.counts = { kind: counts[0]!, municipality: counts[1]!, theme: counts[2]! };
  }

  private effectiveSort(): PartnerDirectorySort {
    return !queryTerms(this.query) && this.sort === 'relevance' ? 'name' : this.sort;
  }

  // ---- Selection ------------------------------------------------------------------------------

  protected override selectionChanged(change: SelectionChange): void {
    if (!change.changed.includes('partner')) return;
    this.openId = this.reveal = change.partnerId;
  }

  /** Opens a partner: its details, the shared selection, the event. */
  private open(i: number) {
    const partner = this.m!.partners[i]!;
    this.openId = this.focusId = partner.id;
    this.focusDetail = true;
    this.scope.selection.select({ partnerId: partner.id }, this);
    this.dispatchEvent(new PartnerSelectEvent(partner));
  }

  /** Closes the details, clears the selection, and returns focus to the entry. */
  private readonly close = async () => {
    const id = this.openId;
    this.openId = null;
    this.scope.selection.select({ partnerId: null }, this);
    await this.focusOn(this.positionOf(id));
  };

  /**
   * The entry in the tab order: the one that has focus (also when the browser sent no focus event, as in
   * a window without focus), else the last one that had it.
   */
  private focused(): string | null {
    const p = (this.shadowRoot?.activeElement as HTMLElement | null)?.dataset.p;
    return (p !== undefined && this.m?.partners[Number(p)]?.id) || this.focusId;
  }

  private positionOf(id: string | null): number {
    const i = id ? this.m?.at.get(id) : undefined;
    return i === undefined ? -1 : this.results.indexOf(i);
  }

  // ---- The list: windowing and keys -----------------------------------------------------------

  private cols(): number {
    const { w, min } = this.box;
    return this.layout === 'cards' && min ? Math.max(1, Math.floor(w / min)) : 1;
  }

  /** Row height in pixels (an estimate until measured). */
  private pitch(): number {
    return this.box.pitch || (this.layout === 'cards' ? 160 : 76);
  }

  /** Scrolls the row of a position into view (`centre`: to the middle). */
  private bringIntoView(pos: number, centre = false) {
    const scroller = this.shadowRoot!.querySelector<HTMLElement>('.scroller');
    if (!scroller) return;
    const pitch = this.pitch();
    const y = Math.floor(pos / this.cols()) * pitch;
    const h = scroller.clientHeight;
    let top = scroller.scrollTop;
    if (centre) top = y - (h - pitch) / 2;
    else if (y < top) top = y;
    else if (y + pitch > top + h) top = y + pitch - h;
    scroller.scrollTop = Math.max(0, top);
    this.top = scroller.scrollTop;
  }

  private async focusOn(pos: number) {
    const i = this.results[pos];
    if (i === undefined)
      return this.shadowRoot!.querySelector<HTMLElement>('input[type="search"]')?.focus();
    this.focusId = this.m!.partners[i]!.id;
    this.bringIntoView(pos);
    await this.updateComplete;
    this.shadowRoot!.querySelector<HTMLElement>(`[data-p="${i}"]`)?.focus({ preventScroll: true });
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !(e.target as Element).matches('[data-p]')) return;
    const pos = this.positionOf(this.focused());
    const cols = this.cols();
    const page = Math.max(1, Math.floor((this.box.h || 400) / this.pitch())) * cols;
    const last = this.results.length - 1;
    const to = {
      ArrowDown: pos + cols,
      ArrowUp: pos - cols,
      ArrowRight: pos + 1,
      ArrowLeft: pos - 1,
      PageDown: pos + page,
      PageUp: pos - page,
      Home: 0,
      End: last,
    }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.focusOn(Math.max(0, Math.min(last, to)));
  };

  private readonly onFocus = (e: FocusEvent) => {
    const i = (e.target as HTMLElement).dataset?.p;
    if (i !== undefined) this.focusId = this.m!.partners[Number(i)]!.id;
  };

  private readonly onScroll = (e: Event) => {
    this.top = (e.target as HTMLElement).scrollTop;
  };

  private readonly onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !this.openId) return;
    e.preventDefault();
    this.close();
  };

  // ---- Rendering ------------------------------------------------------------------------------

  protected override render() {
    const state = this.scope.state;
    const network = state.network;
    const m = this.m;
    if (!network || !m)
      return html`<div class="base" part="base">
        ${renderDataStatus(this.locale, state, this.dataProblems(), () => this.scope.network.reload())}
      </div>`;
    const all = m.partners.length;
    const n = this.results.length;
    const filtered = FACETS.some((f) => this.filters[f].size);
    const dirty = filtered || !!this.query || this.sort !== 'relevance';
    const sort = this.effectiveSort();
    const preparing = !!queryTerms(this.query) && !searchIndex(network).ready;
    const resetButton = html`<button class="button" type="button" @click=${this.reset}>
      ${this.t('reset')}
    </button>`;
    return html`<div class="base ${this.box.wide ? 'wide' : ''}" part="base">
      <div class="bar">
        <div class="field search">
          <label class="label" for="q">${this.t('search')}</label>
          <input
            id="q"
            class="control"
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="q-help"
            placeholder=${this.placeholder ?? nothing}
            .value=${this.query}
            @input=${this.onInput}
            @change=${this.onSearchChange}
          />
          <span class="help" id="q-help">${this.t('searchHelp')}</span>
        </div>
        <div class="field">
          <label class="label" for="sort">${this.t('sort')}</label>
          <select id="sort" class="control" @change=${this.onSort}>
            ${(['relevance', 'name', 'municipality'] as const).map((s) =>
              s === 'relevance' && !queryTerms(this.query)
                ? nothing
                : html`<option value=${s} ?selected=${s === sort}>${this.t(`sort.${s}`)}</option>`,
            )}
          </select>
        </div>
      </div>
      <div class="body">
        ${this.renderFilters(network)}
        <div class="main ${this.openId ? 'open' : ''}">
          <div class="summary">
            <p class="count">${this.t('count', n, all)}</p>
            ${preparing ? html`<p class="help">${this.t('preparing')}</p>` : nothing}
            <button class="button" type="button" ?disabled=${!n} @click=${this.download}>
              ${this.t('exportCsv')}
            </button>
            ${dirty ? resetButton : nothing}
          </div>
          <p class="visually-hidden" role="status">${this.said}</p>
          ${
            n
              ? this.renderList(m)
              : html`<div class="notice empty">
                  <p class="notice__title">${this.t('empty')}</p>
                  ${
                    this.matched
                      ? html`<p>${this.t('emptyFilters')}</p>`
                      : queryTerms(this.query)
                        ? html`<p>${this.t('emptyQuery', this.query.trim())}</p>`
                        : nothing
                  }
                  ${dirty ? html`<p>${resetButton}</p>` : nothing}
                </div>`
          }
          ${this.renderDetail(network)}
        </div>
      </div>
      <div class="probe" aria-hidden="true"></div>
    </div>`;
  }

  private renderFilters(network: Network) {
    const m = this.m!;
    const lang = this.locale;
    const labels: Record<Facet, (v: string, k: number) => string> = {
      kind: (v) => this.t(`kind.${v as PartnerKind}`),
      municipality: (v) => v,
      theme: (_, k) => textOf(network.themes[k]!.title, lang),
    };
    return html`<div class="filters" part="filters" role="group" aria-label=${this.t('filters')}>
      ${FACETS.map((f) => {
        const options = m.options[f];
        if (!options.length) return nothing;
        const open = this.expanded[f] ?? this.box.wide;
        const chosen = this.filters[f].size;
        return html`<fieldset>
          <legend>
            <button
              class="toggle"
              type="button"
              aria-expanded=${open}
              aria-controls="facet-${f}"
              @click=${() => (this.expanded = { ...this.expanded, [f]: !open })}
            >
              ${this.t(`facet.${f}`)}${chosen ? html` <span class="chosen">(${chosen})</span>` : nothing}
            </button>
          </legend>
          <div class="options" id="facet-${f}" ?hidden=${!open}>
            ${options.map((value, k) => {
              const count = this.counts[f][k] ?? 0;
              return html`<label class=${count ? '' : 'none'}>
                <input
                  type="checkbox"
                  .checked=${this.filters[f].has(value)}
                  @change=${() => this.toggle(f, value)}
                />
                <span
                  >${labels[f](value, k)}
                  <span class="n">(${formatNumber(lang, count)})</span></span
                >
              </label>`;
            })}
          </div>
        </fieldset>`;
      })}
    </div>`;
  }

  private renderList(m: Model) {
    const cols = this.cols();
    const pitch = this.pitch();
    const n = this.results.length;
    const rows = Math.ceil(n / cols);
    const view = this.box.h || 600;
    const first = Math.max(0, Math.floor(this.top / pitch) - OVERSCAN) * cols;
    const last = Math.min(n, (Math.ceil((this.top + view) / pitch) + OVERSCAN) * cols);
    const shown: number[] = [];
    for (let k = first; k < last; k++) shown.push(k);
    // The focused entry stays rendered, wherever the list is scrolled.
    let focus = this.positionOf(this.focused());
    if (focus < 0) focus = Math.min(first, n - 1);
    if (focus < first) shown.unshift(focus);
    else if (focus >= last) shown.push(focus);
    const lang = this.locale;
    const network = this.scope.state.network!;
    const titles = new Map(network.themes.map((th) => [th.id, textOf(th.title, lang)]));
    return html`<div class="scroller" part="results" @scroll=${this.onScroll}>
        <ul
          class="list"
          aria-label=${this.t('results')}
          aria-describedby="keys"
          style=${styleMap({
            blockSize: `${rows * pitch}px`,
            '--_rnswd-partner-directory-cols': `${cols}`,
          })}
          @keydown=${this.onKey}
          @focusin=${this.onFocus}
        >
          ${repeat(
            shown,
            (k) => this.results[k],
            (k) => {
              const i = this.results[k]!;
              const p = m.partners[i]!;
              const themes = p.themeIds.map((id) => titles.get(id)).filter(Boolean) as string[];
              return html`<li
                part="entry"
                aria-setsize=${n}
                aria-posinset=${k + 1}
                style=${styleMap({
                  '--_rnswd-partner-directory-row': `${Math.floor(k / cols)}`,
                  '--_rnswd-partner-directory-col': `${k % cols}`,
                })}
              >
                <button
                  class="name"
                  type="button"
                  data-p=${i}
                  tabindex=${k === focus ? 0 : -1}
                  aria-current=${p.id === this.openId ? 'true' : 'false'}
                  @click=${() => this.open(i)}
                >
                  ${p.name}
                </button>
                <span class="meta"
                  >${[this.t(`kind.${p.kind}`), p.municipality].filter(Boolean).join(' · ')}</span
                >
                ${themes.length ? html`<span class="themes">${themes.join(' · ')}</span>` : nothing}
              </li>`;
            },
          )}
        </ul>
      </div>
      <p class="help" id="keys">${this.t('keys')}</p>`;
  }

  private renderDetail(network: Network) {
    const m = this.m!;
    if (!this.openId) return nothing;
    const idx = indexNetwork(network);
    const p = idx.partners.get(this.openId);
    if (!p) return nothing;
    const lang = this.locale;
    const link = (text: string | undefined, href: string | null, external = false) =>
      href
        ? html`<a
            href=${href}
            target=${external ? '_blank' : nothing}
            rel=${external ? EXTERNAL_REL : nothing}
            >${text}</a
          >`
        : text;
    const list = (items: string[]) => items.length && formatList(lang, items);
    const themes = p.themeIds.map((id) => textOf(idx.themes.get(id)?.title, lang)).filter(Boolean);
    const groups = (idx.workingGroupsByPartner.get(p.id) ?? []).map((g) => textOf(g.name, lang));
    const rels = idx.relationsByPartner.get(p.id) ?? [];
    const rows: Array<[string, unknown]> = [
      [this.t('address'), p.address],
      [this.t('website'), p.website && link(p.website, safeHref(p.website), true)],
      [this.t('email'), p.email && link(p.email, mailHref(p.email))],
      [this.t('phone'), p.phone && link(p.phone, telHref(p.phone))],
      [this.t('themes'), list(themes)],
      [this.t('workingGroups'), list(groups)],
    ];
    return html`<section
      class="detail"
      part="detail"
      aria-labelledby="detail-title"
      @keydown=${this.onEscape}
    >
      <div class="head">
        <h3 id="detail-title" tabindex="-1">${p.name}</h3>
        <button
          class="button close"
          type="button"
          aria-label=${this.t('close')}
          @click=${this.close}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M5 5l10 10M15 5L5 15" /></svg>
        </button>
      </div>
      <p class="meta">${[this.t(`kind.${p.kind}`), p.municipality].filter(Boolean).join(' · ')}</p>
      ${p.description ? html`<p>${textOf(p.description, lang)}</p>` : nothing}
      <dl>
        ${rows.map(([dt, dd]) =>
          dd
            ? html`<dt>${dt}</dt>
                <dd>${dd}</dd>`
            : nothing,
        )}
      </dl>
      ${
        rels.length
          ? html`<h4>${this.t('relations', rels.length)}</h4>
              <ul class="relations">
                ${rels.map((r) => {
                  const j = m.at.get(r.source === p.id ? r.target : r.source);
                  if (j === undefined) return nothing;
                  const label = textOf(r.label, lang);
                  return html`<li>
                    <button class="button button--link" type="button" @click=${() => this.open(j)}>
                      ${m.partners[j]!.name}
                    </button>
                    <small>${this.t(`relation.${r.kind}`)}${label ? `: ${label}` : ''}</small>
                  </li>`;
                })}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private readonly download = () => {
    const id = this.scope.state.network?.id ?? 'partners';
    downloadFile(`${id}-partners.csv`, this.toCsv(), 'text/csv;charset=utf-8');
  };

  // ---- After render: measuring, revealing, focus ----------------------------------------------

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.shadowRoot!;
    const watch = [...root.querySelectorAll('.base, .scroller, .probe')];
    if (watch.length !== this.observed.length || watch.some((el, k) => el !== this.observed[k])) {
      this.ro ??= new ResizeObserver(() => this.measure());
      this.ro.disconnect();
      for (const el of watch) this.ro.observe(el);
      this.observed = watch;
      this.measure();
    }
    if (this.reveal && this.m) {
      const pos = this.positionOf(this.reveal);
      this.reveal = null;
      if (pos >= 0) this.bringIntoView(pos, true);
    }
    if (this.focusDetail) {
      this.focusDetail = false;
      root.querySelector<HTMLElement>('#detail-title')?.focus();
    }
    // Focus stays in the list when the results change: on the same partner, or at the same place.
    const old = this.refocus;
    this.refocus = -1;
    if (old >= 0 && (root.activeElement as HTMLElement | null)?.dataset.p === undefined) {
      const pos = this.positionOf(this.focusId);
      this.focusOn(pos >= 0 ? pos : Math.min(old, this.results.length - 1));
    }
  }

  private measure() {
    const root = this.shadowRoot!;
    const base = root.querySelector<HTMLElement>('.base');
    const scroller = root.querySelector<HTMLElement>('.scroller');
    const probe = root.querySelector<HTMLElement>('.probe');
    if (!base || !probe) return;
    const min = probe.offsetWidth;
    const box = {
      w: scroller?.clientWidth ?? this.box.w,
      h: scroller?.clientHeight ?? this.box.h,
      pitch: probe.offsetHeight,
      min,
      wide: base.clientWidth >= min * 2.75,
    };
    if (JSON.stringify(box) !== JSON.stringify(this.box)) this.box = box;
  }
}
