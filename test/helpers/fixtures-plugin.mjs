// Dev-server plugin for the data tests: endpoints that answer late or never.
//   /__fixtures/hang        never answers; the request ends when the browser gives up (abort, timeout)
//   /__fixtures/slow?ms=N   answers with a small valid network after N ms (at most 10 s)
//   /__fixtures/truncated   answers application/json that is cut off halfway (a file like that would
//                           trip the formatter, so it is served from here)
//   /__fixtures/bundle-9.9.9.js  the CDN bundle as if it were another version (9.9.9), for the test
//                           that loads two versions on one page
import { readFile } from 'node:fs/promises';

// Files under test/fixtures/ are served as they are, at /test/fixtures/...

const MAX_HANG_MS = 60_000;

const SMALL_NETWORK = JSON.stringify({
  version: 1,
  id: 'slow',
  name: 'Slow network',
  partners: [{ id: 'p1', name: 'Partner', kind: 'other' }],
});

function closed(context, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    context.res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function fixturesPlugin() {
  return {
    name: 'rnswd-fixtures',
    async serve(context) {
      if (context.path === '/__fixtures/hang') {
        await closed(context, MAX_HANG_MS);
        return { body: '', type: 'application/json' };
      }
      if (context.path === '/__fixtures/slow') {
        const ms = Math.min(Number(context.query.ms) || 0, 10_000);
        await new Promise((resolve) => setTimeout(resolve, ms));
        return { body: SMALL_NETWORK, type: 'application/json' };
      }
      if (context.path === '/__fixtures/truncated') {
        return { body: SMALL_NETWORK.slice(0, 40), type: 'application/json' };
      }
      if (context.path === '/__fixtures/bundle-9.9.9.js') {
        const bundle = await readFile('packages/widgets/dist/rnswd-widgets.min.js', 'utf8');
        const { version } = JSON.parse(await readFile('packages/core/package.json', 'utf8'));
        return {
          body: bundle
            .replaceAll(`"${version}"`, '"9.9.9"')
            .replace(/\/\/# sourceMappingURL=.*$/m, ''),
          type: 'application/javascript',
        };
      }
      return undefined;
    },
  };
}
