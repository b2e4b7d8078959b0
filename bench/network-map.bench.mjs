// Benchmarks of <rnswd-network-map> with the built CDN bundle (bench/pages/network-map.html):
// a generated network of 2,000 partners and 5,000 relations, in the graph and on the map.
export const title = 'Network map: 2,000 partners, 5,000 relations (headless Chromium, no GPU)';

const round = (v) => Math.round(v * 10) / 10;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export default async function ({ browser, baseUrl, log }) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${baseUrl}/bench/pages/network-map.html`);
  await page.waitForFunction(() => window.bench && customElements.get('rnswd-network-map'));
  const rows = [];

  // 1. Graph: the force layout runs in slices; the longest main-thread task while it runs.
  const graph = await page.evaluate(() => window.bench.render('graph', 2000, 5000));
  log(`graph: ${graph.markers} nodes`);
  rows.push(
    { metric: 'graph: first drawing', value: round(graph.first), unit: 'ms' },
    { metric: 'graph: time to a settled layout', value: round(graph.settled), unit: 'ms' },
    {
      metric: 'graph: longest main-thread task while it settles',
      value: round(graph.longest),
      unit: 'ms',
      note: graph.longest ? 'PerformanceObserver longtask' : 'no task over 50 ms',
    },
  );

  // 2. Pan and zoom with real input: a drag (no redraw after a pan), then wheel steps (a redraw at the
  //    new zoom level when they end).
  const gesture = async () => {
    const c = await page.evaluate(() => window.bench.centre());
    await page.evaluate(() => window.bench.record());
    await page.mouse.move(c.x, c.y);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) await page.mouse.move(c.x + i * 3, c.y + i * 2);
    await page.mouse.up();
    // Zoom in: the gesture ends at a new zoom level, so the picture is drawn anew.
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel({ deltaY: -80 });
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 400));
    return page.evaluate(() => window.bench.stop());
  };
  const pan = await gesture();
  rows.push(
    {
      metric: 'graph: frame time while panning and zooming, median',
      value: round(pct(pan.frames, 0.5)),
      unit: 'ms',
      note: `${pan.frames.length} frames`,
    },
    {
      metric: 'graph: frame time while panning and zooming, p95',
      value: round(pct(pan.frames, 0.95)),
      unit: 'ms',
    },
    {
      metric: 'graph: frame time, worst (redraw at the end of a gesture)',
      value: round(pan.frames.at(-1) ?? 0),
      unit: 'ms',
    },
    {
      metric: 'graph: longest main-thread task while panning',
      value: round(pan.longest),
      unit: 'ms',
    },
  );

  // 3. The map: 2,000 partners clustered (Leaflet draws 2,000 DOM markers in 5.3 s on this kind of machine).
  const geo = await page.evaluate(() => window.bench.render('geo', 2000, 5000));
  log(`map: ${geo.markers} markers`);
  rows.push(
    {
      metric: 'map: first drawing',
      value: round(geo.first),
      unit: 'ms',
      note: `${geo.markers} markers and clusters`,
    },
    { metric: 'map: longest main-thread task', value: round(geo.longest), unit: 'ms' },
  );
  const mapPan = await gesture();
  rows.push(
    {
      metric: 'map: frame time while panning and zooming, median',
      value: round(pct(mapPan.frames, 0.5)),
      unit: 'ms',
    },
    {
      metric: 'map: frame time while panning and zooming, p95',
      value: round(pct(mapPan.frames, 0.95)),
      unit: 'ms',
    },
  );
  await page.close();
  return rows;
}
