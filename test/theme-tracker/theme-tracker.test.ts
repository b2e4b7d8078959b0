import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/core/src/rnswd-network.js';
import '../../packages/theme-tracker/src/rnswd-theme-tracker.js';
import '../../packages/reflection-form/src/rnswd-reflection-form.js';
import type { RnswdNetwork } from '../../packages/core/src/provider/network-provider.js';
import type { Network, Theme } from '../../packages/core/src/data/contract.js';
import type { RnswdThemeTracker } from '../../packages/theme-tracker/src/theme-tracker.js';
import { hostileNetwork } from '../../demo/data/generate-network.js';
import { createRecord } from '../../packages/core/src/records/record.js';
import { getServices } from '../../packages/core/src/delivery/services.js';
import { endpointUrl, newBucket, received, script, waitFor } from '../helpers/endpoint.js';
import { runElementSuite, settle, shadowText } from '../suites/element-suite.js';

const SAMPLE: Network = await (await fetch('/demo/data/zhz-network.json')).json();
const byId = new Map(SAMPLE.themes.map((t) => [t.id, t]));
const en = (t: Theme['title']) => (typeof t === 'string' ? t : (t.en ?? t.nl!));

let seq = 0;
/** A network id of its own for every tracker, so no test sees another's database. */
const uniqueId = () => `tt-${Date.now().toString(36)}-${(seq += 1)}`;

async function tracker(attrs: Record<string, string> = {}, data: unknown = SAMPLE) {
  const el = document.createElement('rnswd-theme-tracker') as RnswdThemeTracker;
  el.setAttribute('lang', 'en');
  el.setAttribute('network-id', attrs['network-id'] ?? uniqueId());
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  const wrapper = await fixture(html`<div style="inline-size: 1100px"></div>`);
  wrapper.append(el);
  await settle(el);
  return el;
}

const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
const cards = (el: RnswdThemeTracker) => $$(el, '[part~="theme"]');
const titleOf = (card: Element) => card.querySelector('button.title')!.textContent!.trim();
const titles = (el: RnswdThemeTracker) => cards(el).map(titleOf);
const count = (el: RnswdThemeTracker) =>
  el.shadowRoot!.querySelector('.count[role="status"]')!.textContent!.trim();
const cardOf = (el: RnswdThemeTracker, title: string) =>
  cards(el).find((c) => titleOf(c) === title)!;

