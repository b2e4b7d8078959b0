#!/usr/bin/env node
// Renders a page in headless Chromium and saves a PNG, to look at what we build.
//   node scripts/screenshot.mjs /demo/ out.png [--width 1280] [--height 900] [--full] [--wait 1500]
// A path starting with "/" is served from the repository root.
import puppeteer from 'puppeteer-core';
import { startStaticServer } from '../bench/static-server.mjs';

const [target, out = 'screenshot.png', ...rest] = process.argv.slice(2);
const opt = (name, def) => {
  const i = rest.indexOf(`--${name}`);
  return i === -1 ? def : rest[i + 1];
};
const server = target.startsWith('/') ? await startStaticServer(process.cwd()) : null;
const url = server ? server.url + target : target;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log(`[console.${m.type()}]`, m.text()));
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  await page.setViewport({ width: Number(opt('width', 1280)), height: Number(opt('height', 900)) });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, Number(opt('wait', 800))));
  await page.screenshot({ path: out, fullPage: rest.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server?.close();
}
