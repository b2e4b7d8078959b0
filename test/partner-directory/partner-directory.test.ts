import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/core/src/rnswd-network.js';
import '../../packages/partner-directory/src/rnswd-partner-directory.js';
import '../../packages/network-map/src/rnswd-network-map.js';
import type { RnswdNetwork } from '../../packages/core/src/provider/network-provider.js';
import type { RnswdPartnerDirectory } from '../../packages/partner-directory/src/partner-directory.js';
import { generateNetwork, hostileNetwork } from '../../demo/data/generate-network.js';
import { runElementSuite, settle, shadowText } from '../suites/element-suite.js';

interface Partner {
  id: string;
  name: string;
  kind: string;
  municipality?: string;
  website?: string;
  themeIds: string[];
}
interface Sample {
  partners: Partner[];
  themes: Array<{ id: string; title: { nl: string; en: string } }>;
  relations: Array<{ source: string; target: string; kind: string }>;
}

const SAMPLE: Sample = await (await fetch('/demo/data/zhz-network.json')).json();
const byName = (a: string, b: string) =>
  new Intl.Collator('nl', { numeric: true, sensitivity: 'base' }).compare(a, b);

type El = RnswdPartnerDirectory;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: El, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];

/** The rendered entries, in list order. */
const entries = (el: El) =>
  $$(el, '[part="entry"]').sort(
    (a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')),
  );
const names = (el: El) => entries(el).map((li) => li.querySelector('.name')!.textContent!.trim());
const entryButton = (el: El, name: string) =>
  entries(el)
    .map((li) => li.querySelector<HTMLButtonElement>('.name')!)
    .find((b) => b.textContent!.trim() === name);
const count = (el: El) => $(el, '.count')!.textContent!.trim();
const search = (el: El) => $<HTMLInputElement>(el, 'input[type="search"]')!;
const detail = (el: El) => $(el, '[part="detail"]');

/** The checkbox of a facet value, with its label text. */
function option(el: El, facet: string, label: string) {
  const labels = $$(el, `#facet-${facet} label`);
  const found = labels.find((l) =>
    l.textContent!.replace(/\s+/g, ' ').trim().startsWith(`${label} (`),
  );
  if (!found) throw new Error(`no option ${label} in ${facet}`);
  return {
    input: found.querySelector('input')!,
    count: Number(/\((\d+)\)\s*$/.exec(found.textContent!.trim())![1]),
  };
}

function directory(data: unknown = SAMPLE, attrs: Record<string, string> = {}) {
  const el = document.createElement('rnswd-partner-directory') as El;
  el.setAttribute('lang', 'en');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  el.style.cssText = 'display:block;inline-size:1100px;--rnswd-partner-directory-height:420px';
  return el;
}

async function mount(el: El): Promise<El> {
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(el);
  await ready(el);
  return el;
}

async function ready(el: El) {
  await settle(el);
  await nextFrame();
  await waitUntil(() => entries(el).length > 0 || $(el, '.empty') || $(el, '[role="alert"]'));
  // A query restored from the URL is answered once the search index is ready.
  await waitUntil(() => !$(el, '.summary .help'), 'the search index is ready');
  await settle(el);
}

/** Types into the search field with real key presses. */
async function type(el: El, text: string) {
  search(el).focus();
  await sendKeys({ type: text });
  await settle(el);
  await waitUntil(() => !$(el, '.summary .help'), 'the search index is ready');
}

async function clear(el: El) {
  search(el).focus();
  search(el).select();
  await sendKeys({ press: 'Backspace' });
  await settle(el);
}

/** What has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

describe('<rnswd-partner-directory>', () => {
  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('is accessible (axe): list with filters and details', async () => {
    const el = await mount(directory());
    await expect(el).to.be.accessible();
    entries(el)[0]!.querySelector<HTMLButtonElement>('.name')!.click();
    await settle(el);
    expect(detail(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible (axe): cards and the empty state', async () => {
    const el = await mount(directory());
    el.layout = 'cards';
    await settle(el);
    await expect(el).to.be.accessible();
    await type(el, 'xyzzyq');
    expect($(el, '.empty')).to.exist;
    await expect(el).to.be.accessible();
  });

  runElementSuite({
    tag: 'rnswd-partner-directory',
    data: SAMPLE,
    langProbe: { nl: 'Zoek een partner', en: 'Find a partner' },
  });

  it('lists every partner by name, with kind, municipality and themes', async () => {
    const el = await mount(directory());
    expect(count(el)).to.equal(`${SAMPLE.partners.length} partners`);
    const sorted = SAMPLE.partners.map((p) => p.name).sort(byName);
    expect(names(el)).to.deep.equal(sorted.slice(0, names(el).length));
    const first = SAMPLE.partners.find((p) => p.name === sorted[0])!;
    const li = entries(el)[0]!;
    expect(li.getAttribute('aria-setsize')).to.equal(String(SAMPLE.partners.length));
    expect(li.getAttribute('aria-posinset')).to.equal('1');
    expect(li.querySelector('.meta')!.textContent).to.contain(first.municipality!);
    const theme = SAMPLE.themes.find((t) => t.id === first.themeIds[0])!;
    expect(li.querySelector('.themes')!.textContent).to.contain(theme.title.en);
  });

  it('searches as you type: accents and case ignored, prefixes, small typos, ranked by relevance', async () => {
    const el = await mount(directory());
    await type(el, 'clientenraad');
    expect(names(el)).to.include('Cliëntenraad Sociaal Domein Dordrecht');
    await clear(el);
    await type(el, 'HOGESCHOL');
    expect(names(el)).to.include.members([
      'Hogeschool Rotterdam',
      'Hogeschool Inholland Dordrecht',
    ]);
    await clear(el);
    await type(el, 'mantel');
    expect(names(el)[0]).to.equal('Stichting Mantelzorg Drechtsteden');
    // Sorted by relevance while there is a query; the sort can be changed.
    expect($<HTMLSelectElement>(el, '#sort')!.value).to.equal('relevance');
    await clear(el);
    await type(el, 'in Papendrecht');
    const inPapendrecht = SAMPLE.partners.filter((p) => p.municipality === 'Papendrecht');
    expect(names(el)).to.include.members(inPapendrecht.map((p) => p.name));
    // An empty query shows everyone again.
    await clear(el);
    expect(count(el)).to.equal(`${SAMPLE.partners.length} partners`);
    expect($<HTMLSelectElement>(el, '#sort')!.value).to.equal('name');
  });

  it('filters by kind, municipality and theme, with counts from the other filters', async () => {
    const el = await mount(directory());
    const kinds = (kind: string) => SAMPLE.partners.filter((p) => p.kind === kind);
    expect(option(el, 'kind', 'Municipality').count).to.equal(kinds('municipality').length);
    expect(option(el, 'municipality', 'Dordrecht').count).to.equal(
      SAMPLE.partners.filter((p) => p.municipality === 'Dordrecht').length,
    );
    option(el, 'kind', 'Care and welfare').input.click();
    await settle(el);
    const care = kinds('care-welfare');
    expect(count(el)).to.equal(`${care.length} of ${SAMPLE.partners.length} partners`);
    // Other kinds keep their counts (OR within a facet); municipalities count only care partners.
    expect(option(el, 'kind', 'Municipality').count).to.equal(kinds('municipality').length);
    expect(option(el, 'municipality', 'Dordrecht').count).to.equal(
      care.filter((p) => p.municipality === 'Dordrecht').length,
    );
    option(el, 'kind', 'Municipality').input.click();
    await settle(el);
    expect(count(el)).to.contain(`${care.length + kinds('municipality').length} of`);
    // AND across facets.
    option(el, 'municipality', 'Dordrecht').input.click();
    await settle(el);
    const both = SAMPLE.partners.filter(
      (p) => ['care-welfare', 'municipality'].includes(p.kind) && p.municipality === 'Dordrecht',
    );
    expect(names(el).sort()).to.deep.equal(both.map((p) => p.name).sort());
    const theme = SAMPLE.themes[0]!;
    expect(option(el, 'theme', theme.title.en).count).to.equal(
      both.filter((p) => p.themeIds.includes(theme.id)).length,
    );
    // The facet's button says how many values are chosen.
    expect($(el, '[aria-controls="facet-kind"]')!.textContent).to.contain('(2)');
    // The result count is announced once the user pauses.
    const status = $(el, '[role="status"]')!;
    await waitUntil(() => status.textContent!.includes(`${both.length} partners found`));
  });

  it('sorts by name, by municipality, and by relevance when there is a query', async () => {
    const el = await mount(directory());
    const select = $<HTMLSelectElement>(el, '#sort')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['name', 'municipality']);
    select.value = 'municipality';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const places = entries(el).map((li) => li.querySelector('.meta')!.textContent!.split(' · ')[1]);
    expect(places).to.deep.equal([...places].sort(byName));
    await type(el, 'stichting');
    expect([...select.options].map((o) => o.value)).to.deep.equal([
      'relevance',
      'name',
      'municipality',
    ]);
    expect(select.value).to.equal('municipality');
  });

  it('says what to change when nothing is found, and resets everything', async () => {
    const el = await mount(directory());
    option(el, 'kind', 'Municipality').input.click();
    await settle(el);
    // The query finds a repair café, the filter leaves it out: the filter is what to change.
    await type(el, 'repair');
    let empty = $(el, '.empty')!;
    expect(empty.textContent).to.contain('No partners found.');
    expect(empty.textContent).to.contain('Turn one or more filters off');
    expect(empty.textContent).not.to.contain('Nothing found for');
    // A query that finds no one: the query is what to change.
    await clear(el);
    await type(el, 'zwembad');
    empty = $(el, '.empty')!;
    expect(empty.textContent).to.contain('Nothing found for ‘zwembad’');
    expect(empty.textContent).not.to.contain('filters off');
    const reset = [...empty.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Clear all'),
    )!;
    reset.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(count(el)).to.equal(`${SAMPLE.partners.length} partners`);
    expect(search(el).value).to.equal('');
    expect(option(el, 'kind', 'Municipality').input.checked).to.be.false;
    expect(deepActive(), 'focus goes to the search field').to.equal(search(el));
  });

  it('opens a partner: description, address, links, themes, working groups and relations', async () => {
    const el = await mount(directory());
    const p = SAMPLE.partners.find((q) => q.id === 'gem-dordrecht')!;
    await type(el, 'Gemeente Dordrecht');
    const event = oneEvent(el, 'rnswd-partner-select');
    entryButton(el, p.name)!.click();
    expect((await event).detail.partner.id).to.equal(p.id);
    await settle(el);
    const d = detail(el)!;
    expect(d.querySelector('h3')!.textContent).to.equal(p.name);
    expect(d.textContent).to.contain('Central municipality of the region');
    expect(d.textContent).to.contain('Spuiboulevard 300');
    const site = d.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
    expect(site.href).to.equal(p.website);
    expect(site.target).to.equal('_blank');
    expect(site.rel).to.equal('noopener noreferrer');
    expect(d.querySelector('a[href^="mailto:"]')).to.exist;
    expect(d.querySelector('a[href^="tel:+31780000000"]')).to.exist;
    expect(d.textContent).to.contain('Working groups');
    const rels = SAMPLE.relations.filter((r) => r.source === p.id || r.target === p.id);
    expect(d.textContent).to.contain(`${rels.length} relations`);
    // A related partner opens in its turn.
    const other = SAMPLE.partners.find(
      (q) => q.id === (rels[0]!.source === p.id ? rels[0]!.target : rels[0]!.source),
    )!;
    const button = [...d.querySelectorAll<HTMLButtonElement>('.relations button')].find(
      (b) => b.textContent!.trim() === other.name,
    )!;
    button.click();
    await settle(el);
    expect(detail(el)!.querySelector('h3')!.textContent).to.equal(other.name);
    expect(deepActive()).to.equal(detail(el)!.querySelector('h3'));
  });

  it('links only http, https, mailto and tel; shows other schemes and hostile text as text', async () => {
    const data = hostileNetwork();
    const el = await mount(directory(data));
    for (const p of data.partners) {
      const button = entryButton(el, p.name);
      expect(button, `${p.name} is listed as text`).to.exist;
      button!.click();
      await settle(el);
      const d = detail(el)!;
      expect(d.querySelector('h3')!.textContent).to.equal(p.name);
      if (p.website && !/^https?:/.test(p.website)) expect(d.textContent).to.contain(p.website);
    }
    expect(el.shadowRoot!.querySelector('img, script, iframe, [onerror], [onmouseover]')).to.be
      .null;
    for (const a of $$<HTMLAnchorElement>(el, 'a'))
      expect(new URL(a.href).protocol).to.be.oneOf(['http:', 'https:', 'mailto:', 'tel:']);
    expect(shadowText(el)).to.contain('<img src=x onerror=alert(1)>');
    expect((window as { alerted?: boolean }).alerted).to.be.undefined;
  });

  it('keyboard: type, Tab to the filters and the list, arrows, Enter opens, Escape closes and returns focus', async () => {
    const el = await mount(directory());
    search(el).focus();
    await sendKeys({ type: 'stichting' });
    await settle(el);
    await waitUntil(() => !$(el, '.summary .help'), 'the search index is ready');
    const found = names(el);
    expect(found.length).to.be.greaterThan(2);
    // Tab: the sort, then the filters.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.id).to.equal('sort');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.closest('[part="filters"]')).to.exist;
    // Tab on through the filters to the list: one tab stop.
    let guard = 0;
    while (!deepActive()!.matches('[data-p]') && guard++ < 40) await sendKeys({ press: 'Tab' });
    expect(deepActive()!.textContent!.trim()).to.equal(found[0]);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(deepActive()!.textContent!.trim()).to.equal(found[1]);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(deepActive()!.textContent!.trim()).to.equal(found.at(-1));
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(deepActive()!.textContent!.trim()).to.equal(found[1]);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(detail(el)!.querySelector('h3')!.textContent).to.equal(found[1]);
    expect(deepActive()).to.equal(detail(el)!.querySelector('h3'));
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(detail(el)).to.be.null;
    expect(deepActive()!.textContent!.trim()).to.equal(found[1]);
    // The list is one tab stop: Tab leaves it.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.matches('[data-p]') ?? false).to.be.false;
  });

  it('renders only the visible window of 10,000 partners, and keeps the focused entry', async () => {
    const el = await mount(directory(generateNetwork({ partners: 10_000, seed: 3 })));
    expect(count(el)).to.equal('10,000 partners');
    expect(entries(el).length).to.be.lessThan(60);
    expect(entries(el)[0]!.getAttribute('aria-setsize')).to.equal('10000');
    const first = entries(el)[0]!.querySelector<HTMLButtonElement>('.name')!;
    first.focus({ preventScroll: true });
    const scroller = $(el, '.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(
      () => entries(el).at(-1)!.getAttribute('aria-posinset') === '10000',
      'the last entries are rendered',
    );
    expect(entries(el).length).to.be.lessThan(60);
    // The focused entry is still there, still focused.
    expect(first.isConnected).to.be.true;
    expect(deepActive()).to.equal(first);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(deepActive()!.closest('li')!.getAttribute('aria-posinset')).to.equal('2');
    expect(scroller.scrollTop).to.be.lessThan(200);
  });

  it('cards: as many columns as fit; arrows move by card and by row', async () => {
    const el = await mount(directory(SAMPLE, { layout: 'cards' }));
    const boxes = entries(el).map((li) => li.getBoundingClientRect());
    const cols = boxes.filter((b) => Math.abs(b.top - boxes[0]!.top) < 1).length;
    expect(cols).to.be.greaterThan(1);
    for (const b of boxes.slice(0, cols * 2)) expect(b.width).to.be.closeTo(boxes[0]!.width, 1);
    entries(el)[0]!.querySelector<HTMLButtonElement>('.name')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(deepActive()!.closest('li')!.getAttribute('aria-posinset')).to.equal('2');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(deepActive()!.closest('li')!.getAttribute('aria-posinset')).to.equal(String(2 + cols));
  });

  it('keeps the query and filters in the URL hash, restores them, and follows the back button', async () => {
    history.replaceState(null, '', `${location.pathname}#top`);
    const el = await mount(directory(SAMPLE, { 'sync-url': '' }));
    await type(el, 'zorg');
    await waitUntil(() => location.hash.includes('rnswd-dir='));
    expect(location.hash.startsWith('#top&rnswd-dir=')).to.be.true;
    option(el, 'kind', 'Care and welfare').input.click();
    await settle(el);
    const hash = location.hash;
    expect(decodeURIComponent(hash)).to.contain('q=zorg');
    expect(decodeURIComponent(hash)).to.contain('kind=care-welfare');
    const shown = names(el);
    // A second directory restores the same state from the URL.
    const again = await mount(directory(SAMPLE, { 'sync-url': '' }));
    expect(search(again).value).to.equal('zorg');
    expect(option(again, 'kind', 'Care and welfare').input.checked).to.be.true;
    expect(names(again)).to.deep.equal(shown);
    again.remove();
    // Back: the filter is off again, the query stays.
    const pop = new Promise((r) => addEventListener('popstate', r, { once: true }));
    history.back();
    await pop;
    await settle(el);
    expect(option(el, 'kind', 'Care and welfare').input.checked).to.be.false;
    expect(search(el).value).to.equal('zorg');
    // Back again: before typing.
    const pop2 = new Promise((r) => addEventListener('popstate', r, { once: true }));
    history.back();
    await pop2;
    await settle(el);
    expect(search(el).value).to.equal('');
    expect(location.hash).to.equal('#top');
    expect(count(el)).to.equal(`${SAMPLE.partners.length} partners`);
  });

  it('keeps focus in the list when the results change under it', async () => {
    const el = await mount(directory(SAMPLE, { 'sync-url': '' }));
    const target = entries(el)[3]!.querySelector<HTMLButtonElement>('.name')!;
    target.focus();
    const name = target.textContent!.trim();
    // Another kind filter arrives through the URL (a back button, a link).
    const kind = SAMPLE.partners.find((p) => p.name === name)!.kind;
    const other = kind === 'municipality' ? 'care-welfare' : 'municipality';
    location.hash = `rnswd-dir=${encodeURIComponent(`kind=${other}`)}`;
    await waitUntil(() => count(el).includes(' of '));
    await settle(el);
    expect(deepActive()!.matches('[data-p]'), 'an entry has focus').to.be.true;
  });

  it('shares the selection with the provider both ways; the map follows', async () => {
    const provider = await fixture<RnswdNetwork>(
      html`<rnswd-network lang="en" .data=${SAMPLE}>
        <rnswd-partner-directory
          style="display:block;inline-size:900px;--rnswd-partner-directory-height:300px"
        ></rnswd-partner-directory>
        <rnswd-network-map
          style="display:block;inline-size:900px;--rnswd-network-map-height:300px"
        ></rnswd-network-map>
      </rnswd-network>`,
    );
    const el = provider.querySelector('rnswd-partner-directory')!;
    const map = provider.querySelector('rnswd-network-map')!;
    await ready(el);
    const p = SAMPLE.partners.find((q) => q.name === names(el)[1])!;
    const changed = oneEvent(provider, 'rnswd-selection-change');
    entryButton(el, p.name)!.click();
    expect((await changed).detail.partnerId).to.equal(p.id);
    expect(provider.scope.selection.partnerId).to.equal(p.id);
    await settle(map);
    await waitUntil(
      () => map.shadowRoot!.querySelector('[part="detail"] h3')?.textContent === p.name,
    );
    // Selected elsewhere: far down the list, it is scrolled to, marked and opened.
    const last = [...SAMPLE.partners].sort((a, b) => byName(a.name, b.name)).at(-1)!;
    provider.selectedPartner = last.id;
    await settle(el);
    await nextFrame();
    await settle(el);
    expect(detail(el)!.querySelector('h3')!.textContent).to.equal(last.name);
    const button = entryButton(el, last.name)!;
    expect(button.getAttribute('aria-current')).to.equal('true');
    const box = $(el, '.scroller')!.getBoundingClientRect();
    const r = button.getBoundingClientRect();
    expect(r.top >= box.top && r.bottom <= box.bottom, 'scrolled into view').to.be.true;
    // Closing clears the shared selection.
    detail(el)!.querySelector<HTMLButtonElement>('.close')!.click();
    await settle(el);
    expect(provider.scope.selection.partnerId).to.be.null;
  });

  it('exports the current results as CSV with a byte order mark and the documented columns', async () => {
    const el = await mount(directory());
    option(el, 'municipality', 'Gorinchem').input.click();
    await settle(el);
    const shown = SAMPLE.partners.filter((p) => p.municipality === 'Gorinchem');
    // Catch the download the button starts, and read the file.
    const file = new Promise<string>((resolve) => {
      const onClick = (e: MouseEvent) => {
        const a = e.composedPath()[0] as HTMLAnchorElement;
        if (!a.download) return;
        e.preventDefault();
        document.removeEventListener('click', onClick, true);
        fetch(a.href)
          .then((r) => r.arrayBuffer())
          .then((b) => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)));
      };
      document.addEventListener('click', onClick, true);
    });
    [...$$<HTMLButtonElement>(el, 'button')]
      .find((b) => b.textContent!.includes('Download CSV'))!
      .click();
    const csv = await file;
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).to.equal(
      '"id","name","kind","municipality","municipalityCode","address","website","email","phone","themes"',
    );
    expect(lines).to.have.length(shown.length + 1);
    const coop = lines.find((l) => l.includes('Coöperatie Zorgkracht Gorinchem'))!;
    expect(coop).to.contain('"Care and welfare","Gorinchem","GM0512"');
    expect(el.toCsv()).to.equal(csv);
  });

  it('shows a loading message, then an error with a retry for a file that cannot be fetched', async () => {
    const el = document.createElement('rnswd-partner-directory') as El;
    el.setAttribute('lang', 'nl');
    el.src = '/no/such/network.json';
    const wrapper = await fixture(html`<div></div>`);
    const error = oneEvent(el, 'rnswd-data-error');
    wrapper.append(el);
    await error;
    await settle(el);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('kunnen niet worden getoond');
    expect(alert.querySelector('button')!.textContent).to.contain('Opnieuw proberen');
    await expect(el).to.be.accessible();
  });

  it('speaks Dutch: labels, kinds, counts and filters', async () => {
    const el = directory();
    el.setAttribute('lang', 'nl');
    await mount(el);
    expect(count(el)).to.equal(`${SAMPLE.partners.length} partners`);
    expect(shadowText(el)).to.contain('Sorteren op');
    expect(option(el, 'kind', 'Zorg en welzijn').count).to.be.greaterThan(0);
    option(el, 'kind', 'Gemeente').input.click();
    await settle(el);
    expect(count(el)).to.match(/^\d+ van 42 partners$/);
  });
});
