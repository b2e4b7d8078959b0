// The reference endpoint's handler over real HTTP (through the test dev server), and the fault steps of
// the test endpoint. CORS and the file store are covered in packages/endpoint/test/server.test.js.
import { expect } from '@open-wc/testing';
import {
  endpointUrl,
  newBucket,
  received,
  reset,
  script,
  waitFor,
  type FaultStep,
} from '../helpers/endpoint.js';

type Rec = Record<string, unknown> & { id: string; type: string };

function envelope(type: string, networkId = 'zhz') {
  return {
    type,
    schemaVersion: 1,
    id: crypto.randomUUID(),
    networkId,
    createdAt: new Date().toISOString(),
    lang: 'nl',
  };
}

const reflection = (networkId?: string): Rec => ({
  ...envelope('reflection', networkId),
  template: 'alact',
  sharing: 'working-group',
  answers: { handelen: 'Huisbezoek bij een cliënt met schulden', terugblikken: 3 },
  learningQuestion: 'Hoe bereik ik mantelzorgers eerder?',
  role: 'professional',
  situationDate: '2025-03-14',
});

const proposal = (networkId?: string): Rec => ({
  ...envelope('theme-proposal', networkId),
  title: 'Eenzaamheid onder jonge mantelzorgers',
  whyNow: 'Drie gemeenten zien het aantal meldingen stijgen.',
});

const vote = (networkId?: string): Rec => ({
  ...envelope('theme-vote', networkId),
  themeId: 'schulden',
  voterId: crypto.randomUUID(),
  vote: 1,
});

interface PostOptions {
  key?: string | null;
  type?: string;
  body?: string;
  signal?: AbortSignal;
  redirect?: RequestRedirect;
}

function post(bucket: string, record: unknown, options: PostOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {
    'Content-Type': options.type ?? 'application/json',
  };
  const key = options.key === undefined ? (record as Rec).id : options.key;
  if (key !== null) headers['Idempotency-Key'] = key;
  return fetch(endpointUrl(bucket), {
    method: 'POST',
    headers,
    body: options.body ?? JSON.stringify(record),
    signal: options.signal,
    redirect: options.redirect,
  });
}

