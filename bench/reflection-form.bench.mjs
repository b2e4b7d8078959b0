// Benchmarks of <rnswd-reflection-form> with the built CDN bundle (bench/pages/reflection-form.html):
// the time from "save" to a reflection committed to IndexedDB, and the time the outbox takes to deliver
// 1,000 queued reflections to the reference endpoint (packages/endpoint, started here on a free port).
import { createEndpoint } from '../packages/endpoint/src/server.js';

export const title = 'Reflection form: saving and delivery (headless Chromium)';

const round = (v) => Math.round(v * 10) / 10;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export default async function ({ browser, baseUrl, log }) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${baseUrl}/bench/pages/reflection-form.html`);
  await page.waitForFunction(() => window.bench && customElements.get('rnswd-reflection-form'));
  const rows = [];

  // 1. Submit to saved, 200 times (each submit also re-reads the growing list of "my reflections").
  const submits = await page.evaluate(() => window.bench.submits(200));
  const times = submits.times.slice().sort((a, b) => a - b);
  log(`${submits.kept} reflections kept`);
  rows.push(
    {
      metric: 'submit to saved (IndexedDB committed), median',
      value: round(pct(times, 0.5)),
      unit: 'ms',
      note: `${times.length} submits`,
    },
    { metric: 'submit to saved, p95', value: round(pct(times, 0.95)), unit: 'ms' },
  );

  // 2. 1,000 queued reflections delivered to the reference endpoint (in memory, CORS for this page).
  const endpoint = await createEndpoint({ port: 0, origins: [new URL(baseUrl).origin] });
  try {
    // Started without waiting in one call (it can take longer than a protocol call may), then polled.
    await page.evaluate((url) => {
      window.delivery = null;
      window.bench.deliver(1000, url).then((r) => (window.delivery = r));
    }, `${endpoint.url}/records`);
    let result = null;
    while (!result) {
      await new Promise((r) => setTimeout(r, 1000));
      result = await page.evaluate(() => window.delivery);
    }
    const health = await (await fetch(`${endpoint.url}/health`)).json();
    log(
      `${result.queued} queued, ${result.delivered} delivered, the endpoint holds ${health.records}`,
    );
    rows.push(
      {
        metric: 'deliver 1,000 queued reflections to the reference endpoint',
        value: round(result.ms),
        unit: 'ms',
        note: `${health.records} received, one POST each, in order`,
      },
      {
        metric: 'deliver: per reflection',
        value: round(result.ms / Math.max(1, result.delivered)),
        unit: 'ms',
      },
    );
  } finally {
    await endpoint.close();
  }
  await page.close();
  return rows;
}
