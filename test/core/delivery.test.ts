import { expect } from '@open-wc/testing';
import {
  createRecord,
  getServices,
  releaseServices,
  type Services,
  type StoredRecord,
} from '@rnswd/core';
import { endpointUrl, newBucket, received, script, waitFor } from '../helpers/endpoint.js';

let n = 0;
const freshNetwork = () => `delivery-${Date.now().toString(36)}-${(n += 1)}`;
const opened: string[] = [];

async function services(bucket: string, timeout = 15_000): Promise<Services> {
  const networkId = freshNetwork();
  opened.push(networkId);
  return getServices({ networkId, storage: 'endpoint', endpoint: endpointUrl(bucket), timeout });
}

function proposal(s: Services, title = 'Eenzaamheid onder mantelzorgers') {
  return createRecord('theme-proposal', { title }, { networkId: s.networkId, lang: 'nl' });
}

/** The first failed attempt, as the outbox reports it (the retry may follow within milliseconds). */
function firstFailure(s: Services) {
  return new Promise<{ stored: StoredRecord; error: { code: string }; willRetry: boolean }>(
    (resolve) =>
      s.outbox.addEventListener('delivery-failed', (e) => resolve((e as CustomEvent).detail), {
        once: true,
      }),
  );
}

async function stateOf(s: Services, id: string): Promise<StoredRecord | undefined> {
  return s.store.get(id);
}

async function until(s: Services, id: string, test: (r: StoredRecord) => boolean, ms = 8000) {
  let last: StoredRecord | undefined;
  await waitFor(async () => {
    last = await stateOf(s, id);
    return !!last && test(last);
  }, ms);
  return last!;
}

