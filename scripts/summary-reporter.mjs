// A test-runner reporter that counts passed/failed/skipped tests and writes them to
// test-results/summary-<engine>.json, so scripts/test.mjs can print one plain closing line.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(test.name);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryReporter({ engine, dir }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { engine, passed: 0, failed: 0, skipped: 0, files: 0, failures: [] };
      for (const session of sessions) {
        counts.files += 1;
        const before = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        // A file that failed to load, or failed outside a test, counts as one failure.
        if (!session.passed && counts.failed === before) {
          counts.failed += 1;
          counts.failures.push(`${session.testFile} (${session.errors?.[0]?.message ?? 'failed'})`);
        }
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/summary-${engine}.json`, JSON.stringify(counts, null, 2));
    },
  };
}