function selectByLabel(el: RnswdThemeTracker, label: string): HTMLSelectElement {
  const found = $$(el, 'label').find((l) => l.querySelector('.label')?.textContent === label);
  if (!found) throw new Error(`no control labelled ${label}`);
  return found.querySelector('select')!;
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function button(el: RnswdThemeTracker, name: RegExp): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) =>
    name.test((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('<rnswd-theme-tracker>', () => {
  it('is accessible (axe): list with an open detail view, and board', async () => {
    const el = await tracker();
    cards(el)[0]!.querySelector<HTMLButtonElement>('button.title')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="detail"]')).to.exist;
    await expect(el).to.be.accessible();
    el.layout = 'board';
    await settle(el);
    await expect(el).to.be.accessible();
  });

  runElementSuite({
    tag: 'rnswd-theme-tracker',
    data: SAMPLE,
    langProbe: { nl: 'Alle statussen', en: 'All statuses' },
  });

  it('shows every theme with its status as a word and a shape, and its progress from the milestones', async () => {
    const el = await tracker();
    expect(cards(el)).to.have.length(SAMPLE.themes.length);
    const words = {
      proposed: 'Proposed',
      active: 'Active',
      paused: 'Paused',
      completed: 'Completed',
    };
    for (const theme of SAMPLE.themes) {
      const card = cardOf(el, en(theme.title));
      const status = card.querySelector('[part~="status"]')!;
      expect(status.textContent!.trim()).to.equal(words[theme.status]);
      expect(status.querySelector('svg[aria-hidden="true"] path')).to.exist;
      const done = theme.milestones.filter((m) => m.done).length;
      const all = theme.milestones.length;
      const progress = card.querySelector('progress');
      if (!all) {
        expect(progress).to.be.null;
        expect(card.textContent).to.contain('No milestones yet');
        continue;
      }
      expect(progress!.max).to.equal(all);
      expect(progress!.value).to.equal(done);
      const label = el.shadowRoot!.getElementById(progress!.getAttribute('aria-labelledby')!)!;
      expect(label.textContent!.trim()).to.equal(
        `${done} of ${all} milestone${all === 1 ? '' : 's'} reached`,
      );
    }
    // Shapes differ per status, so that colour is never the only cue.
    const shapes = new Set($$(el, '[part~="status"] path').map((p) => p.getAttribute('d')));
    expect(shapes.size).to.equal(4);
  });

  it('shows the working group, the partners, the latest update with its date, and the published reflection count', async () => {
    const el = await tracker();
    const theme = byId.get('theme-wijkteams')!;
    const card = cardOf(el, en(theme.title));
    const text = card.textContent!.replace(/\s+/g, ' ');
    const group = SAMPLE.workingGroups.find((g) => g.id === theme.workingGroupId)!;
    expect(text).to.contain(`Working group: ${en(group.name)}`);
    expect(text).to.contain(`${theme.partnerIds.length} partners`);
    const latest = [...theme.updates].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
    expect(card.querySelector(`.latest time[datetime="${latest.date}"]`)).to.exist;
    expect(text).to.contain(en(latest.text));
    expect(text).to.contain(`${theme.reflectionCount} shared in the network`);
    // A theme without a published count says nothing about it.
    const quiet = cardOf(el, en(byId.get('theme-ervaringskennis')!.title));
    expect(quiet.textContent).not.to.contain('shared in the network');
  });

  it('lays out a list, or a board with a labelled column per status (reflected, switchable)', async () => {
    const el = await tracker();
    expect(el.getAttribute('layout')).to.equal('list');
    expect($$(el, 'ol.themes')).to.have.length(1);
    button(el, /^Board$/).click();
    await settle(el);
    expect(el.getAttribute('layout')).to.equal('board');
    expect(button(el, /^Board$/).getAttribute('aria-pressed')).to.equal('true');
    const columns = $$(el, 'section[part~="column"]');
    expect(
      columns.map((c) =>
        el
          .shadowRoot!.getElementById(c.getAttribute('aria-labelledby')!)!
          .textContent!.replace(/\s+/g, ' ')
          .trim(),
      ),
    ).to.deep.equal(['Proposed (2)', 'Active (3)', 'Paused (1)', 'Completed (1)']);
    for (const column of columns) {
      const status = column.querySelector('h3 .status')!.className.match(/s-(\w+)/)![1];
      for (const card of column.querySelectorAll('[part~="theme"]')) {
        const theme = SAMPLE.themes.find((t) => en(t.title) === titleOf(card))!;
        expect(theme.status).to.equal(status);
      }
    }
    el.setAttribute('layout', 'list');
    await settle(el);
    expect($$(el, 'section[part~="column"]')).to.have.length(0);
    expect(cards(el)).to.have.length(SAMPLE.themes.length);
  });

  it('filters by status and by working group, and says how many are shown in a polite live region', async () => {
    const el = await tracker();
    expect(count(el)).to.equal('7 themes on the agenda.');
    choose(selectByLabel(el, 'Status'), 'active');
    await settle(el);
    expect(titles(el)).to.have.members(
      SAMPLE.themes.filter((t) => t.status === 'active').map((t) => en(t.title)),
    );
    expect(count(el)).to.equal('3 of 7 themes shown.');
    choose(selectByLabel(el, 'Working group'), 'wg-ervaring');
    await settle(el);
    expect(titles(el)).to.deep.equal(['Formal and informal care']);
    choose(selectByLabel(el, 'Status'), 'paused');
    await settle(el);
    expect(cards(el)).to.have.length(0);
    expect(shadowText(el)).to.contain('No themes match this choice.');
    button(el, /^Show all themes$/).click();
    await settle(el);
    expect(cards(el)).to.have.length(7);
    expect(selectByLabel(el, 'Status').value).to.equal('');
    // On the board, a status filter leaves that status's column.
    el.layout = 'board';
    choose(selectByLabel(el, 'Status'), 'proposed');
    await settle(el);
    expect($$(el, 'section[part~="column"]')).to.have.length(1);
  });

  it('sorts by priority (status, then agreed priority), by title, and by last update', async () => {
    const el = await tracker();
    expect(titles(el)).to.deep.equal([
      'Social district teams',
      'Formal and informal care',
      'Debt and loneliness',
      'Measuring results',
      'Lived experience in policy',
      'Self-reliance',
      'Supporting informal carers',
    ]);
    choose(selectByLabel(el, 'Sort by'), 'title');
    await settle(el);
    expect(titles(el)).to.deep.equal([...titles(el)].sort((a, b) => a.localeCompare(b, 'en')));
    choose(selectByLabel(el, 'Sort by'), 'updated');
    await settle(el);
    const latest = titles(el).map((t) => {
      const th = SAMPLE.themes.find((x) => en(x.title) === t)!;
      return (
        th.updates
          .map((u) => u.date)
          .sort()
          .at(-1) ?? ''
      );
    });
    expect(latest).to.deep.equal([...latest].sort().reverse());
  });

  it('opens a detail view with learning questions, partners and a timeline in date order; Escape closes it and returns focus', async () => {
    const el = await tracker();
    const theme = byId.get('theme-wijkteams')!;
    const title = cardOf(el, en(theme.title)).querySelector<HTMLButtonElement>('button.title')!;
    title.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(title.getAttribute('aria-expanded')).to.equal('true');
    const detail = el.shadowRoot!.getElementById(title.getAttribute('aria-controls')!)!;
    expect(detail.getAttribute('part')).to.equal('detail');
    for (const q of theme.learningQuestions) expect(detail.textContent).to.contain(en(q));
    const partner = SAMPLE.partners.find((p) => p.id === theme.partnerIds[0])!;
    expect(detail.textContent).to.contain(partner.name);
    const dates = [...detail.querySelectorAll('.timeline time')].map((t) =>
      t.getAttribute('datetime')!,
    );
    expect(dates).to.have.length(theme.milestones.length + theme.updates.length);
    expect(dates).to.deep.equal([...dates].sort());
    const items = [...detail.querySelectorAll('.timeline li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' '),
    );
    expect(items.filter((t) => t.includes('Milestone reached'))).to.have.length(
      theme.milestones.filter((m) => m.done).length,
    );
    expect(items.filter((t) => t.includes('Milestone planned'))).to.have.length(
      theme.milestones.filter((m) => !m.done).length,
    );
    // Into the detail view, then Escape: closed, focus back on the theme's button.
    el.shadowRoot!.querySelector<HTMLElement>('[part~="detail"] button')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(title.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part~="detail"]')).to.be.null;
    expect(el.shadowRoot!.activeElement).to.equal(title);
    // Space opens it again, the close button closes it and returns focus too.
    await sendKeys({ type: ' ' });
    await settle(el);
    button(el, /^Close$/).click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(title);
  });

  it('reaches filters, sort and themes with the keyboard alone', async () => {
    const el = await tracker();
    const start = document.createElement('button');
    start.textContent = 'before';
    el.before(start);
    start.focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const a = el.shadowRoot!.activeElement as HTMLElement | null;
      if (a)
        reached.push(
          a.tagName === 'SELECT'
            ? a.closest('label')!.querySelector('.label')!.textContent!
            : a.textContent!.trim(),
        );
    }
    expect(reached.slice(0, 6)).to.deep.equal([
      'List',
      'Board',
      'Status',
      'Working group',
      'Sort by',
      'Social district teams',
    ]);
    // The status filter works from the keyboard (arrow keys on a native select).
    const status = selectByLabel(el, 'Status');
    status.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(status.value).to.equal('proposed');
    await waitUntil(() => cards(el).length === 2, 'two proposed themes');
  });

  it('sets the shared selection and fires rnswd-theme-select; follows a selection made elsewhere', async () => {
    const provider = await fixture<RnswdNetwork>(
      html`<rnswd-network lang="en" network-id=${uniqueId()} .data=${SAMPLE}>
        <rnswd-theme-tracker></rnswd-theme-tracker>
      </rnswd-network>`,
    );
    const el = provider.querySelector('rnswd-theme-tracker')!;
    await settle(el);
    const card = cardOf(el, 'Debt and loneliness');
    const event = oneEvent(el, 'rnswd-theme-select');
    const changed = oneEvent(provider, 'rnswd-selection-change');
    card.querySelector<HTMLButtonElement>('button.title')!.click();
    const { detail } = await event;
    expect(detail.theme.id).to.equal('theme-schulden-eenzaamheid');
    await changed;
    expect(provider.selectedTheme).to.equal('theme-schulden-eenzaamheid');
    await settle(el);
    expect(card.getAttribute('aria-current')).to.equal('true');
    expect(shadowText(el)).to.contain('Selected: Debt and loneliness.');
    // Elsewhere: the provider's selection changes; the tracker marks and opens that theme.
    provider.selectedTheme = 'theme-mantelzorg';
    await settle(el);
    const other = cardOf(el, 'Supporting informal carers');
    expect(other.getAttribute('aria-current')).to.equal('true');
    expect(other.querySelector('button.title')!.getAttribute('aria-expanded')).to.equal('true');
    expect(card.hasAttribute('aria-current')).to.be.false;
  });

  it('presets the theme of a reflection form in the same provider', async () => {
    const provider = await fixture<RnswdNetwork>(
      html`<rnswd-network lang="en" network-id=${uniqueId()} .data=${SAMPLE}>
        <rnswd-theme-tracker></rnswd-theme-tracker>
        <rnswd-reflection-form></rnswd-reflection-form>
      </rnswd-network>`,
    );
    const el = provider.querySelector('rnswd-theme-tracker')!;
    const form = provider.querySelector('rnswd-reflection-form')!;
    await settle(el);
    await settle(form);
    const themeField = () => {
      const label = [...form.shadowRoot!.querySelectorAll('label')].find((l) =>
        /^Theme\b/.test(l.textContent!.trim()),
      );
      return label && (form.shadowRoot!.getElementById(label.htmlFor) as HTMLSelectElement);
    };
    await waitUntil(() => themeField(), 'the form has a theme field');
    expect(themeField()!.value).to.equal('');
    const title = cardOf(el, 'Debt and loneliness').querySelector<HTMLButtonElement>(
      'button.title',
    )!;
    title.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => themeField()!.value === 'theme-schulden-eenzaamheid',
      'the form shows the theme chosen in the agenda',
    );
  });

  it('shows an empty agenda as such', async () => {
    const el = await tracker({}, { ...SAMPLE, id: 'empty', themes: [] });
    expect(cards(el)).to.have.length(0);
    expect(shadowText(el)).to.contain('There are no themes on the agenda yet.');
    await expect(el).to.be.accessible();
  });

  it('shows hostile text as inert text', async () => {
    const el = await tracker({}, hostileNetwork());
    cards(el)[0]!.querySelector<HTMLButtonElement>('button.title')!.click();
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, script, a, iframe, b, i')).to.have.length(0);
    for (const node of root.querySelectorAll('*'))
      for (const attr of node.getAttributeNames()) expect(attr).not.to.match(/^on/);
    const text = shadowText(el);
    expect(text).to.contain('<script>alert(1)</script>');
    expect(text).to.contain('<a href="javascript:alert(1)">klik</a>');
    expect(text).to.contain('" onmouseover="alert(1)" data-x="');
    el.setAttribute('lang', 'nl');
    await settle(el);
    expect(shadowText(el)).to.contain('<img src=x onerror=alert(1)>');
    await expect(el).to.be.accessible();
  });
});

