import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../packages/core/src/rnswd-network.js';
import '../../packages/network-map/src/rnswd-network-map.js';
import type { RnswdNetwork } from '../../packages/core/src/provider/network-provider.js';
import type { RnswdNetworkMap } from '../../packages/network-map/src/network-map.js';
import { generateNetwork, hostileNetwork } from '../../demo/data/generate-network.js';
import { runElementSuite, settle } from '../suites/element-suite.js';

interface Partner {
  id: string;
  name: string;
  kind: string;
  municipality?: string;
  municipalityCode?: string;
  location?: { lat: number; lon: number };
  themeIds: string[];
}
interface Sample {
  partners: Partner[];
  relations: Array<{ source: string; target: string; kind: string }>;
  themes: Array<{ id: string }>;
}

const SAMPLE: Sample = await (await fetch('/demo/data/zhz-network.json')).json();
const REGIONS = await (await fetch('/demo/data/zhz-regions.geojson')).json();
const LOCATED = SAMPLE.partners.filter((p) => p.location);
const UNPLACED = SAMPLE.partners.filter((p) => !p.location);

/** The drawn markers and nodes, as a user (or assistive technology) meets them. */
function markers(el: RnswdNetworkMap): SVGElement[] {
  return [...el.shadowRoot!.querySelectorAll<SVGElement>('svg [role="button"]')];
}

/** How many partners a marker stands for: clusters say so in their name. */
function countOf(marker: Element): number {
  const m = /^(?:Group of|Groep van) (\d+)/.exec(marker.getAttribute('aria-label') ?? '');
  return m ? Number(m[1]) : 1;
}

const clusters = (el: RnswdNetworkMap) => markers(el).filter((m) => countOf(m) > 1);

/** The centre of an element on screen, scrolled into view first (for real pointer input). */
function pointAt(node: Element): [number, number] {
  node.scrollIntoView({ block: 'center', inline: 'center' });
  return centre(node);
}

