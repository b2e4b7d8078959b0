#!/usr/bin/env node
// `npm run bench`: sizes of what ships, then each widget's benchmarks in headless Chromium.
// Prints a table and writes bench/results.json. Widgets add `bench/<name>.bench.mjs` files that export
// `default async function ({ browser, baseUrl, log }) => [{ metric, value, unit, note? }]`; their pages
// load the built CDN bundle, so what is measured is what ships.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { measureSizes } from './sizes.mjs';
import { startStaticServer } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

if (!existsSync(join(root, 'packages/widgets/dist/rnswd-widgets.min.js'))) {
  console.log('Building first (npm run build)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  },
  sections: {},
  titles: { size: 'Size (esbuild --minify, gzip -9 / brotli -11)' },
};

function table(title, rows) {
  console.log(`\n${title}`);
  const w = Math.max(...rows.map((r) => r.metric.length), 10);
  for (const r of rows) {
    const value = typeof r.value === 'number' ? r.value.toLocaleString('en-GB') : String(r.value);
    console.log(
      `  ${r.metric.padEnd(w)}  ${value.padStart(10)} ${r.unit ?? ''}${r.note ? `  (${r.note})` : ''}`,
    );
  }
}

// 1. Sizes.
if (!only.length || only.includes('size')) {
  const rows = await measureSizes(root);
  results.sections.size = rows;
  table('Size (esbuild --minify, gzip -9 / brotli -11)', rows);
}

// 2. Browser benchmarks.
const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !only.length || only.includes(f.replace('.bench.mjs', '')));
if (benches.length) {
  const server = await startStaticServer(root);
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
  try {
    for (const file of benches) {
      const name = file.replace('.bench.mjs', '');
      const mod = await import(join(root, 'bench', file));
      const rows = await mod.default({
        browser,
        baseUrl: server.url,
        log: (...a) => console.log(`  [${name}]`, ...a),
      });
      results.sections[name] = rows;
      results.titles[name] = mod.title ?? name;
      table(mod.title ?? name, rows);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

// A run of some sections (`npm run bench -- partner-directory`) keeps the other sections' figures.
const file = join(root, 'bench/results.json');
if (only.length && existsSync(file)) {
  const before = JSON.parse(readFileSync(file, 'utf8'));
  results.sections = { ...before.sections, ...results.sections };
  results.titles = { ...before.titles, ...results.titles };
}
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
console.log('\nWrote bench/results.json');

// The README's figures: one table per section, between the bench markers.
const readme = join(root, 'README.md');
const begin = '<!-- bench:begin -->';
const end = '<!-- bench:end -->';
const doc = readFileSync(readme, 'utf8');
if (doc.includes(begin) && doc.includes(end)) {
  let md = `Measured ${results.date.slice(0, 10)} on ${results.machine.cpus} × ${results.machine.cpu}, headless Chromium.\n`;
  for (const [name, rows] of Object.entries(results.sections)) {
    md += `\n**${results.titles[name] ?? name}**\n\n| metric | value |\n| --- | ---: |\n`;
    for (const r of rows) {
      const value = typeof r.value === 'number' ? r.value.toLocaleString('en-GB') : String(r.value);
      const text = `${r.metric}${r.note ? ` (${r.note})` : ''}`.replace(/</g, '&lt;');
      md += `| ${text} | ${value} ${r.unit ?? ''} |\n`;
    }
  }
  const i = doc.indexOf(begin) + begin.length;
  writeFileSync(readme, doc.slice(0, i) + '\n' + md + doc.slice(doc.indexOf(end)));
  console.log('Updated the figures in README.md');
}
