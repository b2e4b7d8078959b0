import { expect } from '@open-wc/testing';
import {
  DB_VERSION,
  RecordStore,
  StoreError,
  createRecord,
  databaseName,
  type StoredRecord,
} from '@rnswd/core';

let n = 0;
const freshId = () => `store-test-${Date.now().toString(36)}-${(n += 1)}`;

function stored(networkId: string, fields: Partial<StoredRecord> = {}): StoredRecord {
  const record = createRecord(
    'reflection',
    { text: 'Wat ging er goed?' },
    { networkId, lang: 'nl' },
  );
  return {
    id: record.id,
    type: record.type,
    record,
    state: 'local',
    attempts: 0,
    savedAt: new Date().toISOString(),
    redacted: false,
    keep: 'all',
    seq: Date.now() * 1000 + n++,
    ...fields,
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens a database the way version 1 of the library did: `records` and `drafts`, nothing else. */
async function openVersion1(name: string, seed: object[]): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('records', { keyPath: 'id' });
    open.result.createObjectStore('drafts');
  };
  const db = await request(open);
  const tx = db.transaction('records', 'readwrite');
  for (const value of seed) tx.objectStore('records').put(value);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  return db;
}

describe('RecordStore', () => {
  it('keeps records, newest first, with drafts and settings', async () => {
    const id = freshId();
    const store = await RecordStore.open(id);
    expect(store.persistent).to.be.true;
    expect(store.notice).to.equal(null);
    const a = stored(id, { seq: 1 });
    const b = stored(id, { seq: 2, type: 'theme-vote' });
    await store.put(a);
    await store.put(b);
    expect((await store.list()).map((r) => r.id)).to.deep.equal([b.id, a.id]);
    expect((await store.list('reflection')).map((r) => r.id)).to.deep.equal([a.id]);
    expect((await store.get(a.id))?.record).to.deep.equal(a.record);
    await store.putDraft('form', { answers: { a: 'half af' } });
    expect(await store.getDraft('form')).to.deep.equal({ answers: { a: 'half af' } });
    await store.putMeta('voterId', 'v-1');
    expect(await store.getMeta('voterId')).to.equal('v-1');
    await store.delete(a.id);
    expect(await store.get(a.id)).to.equal(undefined);
    await store.clear();
    expect(await store.list()).to.have.length(0);
    expect(await store.getDraft('form')).to.equal(undefined);
    store.close();
  });

  it('survives a new connection: what was put is on disk', async () => {
    const id = freshId();
    const first = await RecordStore.open(id);
    const r = stored(id, { state: 'queued' });
    await first.put(r);
    first.close();
    const second = await RecordStore.open(id);
    expect((await second.queue()).map((x) => x.id)).to.deep.equal([r.id]);
    second.close();
  });

  it('upgrades a database made by schema version 1 and keeps every queued record', async () => {
    const id = freshId();
    const name = databaseName(id);
    const old = [
      {
        id: 'a0000000-0000-4000-8000-000000000001',
        type: 'reflection',
        record: {
          id: 'a0000000-0000-4000-8000-000000000001',
          type: 'reflection',
          createdAt: '2026-01-02T10:00:00.000Z',
        },
        state: 'queued',
        attempts: 2,
        savedAt: '2026-01-02T10:00:00.000Z',
      },
      {
        id: 'a0000000-0000-4000-8000-000000000002',
        type: 'reflection',
        record: {
          id: 'a0000000-0000-4000-8000-000000000002',
          type: 'reflection',
          createdAt: '2026-01-01T10:00:00.000Z',
        },
        state: 'queued',
        savedAt: '2026-01-01T10:00:00.000Z',
      },
    ];
    const v1 = await openVersion1(name, old);
    v1.close();
    const store = await RecordStore.open(id);
    expect(store.persistent).to.be.true;
    const queue = await store.queue();
    // First in, first out: the older one first; fields of version 2 filled in.
    expect(queue.map((r) => r.id)).to.deep.equal([old[1]!.id, old[0]!.id]);
    expect(queue[1]!.attempts).to.equal(2);
    expect(queue[0]!.keep).to.equal('all');
    expect(queue[0]!.redacted).to.equal(false);
    await store.putMeta('upgraded', true);
    expect(await store.getMeta('upgraded')).to.equal(true);
    store.close();
    const check = await request(indexedDB.open(name));
    expect(check.version).to.equal(DB_VERSION);
    expect([...check.objectStoreNames].sort()).to.deep.equal(['drafts', 'meta', 'records']);
    check.close();
  });

  it('lets go of the database when a newer version opens it in another tab, and says so', async () => {
    const id = freshId();
    const store = await RecordStore.open(id);
    let noticed = false;
    store.addEventListener('notice', () => (noticed = true));
    const newer = indexedDB.open(databaseName(id), DB_VERSION + 1);
    newer.onblocked = () => {
      throw new Error('the newer version was blocked');
    };
    const db = await request(newer);
    expect(db.version).to.equal(DB_VERSION + 1);
    db.close();
    expect(noticed).to.be.true;
    expect(store.notice).to.equal('closed');
    let error: unknown;
    try {
      await store.put(stored(id));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(StoreError);
    expect((error as StoreError).code).to.equal('closed');
  });

  it('does not hang when an older tab never lets go: memory, and says so', async () => {
    const id = freshId();
    const old = await openVersion1(databaseName(id), []);
    old.onversionchange = null; // an old page that ignores version changes
    const store = await RecordStore.open(id);
    expect(store.persistent).to.be.false;
    expect(store.notice).to.equal('blocked');
    await store.put(stored(id));
    expect(await store.list()).to.have.length(1);
    old.close();
  });

  it('falls back to memory when IndexedDB is unavailable, and says so', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    let store: RecordStore;
    try {
      store = await RecordStore.open(freshId());
    } finally {
      Object.defineProperty(window, 'indexedDB', descriptor);
    }
    expect(store.persistent).to.be.false;
    expect(store.notice).to.equal('memory');
    const r = stored('x');
    await store.put(r);
    expect((await store.get(r.id))?.id).to.equal(r.id);
  });

  it('tells other tabs about changes', async () => {
    const id = freshId();
    const here = await RecordStore.open(id);
    const there = await RecordStore.open(id);
    const heard = new Promise<string | undefined>((resolve) =>
      there.addEventListener('change', (e) => resolve((e as CustomEvent).detail.id), {
        once: true,
      }),
    );
    const r = stored(id);
    await here.put(r);
    expect(await heard).to.equal(r.id);
    here.close();
    there.close();
  });

  it('removes the whole database on destroy', async () => {
    const id = freshId();
    const store = await RecordStore.open(id);
    await store.put(stored(id));
    await store.destroy();
    expect(await store.list()).to.have.length(0);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.to.include(databaseName(id));
  });
});
