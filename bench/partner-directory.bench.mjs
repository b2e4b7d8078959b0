// Benchmarks of <rnswd-partner-directory> with the built CDN bundle (bench/pages/partner-directory.html):
// generated networks of 1,000 and 10,000 partners; first render, search index, keystrokes typed with
// real key input, JS heap.
export const title = 'Partner directory: 1,000 and 10,000 partners (headless Chromium, no GPU)';

const round = (v) => Math.round(v * 10) / 10;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const MB = (b) => Math.round((b / 2 ** 20) * 10) / 10;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Realistic queries, typed character by character, each cleared again with Backspace. */
const QUERIES = ['welzijn dordrecht', 'mantelzorg', 'hogeschol', 'clientenraad papendrecht'];

export default async function ({ browser, baseUrl, log }) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${baseUrl}/bench/pages/partner-directory.html`);
  await page.waitForFunction(() => window.bench && customElements.get('rnswd-partner-directory'));
  const rows = [];

  /** Types the queries with real key input; the latency and work of every keystroke. */
  async function typeQueries() {
    await page.evaluate(() => window.bench.record());
    let k = 0;
    for (const q of QUERIES) {
      for (const ch of q) {
        await page.keyboard.type(ch);
        await page.evaluate((k) => window.bench.waitFor(k), ++k);
        await sleep(40);
      }
      for (let i = 0; i < q.length; i++) {
        await page.keyboard.press('Backspace');
        await page.evaluate((k) => window.bench.waitFor(k), ++k);
        await sleep(20);
      }
    }
    return page.evaluate(() => window.bench.samples());
  }

  // The floor: a bare text field, same keys, same measurement.
  await page.evaluate(() => window.bench.bare());
  const bare = await typeQueries();
  const bs = bare.map((x) => x.ms).sort((a, b) => a - b);
  rows.push(
    {
      metric: 'bare text field (the browser alone): keystroke to painted frame, median',
      value: round(pct(bs, 0.5)),
      unit: 'ms',
    },
    {
      metric: 'bare text field: work per keystroke, median',
      value: round(
        pct(
          bare.map((x) => x.work).sort((a, b) => a - b),
          0.5,
        ),
      ),
      unit: 'ms',
    },
    {
      metric: 'bare text field: keystroke to painted frame, p95',
      value: round(pct(bs, 0.95)),
      unit: 'ms',
    },
  );

  // The first directory on a page also compiles code and prepares the data schema: measured apart, so
  // that the figures below compare sizes.
  const cold = await page.evaluate(() => window.bench.render(200));
  rows.push({
    metric: 'first directory on the page (cold start), 200 partners: first render',
    value: round(cold.first),
    unit: 'ms',
  });

  for (const n of [1000, 10000]) {
    const label = n.toLocaleString('en-GB');
    const r = await page.evaluate((n) => window.bench.render(n), n);
    log(`${label}: ${r.entries} entries rendered`);
    rows.push(
      { metric: `${label}: first render (entries painted)`, value: round(r.first), unit: 'ms' },
      {
        metric: `${label}: search index ready (a query typed at once is answered)`,
        value: round(r.searchable),
        unit: 'ms',
      },
      {
        metric: `${label}: longest task, first render`,
        value: round(r.longestFirst),
        unit: 'ms',
        note: r.longestFirst ? 'includes validating the data (core)' : 'no task over 50 ms',
      },
      {
        metric: `${label}: longest task while the index is built`,
        value: round(r.longestBuild),
        unit: 'ms',
        note: r.longestBuild ? 'PerformanceObserver longtask' : 'no task over 50 ms',
      },
    );
    if (n === 10000)
      rows.push(
        {
          metric: `${label}: JS heap of the page after rendering`,
          value: MB(r.heapTotal),
          unit: 'MB',
        },
        {
          metric: `${label}: of which the directory (index, model, entries)`,
          value: MB(r.heapDirectory),
          unit: 'MB',
          note: `the network data itself: ${MB(r.heapData)} MB`,
        },
      );

    // Keystrokes: real key input, key down to the painted frame with the new results.
    const all = await typeQueries();
    const slow = [...all].sort((a, b) => b.ms - a.ms).slice(0, 3);
    log(
      `${label}: slowest keystrokes: ${slow.map((x) => `"${x.q}" ${round(x.ms)} ms`).join(', ')}`,
    );
    const s = all.map((x) => x.ms).sort((a, b) => a - b);
    const w = all.map((x) => x.work).sort((a, b) => a - b);
    rows.push(
      {
        metric: `${label}: keystroke to painted results, median`,
        value: round(pct(s, 0.5)),
        unit: 'ms',
        note: `${s.length} keystrokes`,
      },
      {
        metric: `${label}: keystroke to painted results, p95`,
        value: round(pct(s, 0.95)),
        unit: 'ms',
      },
      {
        metric: `${label}: keystroke to painted results, worst`,
        value: round(s.at(-1)),
        unit: 'ms',
      },
      {
        metric: `${label}: work per keystroke (search, filters, render), median`,
        value: round(pct(w, 0.5)),
        unit: 'ms',
      },
      {
        metric: `${label}: work per keystroke (search, filters, render), p95`,
        value: round(pct(w, 0.95)),
        unit: 'ms',
      },
    );
  }
  await page.close();
  return rows;
}