describe('<rnswd-theme-tracker> collaborative agenda', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const voteButton = (el: RnswdThemeTracker, title: string) =>
    button(el, new RegExp(`^(Vote for|Stem voor) ${title}$`));
  const votesOf = (el: RnswdThemeTracker, title: string) =>
    cardOf(el, title).querySelector('.votes')!.textContent!.trim();
  const field = (el: RnswdThemeTracker, id: string) =>
    el.shadowRoot!.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
  /** The real keyboard, one key at a time (WebKitGTK's driver drops repeated keys in a string). */
  async function keys(text: string) {
    for (const key of text) await sendKeys({ type: key });
  }
  async function type(el: RnswdThemeTracker, id: string, text: string) {
    field(el, id).focus();
    await keys(text);
  }
  const proposals = (el: RnswdThemeTracker) => $$(el, '[part~="proposal"]');

  it('is accessible (axe) with votes, the proposal form, its error summary and a pending proposal', async () => {
    const el = await tracker({ 'allow-votes': '', 'allow-proposals': '' });
    voteButton(el, 'Measuring results').click();
    await waitUntil(() => votesOf(el, 'Measuring results') === '1 vote');
    button(el, /^Propose a theme$/).click();
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await settle(el);
    await expect(el).to.be.accessible();
    await type(el, 'pt', 'Poverty and health');
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await waitUntil(() => proposals(el).length === 1, 'the proposal is on the agenda');
    await expect(el).to.be.accessible();
    el.layout = 'board';
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('keeps a vote in this browser: pressed, counted, and still there for a new tracker of the network', async () => {
    const id = uniqueId();
    const el = await tracker({ 'network-id': id, 'allow-votes': '' });
    const vote = voteButton(el, 'Self-reliance');
    expect(vote.getAttribute('aria-pressed')).to.equal('false');
    expect(votesOf(el, 'Self-reliance')).to.equal('0 votes');
    // Completed themes take no votes.
    expect(cardOf(el, 'Supporting informal carers').querySelector('[part~="vote"]')).to.be.null;
    vote.click();
    await waitUntil(() => votesOf(el, 'Self-reliance') === '1 vote', 'the vote is counted');
    expect(voteButton(el, 'Self-reliance').getAttribute('aria-pressed')).to.equal('true');
    expect(cardOf(el, 'Self-reliance').querySelector('.state')!.textContent).to.contain(
      'Kept in this browser',
    );
    expect(shadowText(el)).to.contain('Your vote for Self-reliance is saved.');
    el.remove();
    const again = await tracker({ 'network-id': id, 'allow-votes': '' });
    await waitUntil(() => votesOf(again, 'Self-reliance') === '1 vote', 'read back from IndexedDB');
    expect(voteButton(again, 'Self-reliance').getAttribute('aria-pressed')).to.equal('true');
  });

  it('ranks by votes when sorting by priority, adds the host’s counts, and focus follows the voted theme', async () => {
    const el = await tracker({ 'allow-votes': '' });
    expect(titles(el)[0]).to.equal('Social district teams');
    el.votes = { 'theme-zelfredzaamheid': 4, 'theme-resultaten-meten': 2 };
    await settle(el);
    expect(titles(el).slice(0, 2)).to.deep.equal(['Self-reliance', 'Measuring results']);
    expect(votesOf(el, 'Self-reliance')).to.equal('4 votes');
    // Two from the host and one from this browser make three: still behind four.
    voteButton(el, 'Measuring results').focus();
    await sendKeys({ type: ' ' });
    await waitUntil(() => votesOf(el, 'Measuring results') === '3 votes');
    expect(titles(el).slice(0, 2)).to.deep.equal(['Self-reliance', 'Measuring results']);
    el.votes = { 'theme-zelfredzaamheid': 2, 'theme-resultaten-meten': 2 };
    await settle(el);
    expect(titles(el).slice(0, 2)).to.deep.equal(['Measuring results', 'Self-reliance']);
    // A vote that moves a theme up: the theme moves, and focus moves with it.
    const debt = voteButton(el, 'Debt and loneliness');
    debt.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => votesOf(el, 'Debt and loneliness') === '1 vote');
    await settle(el);
    expect(titles(el).indexOf('Debt and loneliness')).to.equal(2);
    expect(el.shadowRoot!.activeElement).to.equal(voteButton(el, 'Debt and loneliness'));
  });

  it('replaces a changed vote: the latest record per theme counts, here and at the endpoint', async () => {
    const bucket = newBucket();
    const id = uniqueId();
    const el = await tracker({
      'network-id': id,
      'allow-votes': '',
      storage: 'endpoint',
      endpoint: endpointUrl(bucket),
    });
    voteButton(el, 'Debt and loneliness').click();
    await waitUntil(() => votesOf(el, 'Debt and loneliness') === '1 vote');
    await waitFor(async () => (await received(bucket)).records.length === 1);
    voteButton(el, 'Debt and loneliness').click();
    await waitUntil(() => votesOf(el, 'Debt and loneliness') === '0 votes');
    expect(voteButton(el, 'Debt and loneliness').getAttribute('aria-pressed')).to.equal('false');
    expect(shadowText(el)).to.contain('Your vote for Debt and loneliness is withdrawn.');
    const server = await waitFor(async () => {
      const r = await received(bucket, { type: 'theme-vote' });
      return r.records.length === 2 && r;
    });
    const [first, second] = server.records;
    expect([first!.vote, second!.vote]).to.deep.equal([1, 0]);
    expect(first!.themeId).to.equal('theme-schulden-eenzaamheid');
    expect(first!.voterId).to.equal(second!.voterId);
    expect(first!.id).not.to.equal(second!.id);
    // And again for: a third record; a new tracker sees the latest.
    voteButton(el, 'Debt and loneliness').click();
    await waitFor(async () => (await received(bucket)).records.length === 3);
    el.remove();
    const again = await tracker({ 'network-id': id, 'allow-votes': '' });
    await waitUntil(() => votesOf(again, 'Debt and loneliness') === '1 vote');
  });

  it('delivers a proposal and a vote to the endpoint once, with an anonymous voter id and no personal data', async () => {
    const bucket = newBucket();
    const id = uniqueId();
    const el = await tracker({
      'network-id': id,
      'allow-votes': '',
      'allow-proposals': '',
      storage: 'endpoint',
      endpoint: endpointUrl(bucket),
    });
    button(el, /^Propose a theme$/).click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'pt'));
    expect(button(el, /^Send proposal$/)).to.exist;
    await keys('Poverty and health');
    await type(el, 'pd', 'Debts, stress and illness go together.');
    await type(el, 'pw', 'The new municipal health policy is written this year.');
    const delivered = oneEvent(el, 'rnswd-delivered');
    button(el, /^Send proposal$/).click();
    const { detail } = await delivered;
    expect(detail.record.type).to.equal('theme-proposal');
    await waitUntil(() => proposals(el)[0]?.textContent?.includes('Sent'), 'shown as sent');
    const card = proposals(el)[0]!;
    expect(card.textContent).to.contain('Poverty and health');
    expect(card.textContent).to.contain('Proposed — not yet processed');
    voteButton(el, 'Measuring results').click();
    await waitUntil(() =>
      cardOf(el, 'Measuring results').querySelector('.state')?.textContent?.includes('Sent'),
    );
    const server = await received(bucket);
    expect(server.records.map((r) => r.type)).to.deep.equal(['theme-proposal', 'theme-vote']);
    expect(server.attempts).to.equal(2);
    const [proposal, vote] = server.records;
    expect(proposal).to.include({
      title: 'Poverty and health',
      description: 'Debts, stress and illness go together.',
      whyNow: 'The new municipal health policy is written this year.',
      networkId: id,
      lang: 'en',
      schemaVersion: 1,
    });
    expect(Object.keys(vote!).sort()).to.deep.equal(
      [
        'createdAt',
        'id',
        'lang',
        'networkId',
        'schemaVersion',
        'themeId',
        'type',
        'vote',
        'voterId',
      ].sort(),
    );
    expect(vote!.voterId).to.match(UUID);
    expect(vote!.vote).to.equal(1);
    // Nothing is sent twice: the outbox is idle and the endpoint still has two.
    await settle(el);
    expect((await received(bucket)).records).to.have.length(2);
  });

  it('shows a refused record as not sent, with the reason and a retry that delivers it', async () => {
    const bucket = newBucket();
    await script(bucket, [{ status: 422, body: { error: 'invalid' } }]);
    const el = await tracker({
      'allow-votes': '',
      storage: 'endpoint',
      endpoint: endpointUrl(bucket),
    });
    voteButton(el, 'Social district teams').click();
    const state = () => cardOf(el, 'Social district teams').querySelector('.state')!;
    await waitUntil(() => state()?.textContent?.includes('Not sent'), 'refused', { timeout: 8000 });
    button(el, /^Send again$/).click();
    await waitUntil(() => state().textContent!.includes('Sent'), 'delivered after retry', {
      timeout: 8000,
    });
    expect((await received(bucket)).records).to.have.length(1);
  });

  it('checks the proposal form: an error summary on an empty title, nothing typed is lost, and a draft survives', async () => {
    const id = uniqueId();
    const el = await tracker({ 'network-id': id, 'allow-proposals': '' });
    button(el, /^Propose a theme$/).click();
    await settle(el);
    expect(button(el, /^Propose a theme$/).getAttribute('aria-expanded')).to.equal('true');
    await type(el, 'pd', 'Loneliness among young carers');
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await settle(el);
    const summary = el.shadowRoot!.getElementById('summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const title = field(el, 'pt');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(
      el.shadowRoot!.getElementById(title.getAttribute('aria-describedby')!)!.textContent,
    ).to.equal('Enter a title.');
    expect(field(el, 'pd').value).to.equal('Loneliness among young carers');
    // The summary's link leads to the field.
    summary.querySelector('a')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(title);
    await keys('Young carers');
    await settle(el);
    expect(title.getAttribute('aria-invalid')).to.equal('false');
    // Escape closes the form, the draft stays, focus returns to the button.
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('form')).to.be.null;
    expect(el.shadowRoot!.activeElement).to.equal(button(el, /^Propose a theme$/));
    await new Promise((r) => setTimeout(r, 400));
    el.remove();
    const again = await tracker({ 'network-id': id, 'allow-proposals': '' });
    button(again, /^Propose a theme$/).click();
    await waitUntil(() => field(again, 'pt')?.value === 'Young carers', 'the draft is back');
    expect(field(again, 'pd').value).to.equal('Loneliness among young carers');
    button(again, /^Save proposal$/).click();
    await waitUntil(
      () => shadowText(again).includes('Your proposal is on the agenda'),
      'thanked once saved',
    );
    expect(proposals(again)).to.have.length(1);
    expect(proposals(again)[0]!.textContent).to.contain('Kept in this browser');
    expect(again.shadowRoot!.querySelector('form')).to.be.null;
    // Saved: the form is empty next time.
    button(again, /^Propose a theme$/).click();
    await settle(again);
    expect(field(again, 'pt').value).to.equal('');
    // On the board a pending proposal stands in the proposed column.
    again.layout = 'board';
    await settle(again);
    const column = $$(again, 'section[part~="column"]')[0]!;
    expect(column.querySelector('[part~="proposal"]')).to.exist;
    expect(column.querySelector('h3')!.textContent!.replace(/\s+/g, ' ')).to.contain('(3)');
  });

  it('counts the reflections kept in this browser per theme', async () => {
    const id = uniqueId();
    const { outbox } = await getServices({ networkId: id });
    const reflection = (themeId?: string) =>
      createRecord(
        'reflection',
        {
          template: 'alact',
          sharing: 'private',
          answers: {},
          learningQuestion: 'What did I learn?',
          ...(themeId ? { themeId } : {}),
        },
        { networkId: id, lang: 'en' },
      );
    await outbox.save(reflection('theme-wijkteams'));
    await outbox.save(reflection('theme-wijkteams'));
    await outbox.save(reflection());
    const el = await tracker({ 'network-id': id });
    const card = () => cardOf(el, 'Social district teams');
    await waitUntil(() => card().textContent!.includes('2 in this browser'));
    expect(card().textContent!.replace(/\s+/g, ' ')).to.contain(
      'Reflections: 34 shared in the network, 2 in this browser',
    );
    // A reflection written while the tracker is open counts at once.
    await outbox.save(reflection('theme-ervaringskennis'));
    await waitUntil(() =>
      cardOf(el, 'Lived experience in policy').textContent!.includes('1 in this browser'),
    );
  });
});