async function errorOf(res: Response) {
  expect(res.headers.get('content-type')).to.match(/^application\/json/);
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe('reference endpoint', () => {
  describe('POST /records', () => {
    it('stores a valid record and answers 201 with its id', async () => {
      const bucket = newBucket();
      const record = reflection();
      const res = await post(bucket, record);
      expect(res.status).to.equal(201);
      expect(res.headers.get('content-type')).to.match(/^application\/json/);
      expect(res.headers.get('cache-control')).to.equal('no-store');
      expect(res.headers.get('idempotent-replayed')).to.equal(null);
      const body = await res.json();
      expect(body.id).to.equal(record.id);
      expect(new Date(body.receivedAt).toISOString()).to.equal(body.receivedAt);
      const server = await received(bucket);
      expect(server.records).to.deep.equal([record]);
      expect(server.attempts).to.equal(1);
      expect(server.keys).to.deep.equal([record.id]);
    });

    it('accepts each record type, with fields it does not know', async () => {
      const bucket = newBucket();
      for (const record of [proposal(), vote(), { ...reflection(), extra: { nested: true } }]) {
        const res = await post(bucket, record);
        expect(res.status, record.type).to.equal(201);
      }
      const { records } = await received(bucket);
      expect(records.map((r) => r.type)).to.deep.equal([
        'theme-proposal',
        'theme-vote',
        'reflection',
      ]);
      expect(records[2].extra).to.deep.equal({ nested: true });
    });

    it('gives a repeat with the same key and body the first answer again', async () => {
      const bucket = newBucket();
      const record = proposal();
      const first = await post(bucket, record);
      const firstBody = await first.json();
      // The same record with its fields in another order is the same body.
      const reordered = Object.fromEntries(Object.entries(record).reverse());
      const again = await post(bucket, reordered);
      expect(again.status).to.equal(first.status);
      expect(again.headers.get('idempotent-replayed')).to.equal('true');
      expect(await again.json()).to.deep.equal(firstBody);
      const server = await received(bucket);
      expect(server.records).to.have.length(1);
      expect(server.attempts).to.equal(2);
    });

    it('answers 409 for the same key with a different body, and keeps the first', async () => {
      const bucket = newBucket();
      const record = proposal();
      await post(bucket, record);
      const res = await post(bucket, { ...record, title: 'Iets anders' });
      expect(res.status).to.equal(409);
      const body = await res.json();
      expect(body.error.code).to.equal('conflict');
      expect(body.id).to.equal(record.id);
      expect((await received(bucket)).records).to.deep.equal([record]);
    });

    it('refuses another content type with 415', async () => {
      const bucket = newBucket();
      const res = await post(bucket, proposal(), { type: 'text/plain' });
      expect(res.status).to.equal(415);
      expect((await errorOf(res)).code).to.equal('unsupported-media-type');
      expect((await received(bucket)).records).to.deep.equal([]);
    });

    it('accepts application/json with a charset', async () => {
      const bucket = newBucket();
      const res = await post(bucket, proposal(), { type: 'application/json; charset=utf-8' });
      expect(res.status).to.equal(201);
    });

    it('refuses a body over 256 KiB with 413', async () => {
      const bucket = newBucket();
      const record = { ...reflection(), answers: { lang: 'x'.repeat(300_000) } };
      const res = await post(bucket, record);
      expect(res.status).to.equal(413);
      expect((await errorOf(res)).code).to.equal('too-large');
      expect((await received(bucket)).records).to.deep.equal([]);
    });

    it('answers 400 invalid-json for a body that is not JSON', async () => {
      const bucket = newBucket();
      const res = await post(bucket, proposal(), { body: '{"type": "theme-proposal",' });
      expect(res.status).to.equal(400);
      const error = await errorOf(res);
      expect(error.code).to.equal('invalid-json');
      expect(error.message).to.be.a('string').and.not.empty;
    });

    it('answers 422 with the path of every problem', async () => {
      const bucket = newBucket();
      const record = {
        ...reflection(),
        sharing: 'everyone',
        createdAt: 'gisteren',
        situationDate: '2025-02-30',
        answers: { a: ['list'] },
      };
      delete (record as Partial<Rec>).learningQuestion;
      const res = await post(bucket, record);
      expect(res.status).to.equal(422);
      const body = await res.json();
      expect(body.error.code).to.equal('invalid-record');
      const paths = (body.error.problems as { path: string; message: string }[]).map((p) => p.path);
      expect(paths).to.have.members([
        'sharing',
        'createdAt',
        'situationDate',
        'answers.a',
        'learningQuestion',
      ]);
      for (const p of body.error.problems) expect(p.message).to.be.a('string').and.not.empty;
      expect((await received(bucket)).records).to.deep.equal([]);
    });

    it('answers 422 for an unknown type and for broken fields of each type', async () => {
      const bucket = newBucket();
      const cases: [Rec, string[]][] = [
        [{ ...proposal(), type: 'survey' }, ['type']],
        [{ ...proposal(), title: 'x'.repeat(201) }, ['title']],
        [{ ...proposal(), title: '' }, ['title']],
        [{ ...vote(), vote: 2, voterId: undefined as unknown as string }, ['vote', 'voterId']],
        [
          { ...vote(), schemaVersion: 2, lang: 'de', networkId: '' },
          ['schemaVersion', 'lang', 'networkId'],
        ],
      ];
      for (const [record, paths] of cases) {
        const res = await post(bucket, record);
        expect(res.status, paths.join()).to.equal(422);
        const { error } = await res.json();
        expect(error.problems.map((p: { path: string }) => p.path)).to.have.members(paths);
      }
      const notUuid = { ...proposal(), id: 'record-1' };
      const res = await post(bucket, notUuid);
      expect((await res.json()).error.problems).to.deep.equal([
        { path: 'id', message: 'must be a UUID' },
      ]);
    });

    it('answers 400 without an Idempotency-Key, or with one that is not the record id', async () => {
      const bucket = newBucket();
      const record = proposal();
      const missing = await post(bucket, record, { key: null });
      expect(missing.status).to.equal(400);
      expect((await errorOf(missing)).code).to.equal('missing-idempotency-key');
      const other = await post(bucket, record, { key: crypto.randomUUID() });
      expect(other.status).to.equal(400);
      expect((await errorOf(other)).code).to.equal('idempotency-key-mismatch');
      expect((await received(bucket)).records).to.deep.equal([]);
    });

    it('answers other methods with 405', async () => {
      const res = await fetch(endpointUrl(newBucket()), { method: 'PUT' });
      expect(res.status).to.equal(405);
      expect(res.headers.get('allow')).to.equal('GET, POST, OPTIONS');
      expect((await errorOf(res)).code).to.equal('method-not-allowed');
    });
  });

  describe('GET', () => {
    it('lists the records, filtered by networkId and type', async () => {
      const bucket = newBucket();
      const a = reflection('zhz');
      const b = vote('zhz');
      const c = vote('drechtsteden');
      for (const r of [a, b, c]) expect((await post(bucket, r)).status).to.equal(201);

      const all = await fetch(endpointUrl(bucket));
      expect(all.status).to.equal(200);
      expect(all.headers.get('cache-control')).to.equal('no-store');
      const ids = (list: { records: Rec[] }) => list.records.map((r) => r.id);
      expect(ids(await all.json())).to.deep.equal([a.id, b.id, c.id]);
      expect(
        ids(await (await fetch(`${endpointUrl(bucket)}?type=theme-vote`)).json()),
      ).to.deep.equal([b.id, c.id]);
      expect(ids(await (await fetch(`${endpointUrl(bucket)}?networkId=zhz`)).json())).to.deep.equal(
        [a.id, b.id],
      );
      expect(
        ids(await (await fetch(`${endpointUrl(bucket)}?networkId=zhz&type=theme-vote`)).json()),
      ).to.deep.equal([b.id]);
      expect(ids(await received(bucket, { networkId: 'drechtsteden' }))).to.deep.equal([c.id]);
    });

    it('reports its health with the number of records', async () => {
      const bucket = newBucket();
      const health = `/test-endpoint/${bucket}/health`;
      expect(await (await fetch(health)).json()).to.deep.equal({ ok: true, records: 0 });
      await post(bucket, proposal());
      await post(bucket, vote());
      const res = await fetch(health);
      expect(res.status).to.equal(200);
      expect(res.headers.get('cache-control')).to.equal('no-store');
      expect(await res.json()).to.deep.equal({ ok: true, records: 2 });
    });
  });

  describe('test endpoint faults', () => {
    it('answers a scripted status with Retry-After, then behaves normally', async () => {
      const bucket = newBucket();
      await script(bucket, [{ status: 503, retryAfter: 2 }]);
      const record = proposal();
      const first = await post(bucket, record);
      expect(first.status).to.equal(503);
      expect(first.headers.get('retry-after')).to.equal('2');
      expect((await errorOf(first)).code).to.equal('scripted');
      const second = await post(bucket, record);
      expect(second.status).to.equal(201);
      expect(second.headers.get('idempotent-replayed')).to.equal(null);
      const server = await received(bucket);
      expect(server.records).to.have.length(1);
      expect(server.attempts).to.equal(2);
      expect(server.keys).to.deep.equal([record.id, record.id]);
    });

    it('takes one step per POST, in order', async () => {
      const bucket = newBucket();
      await script(bucket, [{ status: 429 }, { status: 500 }]);
      await script(bucket, [{ status: 502 }]);
      const record = vote();
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await post(bucket, record)).status);
      expect(statuses).to.deep.equal([429, 500, 502, 201]);
    });

    it('sends a scripted body and headers as they are', async () => {
      const bucket = newBucket();
      await script(bucket, [
        { status: 400, body: '<html><body>Bad request</body></html>' },
        { status: 202, body: { accepted: true }, headers: { 'X-Trace': 'abc' } },
      ]);
      const html = await post(bucket, proposal());
      expect(html.status).to.equal(400);
      expect(html.headers.get('content-type')).to.match(/^text\/html/);
      expect(await html.text()).to.equal('<html><body>Bad request</body></html>');
      const json = await post(bucket, proposal());
      expect(json.status).to.equal(202);
      expect(json.headers.get('x-trace')).to.equal('abc');
      expect(await json.json()).to.deep.equal({ accepted: true });
      expect((await received(bucket)).records).to.deep.equal([]);
    });

    it('hangs until the client gives up', async () => {
      const bucket = newBucket();
      await script(bucket, [{ hang: true }]);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 300);
      let error: unknown;
      try {
        await post(bucket, proposal(), { signal: controller.signal });
      } catch (e) {
        error = e;
      } finally {
        clearTimeout(timer);
      }
      expect((error as Error | undefined)?.name).to.equal('AbortError');
      const server = await received(bucket);
      expect(server.attempts).to.equal(1);
      expect(server.records).to.deep.equal([]);
    });

    it('drops the connection without an answer', async () => {
      const bucket = newBucket();
      await script(bucket, [{ drop: true }]);
      let error: unknown;
      try {
        await post(bucket, proposal());
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(TypeError);
      expect((await received(bucket)).records).to.deep.equal([]);
    });

    it('answers after a delay, then normally', async () => {
      const bucket = newBucket();
      await script(bucket, [{ delayMs: 50 }]);
      const record = proposal();
      const res = await post(bucket, record);
      expect(res.status).to.equal(201);
      expect((await res.json()).id).to.equal(record.id);
    });

    it('answers a 200 HTML login page', async () => {
      const bucket = newBucket();
      await script(bucket, [{ html: true }]);
      const res = await post(bucket, proposal());
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.match(/^text\/html/);
      expect(await res.text()).to.contain('<form');
      expect((await received(bucket)).records).to.deep.equal([]);
    });

    it('redirects with 302', async () => {
      const bucket = newBucket();
      await script(bucket, [{ redirect: '/somewhere' }, { redirect: true }]);
      const manual = await post(bucket, proposal(), { redirect: 'manual' });
      expect(manual.type).to.equal('opaqueredirect');
      // Followed (a POST answered with 302 becomes a GET): the bucket's login page.
      const followed = await post(bucket, proposal());
      expect(followed.redirected).to.equal(true);
      expect(followed.url).to.equal(
        new URL(`/test-endpoint/${bucket}/login`, location.origin).href,
      );
      expect(followed.status).to.equal(200);
      expect(await followed.text()).to.contain('<form');
      expect((await received(bucket)).records).to.deep.equal([]);
    });

    it('answers 200 application/json that is not JSON', async () => {
      const bucket = newBucket();
      await script(bucket, [{ badJson: true }]);
      const res = await post(bucket, proposal());
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.match(/^application\/json/);
      let error: unknown;
      try {
        await res.json();
      } catch (e) {
        error = e;
      }
      // A SyntaxError (WebKit throws it as a DOMException of that name).
      expect((error as Error | undefined)?.name).to.equal('SyntaxError');
    });

    it('answers 200 without the id', async () => {
      const bucket = newBucket();
      await script(bucket, [{ noId: true }]);
      const res = await post(bucket, proposal());
      expect(res.status).to.equal(200);
      expect(await res.json()).to.deep.equal({ ok: true });
      expect((await received(bucket)).records).to.deep.equal([]);
    });

    it('with commit, stores the record but loses the answer; a retry gets the first answer', async () => {
      const bucket = newBucket();
      await script(bucket, [{ drop: true, commit: true }]);
      const record = proposal();
      let error: unknown;
      try {
        await post(bucket, record);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(TypeError);
      expect((await received(bucket)).records).to.deep.equal([record]);
      const retry = await post(bucket, record);
      expect(retry.status).to.equal(201);
      expect(retry.headers.get('idempotent-replayed')).to.equal('true');
      expect((await retry.json()).id).to.equal(record.id);
    });

    it('refuses a script that is not a list of known steps', async () => {
      const bucket = newBucket();
      let error: unknown;
      try {
        await script(bucket, [{ teapot: true } as unknown as FaultStep]);
      } catch (e) {
        error = e;
      }
      expect((error as Error).message).to.contain('bad-script');
      expect((await post(bucket, proposal())).status).to.equal(201);
    });

    it('forgets everything on reset', async () => {
      const bucket = newBucket();
      await post(bucket, proposal());
      await script(bucket, [{ status: 503 }]);
      await reset(bucket);
      expect(await received(bucket)).to.deep.equal({ records: [], attempts: 0, keys: [] });
      expect((await post(bucket, proposal())).status).to.equal(201);
    });

    it('keeps buckets apart', async () => {
      const a = newBucket();
      const b = newBucket();
      expect(a).to.not.equal(b);
      await script(a, [{ status: 503 }]);
      expect((await post(b, proposal())).status).to.equal(201);
      expect((await post(a, proposal())).status).to.equal(503);
      expect((await received(a)).records).to.deep.equal([]);
      expect((await received(b)).records).to.have.length(1);
    });
  });

  describe('waitFor', () => {
    it('resolves with the first truthy value', async () => {
      let n = 0;
      const value = await waitFor(() => (++n >= 3 ? n : 0), 2000, 5);
      expect(value).to.equal(3);
    });

    it('rejects when the condition is not met in time', async () => {
      let error: unknown;
      try {
        await waitFor(() => false, 50, 5);
      } catch (e) {
        error = e;
      }
      expect((error as Error).message).to.contain('within 50 ms');
    });
  });
});
