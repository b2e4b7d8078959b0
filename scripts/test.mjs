#!/usr/bin/env node
// Runs the browser tests once per engine and ends with one plain line: `tests: N passed, N failed`.
//   npm test                          all three engines
//   npm test -- --browsers chromium   one engine (also: npm run test:chromium)
//   npm test -- --group core          one package's tests (any other flags go to web-test-runner)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { BROWSER_PATHS } from '../web-test-runner.config.mjs';

const args = process.argv.slice(2);
let browsers = ['chromium', 'firefox', 'webkit'];
const i = args.indexOf('--browsers');
if (i !== -1) {
  browsers = args[i + 1].split(',');
  args.splice(i, 2);
}

const PACKAGES = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  webkit: 'webkit2gtk-driver and xvfb',
};

function missing(engine) {
  if (!existsSync(BROWSER_PATHS[engine])) return BROWSER_PATHS[engine];
  if (engine === 'webkit') {
    for (const tool of ['WebKitWebDriver', 'xvfb-run']) {
      if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return tool;
    }
  }
  return null;
}

function freePort() {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, ms = 30_000) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

function run(cmd, cmdArgs, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

// The bundle tests load the CDN bundle; build it when a fresh checkout has none yet.
if (!existsSync('packages/widgets/dist/rnswd-widgets.min.js')) {
  console.log('Building the CDN bundle for the bundle tests (tsc -b, rollup)…');
  const built = spawnSync('sh', ['-c', 'npx tsc -b && npx rollup -c --silent'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// The test groups: one per folder of test/ with tests (as in web-test-runner.config.mjs).
const GROUPS = readdirSync('test', { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['helpers', 'suites', 'fixtures'].includes(d.name))
  .filter((d) => readdirSync(`test/${d.name}`).some((f) => f.endsWith('.test.ts')))
  .map((d) => d.name);

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let exitCode = 0;
// Each run gets its own port and results folder, so several runs can go at once.
const resultsDir = mkdtempSync(join(tmpdir(), 'rnswd-tests-'));

// First the reference endpoint's Node tests (CORS, file store), unless another group was asked for.
const group = args.includes('--group') ? args[args.indexOf('--group') + 1] : 'endpoint';
if (group === 'endpoint') {
  console.log('\n=== node: packages/endpoint ===');
  const tap = join(resultsDir, 'endpoint.tap');
  const code = await run(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    'packages/endpoint/test/',
  ]);
  const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (what) => Number(tapText.match(new RegExp(`^# ${what} (\\d+)`, 'm'))?.[1] ?? 0);
  const s = { passed: count('pass'), failed: count('fail') || (code === 0 ? 0 : 1) };
  totals.passed += s.passed;
  totals.failed += s.failed;
  lines.push(`node (endpoint): ${s.passed} passed, ${s.failed} failed`);
  if (code !== 0) exitCode = 1;
}

for (const engine of browsers) {
  const gone = missing(engine);
  if (gone) {
    console.error(
      `\n${engine}: ${gone} not found. Install the Debian package ${PACKAGES[engine]} ` +
        `(apt-get install ${PACKAGES[engine].replace(' and ', ' ')}), or set its path ` +
        `(CHROME_PATH, FIREFOX_PATH, WEBKIT_MINIBROWSER_PATH).`,
    );
    totals.failed += 1;
    exitCode = 1;
    continue;
  }
  let driver;
  const env = {
    RNSWD_BROWSER: engine,
    RNSWD_RESULTS_DIR: resultsDir,
    RNSWD_TEST_PORT: String(await freePort()),
  };
  if (engine === 'webkit') {
    const port = await freePort();
    env.WEBKIT_DRIVER_PORT = String(port);
    driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
      stdio: 'ignore',
      detached: true,
    });
    await waitForPort(port);
  }
  console.log(`\n=== ${engine} ===`);
  // Each package's tests in a browser of their own, so that nothing one package's tests leave behind in
  // the browser (focus, history, storage) can change another's.
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  let code = 0;
  for (const g of args.includes('--group') ? [null] : GROUPS) {
    const file = join(resultsDir, `summary-${engine}.json`);
    rmSync(file, { force: true });
    const groupArgs = g ? ['--group', g] : [];
    const runCode = await run(
      'npx',
      ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...groupArgs, ...args],
      env,
    );
    if (runCode !== 0) code = runCode;
    if (existsSync(file)) {
      const s = JSON.parse(readFileSync(file, 'utf8'));
      counts.passed += s.passed;
      counts.failed += s.failed;
      counts.skipped += s.skipped;
      counts.failures.push(...s.failures);
    } else {
      counts.failed += 1;
      counts.failures.push(
        `${g ?? 'tests'}: the test runner ended (exit ${runCode}) without a summary`,
      );
    }
  }
  if (driver) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  lines.push(
    `${engine}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
  );
  for (const f of counts.failures) lines.push(`  failed: ${f}`);
  if (code !== 0) exitCode = 1;
}

rmSync(resultsDir, { recursive: true, force: true });
console.log('');
for (const line of lines) console.log(line);
if (totals.skipped)
  console.log(`skipped: ${totals.skipped} (skipped tests are not allowed on main)`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(exitCode || (totals.failed ? 1 : 0) || (totals.skipped ? 1 : 0));