function centre(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

const mapSvg = (el: RnswdNetworkMap) =>
  el.shadowRoot!.querySelector<SVGSVGElement>('svg[role="group"]')!;

const numbers = (t: string) => (t.match(/-?\d[\d.]*(?:e-?\d+)?/g) ?? []).map(Number);

/** The view on screen: the drawing's transform, plus the CSS translation of a pan not yet redrawn. */
function viewport(el: RnswdNetworkMap): { x: number; y: number; k: number } {
  const [x, y, k] = numbers(el.shadowRoot!.querySelector('svg g')!.getAttribute('transform') ?? '');
  const [dx = 0, dy = 0] = numbers(mapSvg(el).style.transform);
  return { x: x! + dx, y: y! + dy, k: k! };
}

function button(el: RnswdNetworkMap, name: RegExp): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    name.test((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

async function ready(el: RnswdNetworkMap): Promise<void> {
  await settle(el);
  await waitUntil(() => markers(el).length > 0, 'markers are drawn');
  await settle(el);
}

function sampleMap(attrs = '') {
  const el = document.createElement('rnswd-network-map') as RnswdNetworkMap;
  el.setAttribute('lang', 'en');
  for (const [k, v] of attrs
    .split(' ')
    .filter(Boolean)
    .map((a) => a.split('=')))
    el.setAttribute(k!, v ?? '');
  el.data = SAMPLE;
  el.style.cssText = 'display:block;inline-size:900px;--rnswd-network-map-height:320px';
  return el;
}

async function mount(el: HTMLElement): Promise<void> {
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(el);
}

describe('<rnswd-network-map>', () => {
  afterEach(() => resetMouse());

  it('is accessible (axe): map with region outlines, graph, detail panel and table', async () => {
    const el = sampleMap('shade-regions');
    el.regions = REGIONS;
    await mount(el);
    await ready(el);
    await expect(el).to.be.accessible();
    el.view = 'graph';
    await ready(el);
    button(el, /^Table$/).click();
    await settle(el);
    markers(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="detail"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  runElementSuite({
    tag: 'rnswd-network-map',
    data: SAMPLE,
    langProbe: { nl: 'Soorten partners', en: 'Kinds of partners' },
  });

  it('draws every located partner of the sample network on the map, clustered where they overlap', async () => {
    const el = sampleMap();
    await mount(el);
    await ready(el);
    const all = markers(el);
    expect(all.reduce((n, m) => n + countOf(m), 0)).to.equal(LOCATED.length);
    for (const m of all.filter((m) => countOf(m) === 1)) {
      const name = m.getAttribute('aria-label')!.split(',')[0];
      expect(
        LOCATED.some((p) => p.name === name),
        `${name} is a located partner`,
      ).to.be.true;
    }
    // No two markers overlap.
    const boxes = all.map((m) => m.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const d = Math.hypot(
          a.x + a.width / 2 - b.x - b.width / 2,
          a.y + a.height / 2 - b.y - b.height / 2,
        );
        expect(d, 'distance between marker centres').to.be.greaterThan(
          Math.min(a.width, b.width) / 2,
        );
      }
  });

  it('lists the partners without a location beside the map, not on it', async () => {
    const el = sampleMap();
    await mount(el);
    await ready(el);
    expect(UNPLACED.length).to.be.greaterThan(0);
    const list = el.shadowRoot!.querySelector('[part="unplaced"]')!;
    expect(list.textContent).to.contain(`Not on the map (${UNPLACED.length}`);
    for (const p of UNPLACED) {
      expect(list.textContent).to.contain(p.name);
      expect(markers(el).some((m) => m.getAttribute('aria-label')!.startsWith(p.name))).to.be.false;
    }
  });

  it('draws every partner and relation in the graph view, sized and named by relations', async () => {
    const el = sampleMap('view=graph');
    await mount(el);
    await ready(el);
    const nodes = markers(el);
    expect(nodes).to.have.length(SAMPLE.partners.length);
    const degree = (id: string) =>
      SAMPLE.relations.filter((r) => r.source === id || r.target === id).length;
    for (const p of SAMPLE.partners) {
      const node = nodes.find((n) => n.getAttribute('aria-label')!.startsWith(`${p.name},`));
      expect(node, p.name).to.exist;
      const n = degree(p.id);
      expect(node!.getAttribute('aria-label')).to.contain(
        n === 1 ? '1 relation' : `${n} relations`,
      );
    }
    const segments = [...el.shadowRoot!.querySelectorAll('.edges path')]
      .filter((p) => p.getAttribute('data-kind'))
      .reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0);
    expect(segments).to.equal(SAMPLE.relations.length);
    // The most connected node is drawn larger than one with a single relation.
    const most = [...SAMPLE.partners].sort((a, b) => degree(b.id) - degree(a.id))[0]!;
    const one = SAMPLE.partners.find((p) => degree(p.id) === 1)!;
    const size = (p: Partner) =>
      nodes
        .find((n) => n.getAttribute('aria-label')!.startsWith(`${p.name},`))!
        .getBoundingClientRect().width;
    expect(size(most)).to.be.greaterThan(size(one));
  });

  it('opens a cluster when it is activated, and splits clusters when zooming in', async () => {
    const el = document.createElement('rnswd-network-map') as RnswdNetworkMap;
    el.setAttribute('lang', 'en');
    el.data = generateNetwork({ partners: 300, seed: 4 });
    el.style.cssText = 'display:block;inline-size:800px;--rnswd-network-map-height:320px';
    await mount(el);
    await ready(el);
    const total = markers(el).reduce((n, m) => n + countOf(m), 0);
    mapSvg(el).scrollIntoView({ block: 'center' });
    // A cluster that is not under the zoom buttons.
    const cluster = clusters(el).find((c) => {
      const [x, y] = centre(c);
      return el.shadowRoot!.elementFromPoint(x, y)?.closest('[role="button"]') === c;
    })!;
    expect(cluster, 'there is a cluster').to.exist;
    const before = markers(el).length;
    const k = viewport(el).k;
    await sendMouse({ type: 'click', position: centre(cluster) });
    await waitUntil(() => viewport(el).k > k, 'the map zooms in on the cluster');
    await waitUntil(() => markers(el).length > before, 'the cluster opens into more markers');
    expect(viewport(el).k).to.be.greaterThan(k);
    button(el, /^Reset view$/).click();
    await waitUntil(() => markers(el).length === before, 'back to the first view');
    button(el, /^Zoom in$/).click();
    button(el, /^Zoom in$/).click();
    await waitUntil(() => markers(el).length > before, 'zooming in splits clusters');
    // Markers out of view still count: the clusters always hold every located partner.
    expect(markers(el).reduce((n, m) => n + countOf(m), 0)).to.equal(total);
  });

  it('lists the partners of a cluster at one address when it is activated', async () => {
    const here = { lat: 51.8133, lon: 4.6901 };
    const el = document.createElement('rnswd-network-map') as RnswdNetworkMap;
    el.setAttribute('lang', 'en');
    el.data = {
      version: 1,
      id: 'one-address',
      name: 'One address',
      partners: ['Wijkteam Noord', 'Wijkteam Zuid', 'Buurtcentrum'].map((name, i) => ({
        id: `p${i}`,
        name,
        kind: 'care-welfare',
        location: here,
      })),
    };
    await mount(el);
    await ready(el);
    const cluster = clusters(el)[0]!;
    expect(countOf(cluster)).to.equal(3);
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const panel = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(panel.querySelector('h3')!.textContent).to.equal('3 partners at this place');
    expect(
      [...panel.querySelectorAll('li button')].map((b) => b.textContent!.trim()),
    ).to.deep.equal(['Buurtcentrum', 'Wijkteam Noord', 'Wijkteam Zuid']);
    const event = oneEvent(el, 'rnswd-partner-select');
    panel.querySelector<HTMLButtonElement>('li button')!.click();
    expect((await event).detail.partner.name).to.equal('Buurtcentrum');
  });

  it('walks through the nodes with the keyboard: one tab stop, arrows to neighbours, Enter selects', async () => {
    const el = sampleMap('view=graph');
    await mount(el);
    await ready(el);
    el.shadowRoot!.querySelector('select')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as SVGElement;
    expect(first.getAttribute('role')).to.equal('button');
    expect(markers(el).filter((m) => m.getAttribute('tabindex') === '0')).to.deep.equal([first]);
    const names = new Set([first.getAttribute('aria-label')]);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
      const from = el.shadowRoot!.activeElement as SVGElement;
      await sendKeys({ press: key });
      await settle(el);
      const to = el.shadowRoot!.activeElement as SVGElement;
      if (to === from) continue;
      names.add(to.getAttribute('aria-label'));
      expect(markers(el).filter((m) => m.getAttribute('tabindex') === '0')).to.deep.equal([to]);
      // A step to the right lands to the right, and so on.
      const [fx, fy] = centre(from);
      const [tx, ty] = centre(to);
      const along = {
        ArrowRight: tx - fx,
        ArrowLeft: fx - tx,
        ArrowDown: ty - fy,
        ArrowUp: fy - ty,
      }[key]!;
      expect(along, key).to.be.greaterThan(0);
    }
    expect(names.size).to.be.greaterThan(2);
    const focused = el.shadowRoot!.activeElement as SVGElement;
    const name = focused.getAttribute('aria-label')!.split(',')[0];
    const event = oneEvent(el, 'rnswd-partner-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.partner.name).to.equal(name);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="detail"] h3')!.textContent).to.equal(name);
    expect(focused.getAttribute('aria-current')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="detail"]')).to.not.exist;
  });

  it('moves along relations: an arrow key goes to a neighbour when one lies that way', async () => {
    const el = sampleMap('view=graph');
    await mount(el);
    await ready(el);
    const byName = new Map(SAMPLE.partners.map((p) => [p.name, p.id]));
    const nameOf = (m: Element) => m.getAttribute('aria-label')!.split(',')[0]!;
    const neighbours = (id: string) =>
      new Set(
        SAMPLE.relations.flatMap((r) =>
          r.source === id ? [r.target] : r.target === id ? [r.source] : [],
        ),
      );
    markers(el)[0]!.focus();
    let checked = 0;
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
      const from = el.shadowRoot!.activeElement as SVGElement;
      const id = byName.get(nameOf(from))!;
      const [fx, fy] = centre(from);
      const ahead = markers(el).filter((m) => {
        if (!neighbours(id).has(byName.get(nameOf(m))!)) return false;
        const [x, y] = centre(m);
        const along = { ArrowRight: x - fx, ArrowLeft: fx - x, ArrowDown: y - fy, ArrowUp: fy - y }[
          key
        ]!;
        const across =
          key === 'ArrowRight' || key === 'ArrowLeft' ? Math.abs(y - fy) : Math.abs(x - fx);
        return along > 0 && across <= along * 2;
      });
      await sendKeys({ press: key });
      await settle(el);
      const to = el.shadowRoot!.activeElement as SVGElement;
      if (ahead.length) {
        checked++;
        expect(ahead, `${key} from ${nameOf(from)}`).to.include(to);
      }
    }
    expect(checked, 'at least one step had a neighbour ahead').to.be.greaterThan(0);
  });

  it('holds every partner in the text alternative, one click away, with regions and their counts', async () => {
    const el = sampleMap();
    el.regions = REGIONS;
    await mount(el);
    await ready(el);
    const toggle = button(el, /^Table$/);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendMouse({ type: 'click', position: pointAt(toggle) });
    await waitUntil(
      () =>
        el.shadowRoot!.querySelectorAll('[part="table"] table:first-child tbody tr').length ===
        SAMPLE.partners.length,
      'a row per partner',
    );
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = [...el.shadowRoot!.querySelectorAll('[part="table"] table:first-child tbody tr')];
    for (const p of SAMPLE.partners) {
      const row = rows.find((r) => r.querySelector('th')!.textContent!.trim() === p.name);
      expect(row, p.name).to.exist;
      const cells = [...row!.querySelectorAll('td')].map((c) => c.textContent!.trim());
      expect(cells[1]).to.equal(p.municipality ?? '');
      const n = SAMPLE.relations.filter((r) => r.source === p.id || r.target === p.id).length;
      expect(cells[2]).to.match(new RegExp(`^${n} relations?`));
    }
    const regionRows = [
      ...el.shadowRoot!.querySelectorAll('[part="table"] table:nth-child(2) tbody tr'),
    ];
    expect(regionRows).to.have.length(REGIONS.features.length);
    const dordrecht = regionRows.find((r) => r.querySelector('th')!.textContent === 'Dordrecht')!;
    expect(dordrecht.querySelector('td')!.textContent).to.equal(
      String(SAMPLE.partners.filter((p) => p.municipalityCode === 'GM0505').length),
    );
  });

  it('loads region outlines from regions-src and shades them by their number of partners', async () => {
    const el = sampleMap('shade-regions regions-src=/demo/data/zhz-regions.geojson');
    await mount(el);
    await ready(el);
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('.regions path').length === REGIONS.features.length,
    );
    const fill = (code: string) => {
      const i = REGIONS.features.findIndex(
        (f: { properties: { statcode: string } }) => f.properties.statcode === code,
      );
      return getComputedStyle(el.shadowRoot!.querySelectorAll('.regions path')[i]!).fill;
    };
    // Dordrecht has the most partners, Molenlanden few: different shades.
    expect(fill('GM0505')).to.not.equal(fill('GM1978'));
    expect(el.shadowRoot!.textContent).to.contain('Partners per municipality');
  });

  it('ignores malformed region features and draws the valid ones', async () => {
    const errors: unknown[] = [];
    const { error } = console;
    console.error = (...a: unknown[]) => void errors.push(a);
    try {
      const el = sampleMap();
      el.regions = {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: null, geometry: null },
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'Point', coordinates: [4.6, 51.8] },
          },
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'Polygon', coordinates: 'nonsense' },
          },
          {
            type: 'Feature',
            properties: { statcode: 'GM0000' },
            geometry: {
              type: 'Polygon',
              coordinates: [[[4.6, 51.8], ['x', 51.9], [null], [4.7, 51.9], [4.7, 51.8]]],
            },
          },
          REGIONS.features[0],
        ],
      };
      await mount(el);
      await ready(el);
      const paths = [...el.shadowRoot!.querySelectorAll('.regions path')].map(
        (p) => p.getAttribute('d') ?? '',
      );
      expect(paths.filter(Boolean)).to.have.length(2);
      for (const d of paths) expect(d).to.not.match(/NaN|undefined/);
      expect(markers(el).length).to.be.greaterThan(0);
    } finally {
      console.error = error;
    }
    expect(errors).to.deep.equal([]);
  });

  it('shares the selection with the provider, both ways, and centres a partner selected elsewhere', async () => {
    const provider = await fixture<RnswdNetwork>(
      html`<rnswd-network lang="en" .data=${SAMPLE}>
        <rnswd-network-map
          style="display:block;inline-size:900px;--rnswd-network-map-height:320px"
        ></rnswd-network-map>
      </rnswd-network>`,
    );
    const el = provider.querySelector('rnswd-network-map')!;
    await ready(el);
    const single = markers(el).find((m) => countOf(m) === 1)!;
    const name = single.getAttribute('aria-label')!.split(',')[0];
    const partner = SAMPLE.partners.find((p) => p.name === name)!;
    const selectEvent = oneEvent(el, 'rnswd-partner-select');
    const changeEvent = oneEvent(provider, 'rnswd-selection-change');
    await sendMouse({ type: 'click', position: pointAt(single) });
    expect((await selectEvent).detail.partner.id).to.equal(partner.id);
    expect((await changeEvent).detail.partnerId).to.equal(partner.id);
    expect(provider.scope.selection.partnerId).to.equal(partner.id);

    for (const view of ['geo', 'graph'] as const) {
      el.view = view;
      await ready(el);
      // A partner inside a cluster on the map.
      const other = LOCATED.find(
        (p) => p.id !== provider.selectedPartner && p.municipalityCode === 'GM0505',
      )!;
      provider.selectedPartner = other.id;
      await settle(el);
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part="detail"] h3')?.textContent === other.name,
      );
      const node = markers(el).find((m) =>
        m.getAttribute('aria-label')!.startsWith(`${other.name},`),
      );
      expect(node, `${view}: ${other.name} is drawn on its own`).to.exist;
      expect(node!.getAttribute('aria-current')).to.equal('true');
      const box = el.shadowRoot!.querySelector('[part="map"]')!.getBoundingClientRect();
      // Within a quarter of the marker: the box of a triangle or star is not centred on its point.
      const [x, y] = centre(node!);
      const slack = 2 + node!.getBoundingClientRect().height / 4;
      expect(Math.abs(x - (box.left + box.width / 2)), `${view}: centred`).to.be.lessThan(slack);
      expect(Math.abs(y - (box.top + box.height / 2)), `${view}: centred`).to.be.lessThan(slack);
    }
  });

  it('filters by kind (the legend) and by theme, and announces what it shows', async () => {
    const el = sampleMap('view=graph');
    await mount(el);
    await ready(el);
    const checkbox = [...el.shadowRoot!.querySelectorAll('label')]
      .find((l) => l.textContent!.includes('Municipality'))!
      .querySelector('input')!;
    await sendMouse({ type: 'click', position: pointAt(checkbox) });
    await settle(el);
    const municipalities = SAMPLE.partners.filter((p) => p.kind === 'municipality').length;
    expect(markers(el)).to.have.length(SAMPLE.partners.length - municipalities);
    expect(markers(el).some((m) => m.getAttribute('aria-label')!.includes(', Municipality,'))).to.be
      .false;
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() =>
      status.textContent!.includes(`Showing ${SAMPLE.partners.length - municipalities} of`),
    );
    checkbox.click();
    await settle(el);
    const select = el.shadowRoot!.querySelector('select')!;
    const theme = SAMPLE.themes[0]!.id;
    select.value = theme;
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const withTheme = SAMPLE.partners.filter((p) => p.themeIds.includes(theme));
    expect(markers(el)).to.have.length(withTheme.length);
  });

  it('pans by dragging and with Shift + arrows, zooms with the wheel, buttons and keys', async () => {
    const el = sampleMap('view=graph');
    await mount(el);
    await ready(el);
    mapSvg(el).scrollIntoView({ block: 'center' });
    await nextFrame();
    await nextFrame();
    const box = el.shadowRoot!.querySelector('[part="map"]')!.getBoundingClientRect();
    const start = viewport(el);
    // Drag on empty space near a corner.
    const x = Math.round(box.left + 20);
    const y = Math.round(box.bottom - 20);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y - 40] });
    await sendMouse({ type: 'move', position: [x + 120, y - 80] });
    await sendMouse({ type: 'up' });
    await waitUntil(() => viewport(el).x > start.x + 60, 'dragging pans');
    expect(viewport(el).y).to.be.lessThan(start.y - 40);
    expect(viewport(el).k).to.be.closeTo(start.k, start.k / 100);

    mapSvg(el).dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -200,
        clientX: box.left + 100,
        clientY: box.top + 100,
        bubbles: true,
        cancelable: true,
      }),
    );
    await waitUntil(() => viewport(el).k > start.k, 'the wheel zooms in');
    const k = viewport(el).k;
    button(el, /^Zoom out$/).click();
    await waitUntil(() => viewport(el).k < k, 'the button zooms out');

    markers(el)[0]!.focus();
    const before = viewport(el).k;
    await sendKeys({ press: '+' });
    await waitUntil(() => viewport(el).k > before, '+ zooms in');
    await sendKeys({ press: '0' });
    await waitUntil(() => Math.abs(viewport(el).k - start.k) < 1e-6, '0 resets the view');
  });

  it('keeps hostile names inert, on the map, in the panel, the table and the export', async () => {
    const alerts: unknown[] = [];
    const { alert } = window;
    window.alert = (...a: unknown[]) => void alerts.push(a);
    try {
      const network = hostileNetwork();
      for (const view of ['geo', 'graph'] as const) {
        const el = document.createElement('rnswd-network-map') as RnswdNetworkMap;
        el.setAttribute('lang', 'en');
        el.view = view;
        el.data = network;
        await mount(el);
        await ready(el);
        button(el, /^Table$/).click();
        await settle(el);
        const first = markers(el).find((m) => countOf(m) === 1)!;
        first.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
        const root = el.shadowRoot!;
        expect(root.querySelector('img, script, b, i, foreignObject')).to.be.null;
        expect(root.querySelector('[onerror], [onmouseover]')).to.be.null;
        for (const a of root.querySelectorAll('a'))
          expect(a.getAttribute('href')).to.not.match(/^\s*(javascript|data):/i);
        const table = root.querySelector('[part="table"]')!.textContent!;
        for (const p of network.partners) expect(table).to.contain(p.name.slice(0, 40));
        expect(
          markers(el)
            .map((m) => m.getAttribute('aria-label'))
            .join('|'),
        ).to.contain('<img src=x onerror=alert(1)>');
        const doc = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
        expect(doc.querySelector('parsererror')).to.be.null;
        expect(doc.querySelector('img, script, foreignObject, [onerror]')).to.be.null;
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(alerts).to.deep.equal([]);
    } finally {
      window.alert = alert;
    }
  });

  it('makes no request to any other origin without tile-url, and loads only the given tiles with it', async () => {
    performance.clearResourceTimings();
    const el = sampleMap('shade-regions regions-src=/demo/data/zhz-regions.geojson');
    await mount(el);
    await ready(el);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.regions path').length > 0);
    button(el, /^Table$/).click();
    el.view = 'graph';
    await ready(el);
    el.view = 'geo';
    await ready(el);
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    expect(entries.some((e) => e.name.endsWith('zhz-regions.geojson'))).to.be.true;
    const foreign = entries.filter((e) => new URL(e.name).origin !== location.origin);
    expect(foreign.map((e) => e.name)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('image')).to.be.null;

    const tiled = sampleMap('tile-max-zoom=11');
    tiled.setAttribute('tile-url', '/test/fixtures/tiles/{z}/{x}/{y}.svg');
    tiled.setAttribute('tile-attribution', 'Test tiles');
    await mount(tiled);
    await ready(tiled);
    await waitUntil(
      () => tiled.shadowRoot!.querySelectorAll('image').length > 0,
      'tiles are drawn',
    );
    for (const img of tiled.shadowRoot!.querySelectorAll('image'))
      expect(img.getAttribute('href')).to.match(
        new RegExp(`^${location.origin}/test/fixtures/tiles/\\d+/\\d+/\\d+\\.svg$`),
      );
    expect(tiled.shadowRoot!.textContent).to.contain('Background map: Test tiles');
    expect(tiled.shadowRoot!.textContent).to.contain(
      'The background map is left out of the download.',
    );
    expect(tiled.toSvg()).to.not.contain('<image');
    // The graph has no background map.
    tiled.view = 'graph';
    await ready(tiled);
    expect(tiled.shadowRoot!.querySelector('image')).to.be.null;
    expect(tiled.shadowRoot!.textContent).to.not.contain('Background map: Test tiles');
  });

  it('exports the current view as SVG (download button) and as PNG', async () => {
    const el = sampleMap('view=graph');
    el.regions = REGIONS;
    await mount(el);
    await ready(el);
    const downloads: Array<{ name: string; href: string }> = [];
    const grab = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a instanceof HTMLAnchorElement && a.download) {
        downloads.push({ name: a.download, href: a.href });
        e.preventDefault();
      }
    };
    document.addEventListener('click', grab, true);
    try {
      button(el, /^Download SVG$/).click();
      await waitUntil(() => downloads.length === 1, 'the SVG is offered as a download');
    } finally {
      document.removeEventListener('click', grab, true);
    }
    expect(downloads[0]!.name).to.match(/\.svg$/);
    const text = await (await fetch(downloads[0]!.href)).text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.be.null;
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).to.be.greaterThan(0);
    expect(doc.querySelector('title')!.textContent).to.contain('Network of the partners of');
    // Every node is in the export, with its colour inlined; nothing interactive is.
    expect(doc.querySelectorAll('.nodes path, g > path[transform]').length).to.be.at.least(
      SAMPLE.partners.length,
    );
    expect(doc.querySelector('[tabindex], [role], [aria-label]')).to.be.null;
    expect(doc.querySelector('path[transform]')!.getAttribute('style')).to.match(/fill:\s*rgb/);
    const png = await el.toPng();
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(Math.round(Number(root.getAttribute('width')) * 2));
  });
});
