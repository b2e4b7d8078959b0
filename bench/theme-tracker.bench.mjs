// Benchmarks of <rnswd-theme-tracker> with the built CDN bundle (bench/pages/theme-tracker.html):
// an agenda of 500 themes, generated here, as a list and as a board; filtering, sorting, a detail view
// and a vote (stored in IndexedDB, then the list ranked anew).
export const title = 'Theme tracker: 500 themes (headless Chromium, no GPU)';

const THEMES = 500;
const STATUSES = ['proposed', 'active', 'paused', 'completed'];
const WORDS = [
  'wijkteams',
  'mantelzorg',
  'schulden',
  'eenzaamheid',
  'jeugdhulp',
  'participatie',
  'wonen',
  'armoede',
  'vrijwilligers',
  'cliëntenraden',
  'ervaringskennis',
  'preventie',
];

/** A deterministic network with `count` themes, each with milestones, updates and learning questions. */
export function agenda(count = THEMES, seed = 11) {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const date = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const partners = Array.from({ length: 60 }, (_, i) => ({
    id: `p-${i}`,
    name: `Partner ${i + 1}`,
    kind: 'care-welfare',
  }));
  const workingGroups = Array.from({ length: 12 }, (_, g) => ({
    id: `wg-${g}`,
    name: { nl: `Werkgroep ${g + 1}`, en: `Working group ${g + 1}` },
    themeIds: [],
    partnerIds: [],
  }));
  const themes = Array.from({ length: count }, (_, i) => {
    const group = workingGroups[i % workingGroups.length];
    const milestones = Array.from({ length: 1 + Math.floor(rnd() * 6) }, (_, m) => {
      const done = rnd() < 0.5;
      return {
        title: {
          nl: `Mijlpaal ${m + 1}: ${pick(WORDS)}`,
          en: `Milestone ${m + 1}: ${pick(WORDS)}`,
        },
        due: date(2024 + Math.floor(m / 2), 1 + ((m * 5) % 12), 1 + Math.floor(rnd() * 27)),
        done,
        ...(done ? { doneAt: date(2024 + Math.floor(m / 2), 1 + ((m * 5) % 12), 28) } : {}),
      };
    });
    const updates = Array.from({ length: Math.floor(rnd() * 5) }, (_, u) => ({
      date: date(2024 + Math.floor(u / 2), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 27)),
      text: {
        nl: `Bijeenkomst over ${pick(WORDS)} en ${pick(WORDS)}.`,
        en: `Meeting on ${pick(WORDS)}.`,
      },
    }));
    group.themeIds.push(`t-${i}`);
    return {
      id: `t-${i}`,
      title: { nl: `Thema ${i + 1}: ${pick(WORDS)} en ${pick(WORDS)}`, en: `Theme ${i + 1}` },
      description: {
        nl: `Hoe werken we in de regio samen aan ${pick(WORDS)}, en wat leren we van elkaar?`,
        en: `How do we work together on ${pick(WORDS)}?`,
      },
      status: STATUSES[i % 4],
      workingGroupId: group.id,
      partnerIds: Array.from({ length: 2 + Math.floor(rnd() * 8) }, () => pick(partners).id),
      learningQuestions: [{ nl: `Wat werkt bij ${pick(WORDS)}?`, en: 'What works?' }],
      milestones,
      updates,
      priority: i + 1,
      reflectionCount: Math.floor(rnd() * 40),
    };
  });
  for (const t of themes) t.partnerIds = [...new Set(t.partnerIds)];
  return {
    version: 1,
    id: 'bench-agenda',
    name: 'Benchmark agenda',
    themes,
    workingGroups,
    partners,
    relations: [],
  };
}

const round = (v) => Math.round(v * 10) / 10;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function ({ browser, baseUrl, log }) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${baseUrl}/bench/pages/theme-tracker.html`);
  await page.waitForFunction(() => window.bench && customElements.get('rnswd-theme-tracker'));
  const data = agenda();
  const rows = [];
  const runs = 5;

  for (const layout of ['list', 'board']) {
    const results = [];
    for (let i = 0; i < runs; i++)
      results.push(await page.evaluate((d, l) => window.bench.render(d, l), data, layout));
    log(`${layout}: ${results[0].cards} cards`);
    rows.push(
      {
        metric: `${layout}: render ${THEMES} themes, median of ${runs}`,
        value: round(median(results.map((r) => r.ms))),
        unit: 'ms',
        note: 'data set to every card painted',
      },
      {
        metric: `${layout}: longest main-thread task`,
        value: round(Math.max(...results.map((r) => r.longest))),
        unit: 'ms',
      },
    );
  }

  await page.evaluate((d) => window.bench.render(d, 'list'), data);
  const active = data.themes.filter((t) => t.status === 'active').length;
  const filter = await page.evaluate((n) => window.bench.choose('Status', 'active', n), active);
  const all = await page.evaluate((n) => window.bench.choose('Status', '', n), THEMES);
  const open = await page.evaluate(() => window.bench.open());
  const vote = await page.evaluate(() => window.bench.vote());
  const sort = await page.evaluate((n) => window.bench.choose('Sorteren op', 'title', n), THEMES);
  rows.push(
    { metric: `filter by status (${THEMES} → ${active})`, value: round(filter.ms), unit: 'ms' },
    { metric: `clear the filter (→ ${THEMES})`, value: round(all.ms), unit: 'ms' },
    { metric: `sort ${THEMES} themes by title`, value: round(sort.ms), unit: 'ms' },
    { metric: 'open a detail view', value: round(open.ms), unit: 'ms' },
    {
      metric: 'vote: stored, then the list ranked anew',
      value: round(vote.ms),
      unit: 'ms',
      note: 'IndexedDB write included',
    },
  );
  await page.close();
  return rows;
}
