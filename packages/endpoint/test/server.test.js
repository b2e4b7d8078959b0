// The reference endpoint as a server: CORS (which a same-origin browser test cannot see), the JSON Lines
// store (flushed before the answer, read back on restart), concurrency and the CLI.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createEndpoint, createHandler, fileStore, memoryStore } from '../src/server.js';

const ALLOWED = 'https://www.sociaalnetwerk-zhz.nl';
const OTHER = 'https://elders.example';

const dir = mkdtempSync(join(tmpdir(), 'rnswd-endpoint-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function proposal(fields = {}) {
  return {
    type: 'theme-proposal',
    schemaVersion: 1,
    id: randomUUID(),
    networkId: 'zhz',
    createdAt: new Date().toISOString(),
    lang: 'nl',
    title: 'Schulden en eenzaamheid',
    ...fields,
  };
}

/**
 * @param {string} url
 * @param {object} record
 * @param {Record<string, string>} [headers]
 */
function post(url, record, headers = {}) {
  return fetch(`${url}/records`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id, ...headers },
    body: JSON.stringify(record),
  });
}

/** @param {string} file */
const lines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe('CORS', () => {
  /** @type {Awaited<ReturnType<typeof createEndpoint>>} */
  let endpoint;
  before(async () => {
    endpoint = await createEndpoint({ port: 0, origins: [ALLOWED] });
  });
  after(() => endpoint.close());

  it('answers a preflight from a configured origin', async () => {
    const res = await fetch(`${endpoint.url}/records`, {
      method: 'OPTIONS',
      headers: {
        Origin: ALLOWED,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED);
    assert.equal(res.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
    assert.equal(res.headers.get('access-control-allow-headers'), 'Content-Type, Idempotency-Key');
    assert.equal(res.headers.get('access-control-max-age'), '600');
    assert.equal(res.headers.get('vary'), 'Origin');
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
    assert.equal(await res.text(), '');
  });

  it('gives no CORS headers to another origin', async () => {
    const res = await fetch(`${endpoint.url}/records`, {
      method: 'OPTIONS',
      headers: { Origin: OTHER, 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    assert.equal(res.headers.get('access-control-allow-methods'), null);
    assert.equal(res.headers.get('vary'), 'Origin');
  });

  it('puts CORS headers on actual answers for a configured origin only', async () => {
    const record = proposal();
    const allowed = await post(endpoint.url, record, { Origin: ALLOWED });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /Idempotent-Replayed/);
    const other = await post(endpoint.url, record, { Origin: OTHER });
    assert.equal(other.status, 201);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const list = await fetch(`${endpoint.url}/records`, { headers: { Origin: ALLOWED } });
    assert.equal(list.headers.get('access-control-allow-origin'), ALLOWED);
    assert.equal(list.headers.get('cache-control'), 'no-store');
  });

  it('allows credentials only when asked to', async () => {
    const withCredentials = await createEndpoint({
      port: 0,
      origins: [ALLOWED],
      credentials: true,
    });
    try {
      const res = await fetch(`${withCredentials.url}/records`, {
        method: 'OPTIONS',
        headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
      assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED);
    } finally {
      await withCredentials.close();
    }
  });

  it('echoes any origin when `*` is configured', async () => {
    const anyOrigin = await createEndpoint({ port: 0, origins: ['*'] });
    try {
      const res = await fetch(`${anyOrigin.url}/health`, { headers: { Origin: OTHER } });
      assert.equal(res.headers.get('access-control-allow-origin'), OTHER);
    } finally {
      await anyOrigin.close();
    }
  });

  it('answers JSON 404 for other paths', async () => {
    const res = await fetch(`${endpoint.url}/elsewhere`);
    assert.equal(res.status, 404);
    assert.equal((await res.json()).error.code, 'not-found');
  });
});

describe('file store', () => {
  it('has the line on disk when it answers, and still knows the record after a restart', async () => {
    const file = join(dir, 'restart', 'records.jsonl');
    const record = proposal();
    const next = proposal();
    let endpoint = await createEndpoint({ port: 0, dataFile: file });
    let first;
    try {
      const res = await post(endpoint.url, record);
      assert.equal(res.status, 201);
      first = await res.json();
      // Read right after the answer: the line was written (and synced) before it.
      assert.deepEqual(lines(file), [{ receivedAt: first.receivedAt, record }]);
    } finally {
      await endpoint.close();
    }

    endpoint = await createEndpoint({ port: 0, dataFile: file });
    try {
      const again = await post(endpoint.url, record);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await again.json(), first);
      const changed = await post(endpoint.url, { ...record, title: 'Iets anders' });
      assert.equal(changed.status, 409);
      assert.deepEqual((await changed.json()).id, record.id);
      assert.deepEqual(await (await fetch(`${endpoint.url}/records`)).json(), {
        records: [record],
      });
      assert.deepEqual(await (await fetch(`${endpoint.url}/health`)).json(), {
        ok: true,
        records: 1,
      });
      assert.equal((await post(endpoint.url, next)).status, 201);
    } finally {
      await endpoint.close();
    }
    assert.deepEqual(
      lines(file).map((l) => l.record.id),
      [record.id, next.id],
    );
  });

  it('skips a torn last line and starts the next record on a line of its own', async () => {
    const file = join(dir, 'torn.jsonl');
    const kept = proposal();
    writeFileSync(
      file,
      `${JSON.stringify({ receivedAt: new Date().toISOString(), record: kept })}\n`,
    );
    appendFileSync(file, '{"receivedAt":"2025-01-01T00:00:00.000Z","record":{"id":"x');
    const warn = console.warn;
    /** @type {unknown[]} */
    const warnings = [];
    console.warn = (...args) => warnings.push(args);
    const added = proposal();
    /** @type {string[]} */
    let before;
    /** @type {string[]} */
    let afterRestart;
    try {
      const store = fileStore(file);
      before = store.list().map((e) => e.record.id);
      await store.add({ record: added, receivedAt: new Date().toISOString() });
      await store.close?.();
      afterRestart = fileStore(file)
        .list()
        .map((e) => e.record.id);
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(before, [kept.id]);
    assert.deepEqual(afterRestart, [kept.id, added.id]);
    // Once when it was opened, once when it was opened again: the torn line is never used.
    assert.equal(warnings.length, 2);
  });

  it('answers 503 with Retry-After, not 201, when the record could not be written', async () => {
    const handle = createHandler({
      store: {
        ...memoryStore(),
        add: async () => {
          throw new Error('disk full');
        },
      },
    });
    const server = createServer(async (req, res) => {
      if (!(await handle(req, res))) res.end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
    const error = console.error;
    console.error = () => {};
    try {
      const record = proposal();
      const res = await post(url, record);
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '10');
      assert.equal((await res.json()).error.code, 'storage-unavailable');
      assert.deepEqual(await (await fetch(`${url}/records`)).json(), { records: [] });
    } finally {
      console.error = error;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    }
  });
});

describe('handler', () => {
  /** @type {Awaited<ReturnType<typeof createEndpoint>>} */
  let endpoint;
  before(async () => {
    endpoint = await createEndpoint({ port: 0, dataFile: join(dir, 'handler.jsonl') });
  });
  after(() => endpoint.close());

  it('stores a record once when the same key arrives twice at the same time', async () => {
    const record = proposal();
    const answers = await Promise.all([post(endpoint.url, record), post(endpoint.url, record)]);
    assert.deepEqual(
      answers.map((r) => r.status),
      [201, 201],
    );
    const bodies = await Promise.all(answers.map((r) => r.json()));
    assert.deepEqual(bodies[0], bodies[1]);
    assert.deepEqual(
      answers.map((r) => r.headers.get('idempotent-replayed')).sort(),
      ['true', null].sort(),
    );
    const { records } = await (await fetch(`${endpoint.url}/records`)).json();
    assert.equal(records.filter((/** @type {{ id: string }} */ r) => r.id === record.id).length, 1);
  });

  it('serves under a base path and leaves other paths alone', async () => {
    const handle = createHandler({ base: '/api/' });
    let passed = 0;
    const server = createServer(async (req, res) => {
      if (!(await handle(req, res))) {
        passed += 1;
        res.writeHead(418);
        res.end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
    try {
      assert.equal((await fetch(`${url}/api/health`)).status, 200);
      assert.equal((await post(`${url}/api`, proposal())).status, 201);
      assert.equal((await fetch(`${url}/records`)).status, 418);
      assert.equal((await fetch(`${url}/api/other`)).status, 418);
      assert.equal(passed, 2);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    }
  });
});

describe('rnswd-endpoint (CLI)', () => {
  it('starts, says where it listens, and answers', async () => {
    const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'rnswd-endpoint.js');
    const child = spawn(
      process.execPath,
      [bin, '--port', '0', '--data', join(dir, 'cli.jsonl'), '--origin', ALLOWED],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const url = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const match = out.match(/listening on (http:\/\/\S+)\/records/);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      const res = await fetch(`${url}/health`);
      assert.deepEqual(await res.json(), { ok: true, records: 0 });
      const preflight = await fetch(`${url}/records`, {
        method: 'OPTIONS',
        headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED);
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    }
  });
});
