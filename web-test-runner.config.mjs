// Test runner configuration: real Chromium, Firefox ESR and WebKitGTK from Debian.
// scripts/test.mjs runs this once per engine (RNSWD_BROWSER) and prints the totals.
import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { testEndpointPlugin } from './test/helpers/endpoint-plugin.mjs';
import { fixturesPlugin } from './test/helpers/fixtures-plugin.mjs';
import { defaultReporter } from '@web/test-runner';

export const BROWSER_PATHS = {
  chromium: process.env.CHROME_PATH || '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  webkit:
    process.env.WEBKIT_MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};

const engine = process.env.RNSWD_BROWSER || 'chromium';

function browserFor(name) {
  switch (name) {
    case 'chromium':
      return chromeLauncher({
        launchOptions: {
          executablePath: BROWSER_PATHS.chromium,
          args: [
            '--no-sandbox',
            '--headless=new',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      });
    case 'firefox':
      return puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: BROWSER_PATHS.firefox,
          headless: true,
        },
      });
    case 'webkit':
      return webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: Number(process.env.WEBKIT_DRIVER_PORT || 4444),
        capabilities: {
          'wdio:enforceWebDriverClassic': true,
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: BROWSER_PATHS.webkit,
            args: ['--automation'],
          },
        },
      });
    default:
      throw new Error(`Unknown browser "${name}": use chromium, firefox or webkit.`);
  }
}

// One group per folder of test/ (except helpers and suites), so a package's tests can run alone:
// `npm run test:chromium -- --group core`.
const groups = readdirSync('test', { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['helpers', 'suites', 'fixtures'].includes(d.name))
  .filter((d) => readdirSync(`test/${d.name}`).some((f) => f.endsWith('.test.ts')))
  .map((d) => ({ name: d.name, files: `test/${d.name}/**/*.test.ts` }));

export default {
  port: Number(process.env.RNSWD_TEST_PORT || 8000),
  groups,
  nodeResolve: { exportConditions: ['source', 'browser'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022' }),
    testEndpointPlugin(),
    fixturesPlugin(),
  ],
  browsers: [browserFor(engine)],
  // One test file at a time: a page in a background tab gets no animation frames and throttled tasks,
  // and widgets that wait for a frame (windowed lists, layouts in slices) would stall there.
  concurrency: Number(process.env.RNSWD_TEST_CONCURRENCY || 1),
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 20_000 } },
  reporters: [
    defaultReporter(),
    summaryReporter({ engine, dir: process.env.RNSWD_RESULTS_DIR || 'test-results' }),
  ],
  filterBrowserLogs: () => true,
};