describe('outbox delivery', () => {
  afterEach(async () => {
    for (const id of opened.splice(0)) await releaseServices(id);
  });

  it('delivers a record once, with its id as Idempotency-Key, after storing it', async () => {
    const bucket = newBucket();
    const s = await services(bucket);
    const record = proposal(s);
    const saved = await s.outbox.save(record);
    expect(saved.state).to.equal('queued');
    const done = await until(s, record.id, (r) => r.state === 'delivered');
    expect(done.status).to.equal(201);
    const server = await received(bucket);
    expect(server.records.map((r: { id: string }) => r.id)).to.deep.equal([record.id]);
    expect(server.keys).to.deep.equal([record.id]);
  });

  it('keeps a record local when it is not to be sent', async () => {
    const bucket = newBucket();
    const s = await services(bucket);
    const record = proposal(s);
    const saved = await s.outbox.save(record, { send: false });
    expect(saved.state).to.equal('local');
    await s.outbox.flush();
    expect((await received(bucket)).attempts).to.equal(0);
  });

  it('retries after a 503 and delivers once', async () => {
    const bucket = newBucket();
    await script(bucket, [{ status: 503 }]);
    const s = await services(bucket);
    const record = proposal(s);
    const failures: unknown[] = [];
    s.outbox.addEventListener('delivery-failed', (e) => failures.push((e as CustomEvent).detail));
    await s.outbox.save(record);
    const done = await until(s, record.id, (r) => r.state === 'delivered');
    expect(done.attempts).to.equal(2);
    expect(failures).to.have.length(1);
    expect(failures[0]).to.include({ status: 503, willRetry: true });
    const server = await received(bucket);
    expect(server.records).to.have.length(1);
    expect(server.keys).to.deep.equal([record.id, record.id]);
  });

  it('honours Retry-After', async () => {
    const bucket = newBucket();
    await script(bucket, [{ status: 429, retryAfter: 2 }]);
    const s = await services(bucket);
    const record = proposal(s);
    await s.outbox.save(record);
    const waiting = await until(s, record.id, (r) => r.state === 'queued' && r.attempts === 1);
    expect(waiting.error?.code).to.equal('server');
    expect(waiting.nextAttemptAt! - Date.now()).to.be.greaterThan(1000);
    await until(s, record.id, (r) => r.state === 'delivered', 10_000);
    expect((await received(bucket)).records).to.have.length(1);
  });

  it('marks a 400 as failed for good, keeps it, goes on with the queue, and retries on request', async () => {
    const bucket = newBucket();
    await script(bucket, [{ status: 400, body: '<html>Bad request</html>' }]);
    const s = await services(bucket);
    const first = proposal(s, 'Eerste');
    const second = proposal(s, 'Tweede');
    await s.outbox.save(first);
    await s.outbox.save(second);
    await until(s, second.id, (r) => r.state === 'delivered');
    const failed = (await stateOf(s, first.id))!;
    expect(failed.state).to.equal('failed');
    expect(failed.error).to.include({ code: 'rejected', status: 400, retryable: false });
    expect(failed.record).to.deep.equal(first);
    expect((await received(bucket)).attempts).to.equal(2);
    await s.outbox.retry(first.id);
    await until(s, first.id, (r) => r.state === 'delivered');
    expect((await received(bucket)).records).to.have.length(2);
  });

  it('times out a hanging endpoint and delivers on the next attempt', async () => {
    const bucket = newBucket();
    await script(bucket, [{ hang: true }]);
    const s = await services(bucket, 600);
    const record = proposal(s);
    const failure = firstFailure(s);
    await s.outbox.save(record);
    const first = await failure;
    expect(first.error.code).to.equal('timeout');
    expect(first.willRetry).to.be.true;
    expect(first.stored.state).to.equal('queued');
    await until(s, record.id, (r) => r.state === 'delivered');
    expect((await received(bucket)).records).to.have.length(1);
  });

  it('retries after a dropped connection and delivers once', async () => {
    const bucket = newBucket();
    await script(bucket, [{ drop: true }]);
    const s = await services(bucket);
    const record = proposal(s);
    await s.outbox.save(record);
    await until(s, record.id, (r) => r.state === 'delivered');
    const server = await received(bucket);
    // The browser itself may resend a POST whose connection dropped; the key keeps it to one record.
    expect(server.attempts).to.be.at.least(2);
    expect(server.keys.every((k) => k === record.id)).to.be.true;
    expect(server.records).to.have.length(1);
  });

  for (const [step, label] of [
    [{ html: true }, 'a 200 HTML login page'],
    [{ badJson: true }, 'invalid JSON'],
    [{ noId: true }, 'a body without the id'],
    [{ redirect: '/login' }, 'a redirect'],
  ] as const) {
    it(`treats ${label} as a misconfigured endpoint: the record stays queued`, async () => {
      const bucket = newBucket();
      await script(bucket, [step]);
      const s = await services(bucket);
      const record = proposal(s);
      const failure = firstFailure(s);
      await s.outbox.save(record);
      const first = await failure;
      expect(first.error.code).to.equal('misconfigured');
      expect(first.stored.state).to.equal('queued');
      await until(s, record.id, (r) => r.state === 'delivered');
      expect((await received(bucket)).records).to.have.length(1);
    });
  }

  it('pauses the queue on 401 until the user retries', async () => {
    const bucket = newBucket();
    await script(bucket, [{ status: 401 }]);
    const s = await services(bucket);
    const record = proposal(s);
    await s.outbox.save(record);
    const paused = await until(s, record.id, (r) => r.attempts === 1 && r.state === 'queued');
    expect(paused.error?.code).to.equal('unauthorized');
    await s.outbox.flush();
    expect((await received(bucket)).attempts).to.equal(1);
    await s.outbox.retry(record.id);
    await until(s, record.id, (r) => r.state === 'delivered');
    expect((await received(bucket)).records).to.have.length(1);
  });

  it('sends first in, first out: nothing overtakes a record that waits', async () => {
    const bucket = newBucket();
    await script(bucket, [{ status: 503 }, { status: 503 }]);
    const s = await services(bucket);
    const a = proposal(s, 'A');
    const b = proposal(s, 'B');
    await s.outbox.save(a);
    await s.outbox.save(b);
    await until(s, b.id, (r) => r.state === 'delivered', 12_000);
    expect((await received(bucket)).keys).to.deep.equal([a.id, a.id, a.id, b.id]);
  });

  it('removes the text of a delivered record unless asked to keep it', async () => {
    const bucket = newBucket();
    const s = await services(bucket);
    const record = createRecord(
      'reflection',
      {
        template: 'alact',
        sharing: 'network',
        themeId: 't1',
        answers: { situation: 'Een gesprek met een cliënt' },
        learningQuestion: 'Hoe vraag ik door?',
      },
      { networkId: s.networkId, lang: 'nl' },
    );
    await s.outbox.save(record, { keep: ['themeId'] });
    const done = await until(s, record.id, (r) => r.state === 'delivered');
    expect(done.redacted).to.be.true;
    expect(done.record).to.deep.equal({
      type: 'reflection',
      schemaVersion: 1,
      id: record.id,
      networkId: record.networkId,
      createdAt: record.createdAt,
      lang: 'nl',
      themeId: 't1',
    });
    expect(JSON.stringify((await received(bucket)).records[0])).to.contain('cliënt');
  });

  it('delivers a queued record once after the page is reloaded', async () => {
    const bucket = newBucket();
    await script(bucket, [{ hang: true }]);
    const net = freshNetwork();
    const frame = document.createElement('iframe');
    const url = (save: number) =>
      `/test/fixtures/outbox-page.html?frame=r&net=${net}&save=${save}&endpoint=${encodeURIComponent(endpointUrl(bucket))}`;
    const messages: Array<{ ready?: boolean; saved?: string[]; delivered?: string }> = [];
    const onMessage = (e: MessageEvent) => messages.push(e.data);
    window.addEventListener('message', onMessage);
    try {
      frame.src = url(1);
      document.body.append(frame);
      await waitFor(() => messages.some((m) => m.ready), 8000);
      const [id] = messages.find((m) => m.ready)!.saved!;
      await waitFor(async () => (await received(bucket)).attempts === 1, 5000);
      messages.length = 0;
      frame.src = url(0); // reload while the record is queued (its request hangs)
      await waitFor(() => messages.some((m) => m.delivered === id), 10_000);
      const server = await received(bucket);
      expect(server.records.map((r: { id: string }) => r.id)).to.deep.equal([id]);
    } finally {
      window.removeEventListener('message', onMessage);
      frame.remove();
    }
  });

  it('never sends a record twice when two tabs flush at once', async () => {
    const bucket = newBucket();
    await script(bucket, [{ delayMs: 200 }, { delayMs: 200 }]);
    const net = freshNetwork();
    const messages: Array<{
      frame: string;
      ready?: boolean;
      saved?: string[];
      delivered?: string;
    }> = [];
    const onMessage = (e: MessageEvent) => messages.push(e.data);
    window.addEventListener('message', onMessage);
    const frames = ['a', 'b'].map((name) => {
      const frame = document.createElement('iframe');
      frame.src = `/test/fixtures/outbox-page.html?frame=${name}&net=${net}&save=4&endpoint=${encodeURIComponent(endpointUrl(bucket))}`;
      document.body.append(frame);
      return frame;
    });
    try {
      await waitFor(() => messages.filter((m) => m.ready).length === 2, 10_000);
      const ids = messages.filter((m) => m.ready).flatMap((m) => m.saved!);
      expect(ids).to.have.length(8);
      await waitFor(async () => (await received(bucket)).records.length === 8, 15_000);
      const server = await received(bucket);
      expect(new Set(server.keys).size, 'every key sent once').to.equal(server.keys.length);
      expect(server.records.map((r: { id: string }) => r.id).sort()).to.deep.equal([...ids].sort());
    } finally {
      window.removeEventListener('message', onMessage);
      frames.forEach((f) => f.remove());
    }
  });
});
