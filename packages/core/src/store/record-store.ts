import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { RecordEnvelope } from '../records/record.js';
import { StoreError, type StoredRecord, type StoreNotice } from './types.js';

/** The database schema version this library writes. Version 1 had `records` and `drafts` only. */
export const DB_VERSION = 2;

/** The database name of a network: one database per network id. */
export function databaseName(networkId: string): string {
  return `rnswd-${networkId}`;
}

/** How long a newer version waits for an older tab to let go of the database. */
const BLOCKED_TIMEOUT = 4000;

type StoreName = 'records' | 'drafts' | 'meta';

/**
 * `strict`: on disk before the write resolves (a new record). `relaxed`: may be lost in a crash, for
 * changes that are safe to lose (a delivery state: at worst the record is sent again, under its key).
 */
export type Durability = 'strict' | 'relaxed';

/** Storage under the store: IndexedDB or, when that is unavailable, memory. */
interface Backend {
  get(store: StoreName, key: string): Promise<unknown>;
  getAll(store: StoreName): Promise<unknown[]>;
  put(store: StoreName, value: unknown, key?: string, durability?: Durability): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  clear(store: StoreName): Promise<void>;
  close(): void;
}

function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: string } | null)?.name;
  const message = (error as { message?: string } | null)?.message ?? String(error);
  if (name === 'QuotaExceededError') return new StoreError('quota', message, { cause: error });
  if (name === 'InvalidStateError') return new StoreError('closed', message, { cause: error });
  return new StoreError('failed', message, { cause: error });
}

class MemoryBackend implements Backend {
  private readonly stores = new Map<StoreName, Map<string, unknown>>([
    ['records', new Map()],
    ['drafts', new Map()],
    ['meta', new Map()],
  ]);
  async get(store: StoreName, key: string) {
    return structuredClone(this.stores.get(store)!.get(key));
  }
  async getAll(store: StoreName) {
    return [...this.stores.get(store)!.values()].map((v) => structuredClone(v));
  }
  async put(store: StoreName, value: unknown, key?: string) {
    const k = key ?? (value as { id: string }).id;
    this.stores.get(store)!.set(k, structuredClone(value));
  }
  async delete(store: StoreName, key: string) {
    this.stores.get(store)!.delete(key);
  }
  async clear(store: StoreName) {
    this.stores.get(store)!.clear();
  }
  close() {}
}

class IdbBackend implements Backend {
  closed = false;
  constructor(readonly db: IDBPDatabase) {}
  private guard() {
    if (this.closed) throw new StoreError('closed', 'The database was closed for a newer version.');
  }
  async get(store: StoreName, key: string) {
    this.guard();
    try {
      return await this.db.get(store, key);
    } catch (e) {
      throw asStoreError(e);
    }
  }
  async getAll(store: StoreName) {
    this.guard();
    try {
      return await this.db.getAll(store);
    } catch (e) {
      throw asStoreError(e);
    }
  }
  async put(store: StoreName, value: unknown, key?: string, durability: Durability = 'strict') {
    this.guard();
    try {
      // Strict: committed to disk before the promise resolves, so a record is never reported saved and
      // then lost.
      const tx = this.db.transaction(store, 'readwrite', { durability });
      await Promise.all([
        store === 'records' ? tx.store.put(value) : tx.store.put(value, key),
        tx.done,
      ]);
    } catch (e) {
      throw asStoreError(e);
    }
  }
  async delete(store: StoreName, key: string) {
    this.guard();
    try {
      await this.db.delete(store, key);
    } catch (e) {
      throw asStoreError(e);
    }
  }
  async clear(store: StoreName) {
    this.guard();
    try {
      await this.db.clear(store);
    } catch (e) {
      throw asStoreError(e);
    }
  }
  close() {
    this.closed = true;
    this.db.close();
  }
}

/** Upgrades from any earlier version to DB_VERSION, keeping every record (queued ones included). */
async function upgrade(
  db: IDBPDatabase,
  oldVersion: number,
  tx: IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>,
): Promise<void> {
  if (oldVersion < 1) {
    db.createObjectStore('records', { keyPath: 'id' });
    db.createObjectStore('drafts');
  }
  if (oldVersion < 2) {
    const records = tx.objectStore('records');
    records.createIndex('type', 'type');
    db.createObjectStore('meta');
    // Version 1 kept no order and no `keep`; order by the time saved, keep everything.
    let cursor = await records.openCursor();
    let n = 0;
    while (cursor) {
      const value = cursor.value as Partial<StoredRecord> & { id: string };
      const savedAt = value.savedAt ?? value.record?.createdAt ?? new Date().toISOString();
      await cursor.update({
        attempts: 0,
        redacted: false,
        keep: 'all',
        ...value,
        type: value.type ?? value.record?.type ?? 'unknown',
        state: value.state ?? 'local',
        savedAt,
        seq: value.seq ?? Date.parse(savedAt) * 1000 + (n++ % 1000),
      });
      cursor = await cursor.continue();
    }
  }
}

function openIdb(name: string, onBlocking: () => void, onBlocked: () => void) {
  return openDB(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      void upgrade(db, oldVersion, tx);
    },
    blocked() {
      onBlocked();
    },
    blocking() {
      onBlocking();
    },
  });
}

/** Detail of a store's `change` event: the record that changed, when known. */
export interface StoreChangeDetail {
  id?: string | undefined;
  stored?: StoredRecord | undefined;
}

let seqCounter = 0;

/**
 * The records, drafts and settings of one network in this browser: IndexedDB through idb, one database
 * per network id, or memory when IndexedDB is unavailable (then `persistent` is false and `notice` is
 * `memory`). Fires `change` (detail `{ id?, stored? }`) on every change, also for changes made in other
 * tabs, and `notice` when `notice` changes.
 */
export class RecordStore extends EventTarget {
  private notice_: StoreNotice | null;
  private readonly channel: BroadcastChannel | null;

  private constructor(
    readonly networkId: string,
    private backend: Backend,
    readonly persistent: boolean,
  ) {
    super();
    this.notice_ = persistent ? null : 'memory';
    this.channel =
      persistent && typeof BroadcastChannel === 'function'
        ? new BroadcastChannel(databaseName(networkId))
        : null;
    this.channel?.addEventListener('message', (event: MessageEvent<{ id?: string }>) => {
      this.dispatchEvent(new CustomEvent('change', { detail: { id: event.data?.id } }));
    });
  }

  /**
   * Opens the store of a network. Never throws: when IndexedDB is unavailable (a private window in some
   * browsers, storage blocked by the user, a sandboxed frame) or stays blocked, it falls back to memory.
   */
  static async open(networkId: string): Promise<RecordStore> {
    const name = databaseName(networkId);
    let store: RecordStore | undefined;
    let blocked = false;
    try {
      const factory = globalThis.indexedDB;
      if (!factory) throw new Error('IndexedDB is not available');
      const opening = openIdb(
        name,
        () => store?.closeForNewerVersion(),
        () => {
          blocked = true;
        },
      );
      let timer: ReturnType<typeof setTimeout> | undefined;
      const db = await Promise.race([
        opening,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new StoreError('failed', 'The database stayed blocked by another tab.')),
            BLOCKED_TIMEOUT,
          );
        }),
      ]).finally(() => clearTimeout(timer));
      store = new RecordStore(networkId, new IdbBackend(db), true);
      return store;
    } catch (error) {
      const fallback = new RecordStore(networkId, new MemoryBackend(), false);
      if (blocked) fallback.notice_ = 'blocked';
      console.warn(`rnswd: browser storage unavailable, keeping entries in memory only (${error})`);
      return fallback;
    }
  }

  /** Something the user must be told about this store, or null. */
  get notice(): StoreNotice | null {
    return this.notice_;
  }

  private setNotice(notice: StoreNotice | null) {
    if (notice === this.notice_) return;
    this.notice_ = notice;
    this.dispatchEvent(new Event('notice'));
  }

  /** Another tab opens a newer version of the database: let go of it and say so. */
  private closeForNewerVersion() {
    this.backend.close();
    this.setNotice('closed');
  }

  private async write<T>(op: () => Promise<T>): Promise<T> {
    try {
      const result = await op();
      if (this.notice_ === 'quota') this.setNotice(null);
      return result;
    } catch (error) {
      const e = asStoreError(error);
      if (e.code === 'quota') this.setNotice('quota');
      if (e.code === 'closed') this.setNotice('closed');
      throw e;
    }
  }

  private changed(id?: string, stored?: StoredRecord) {
    this.dispatchEvent(new CustomEvent<StoreChangeDetail>('change', { detail: { id, stored } }));
    this.channel?.postMessage({ id });
  }

  /** A fresh position at the end of the outbox. */
  nextSeq(): number {
    seqCounter = (seqCounter + 1) % 1000;
    return Date.now() * 1000 + seqCounter;
  }

  async get<R extends RecordEnvelope = RecordEnvelope>(id: string) {
    return (await this.backend.get('records', id)) as StoredRecord<R> | undefined;
  }

  /** Records (of one type), newest first. */
  async list<R extends RecordEnvelope = RecordEnvelope>(type?: string) {
    const all = (await this.backend.getAll('records')) as StoredRecord<R>[];
    return all.filter((r) => !type || r.type === type).sort((a, b) => b.seq - a.seq);
  }

  /** Records waiting to be sent, first in first. */
  async queue(): Promise<StoredRecord[]> {
    const all = (await this.backend.getAll('records')) as StoredRecord[];
    return all
      .filter((r) => r.state === 'queued' || r.state === 'sending')
      .sort((a, b) => a.seq - b.seq);
  }

  /** Stores a record (committed to disk before it resolves, unless `relaxed`). */
  async put(stored: StoredRecord, durability: Durability = 'strict'): Promise<void> {
    await this.write(() => this.backend.put('records', stored, undefined, durability));
    this.changed(stored.id, stored);
  }

  async delete(id: string): Promise<void> {
    await this.write(() => this.backend.delete('records', id));
    this.changed(id);
  }

  /** Deletes every record (of one type) and every draft. */
  async clear(type?: string): Promise<void> {
    await this.write(async () => {
      if (!type) {
        await this.backend.clear('records');
      } else {
        for (const r of await this.list(type)) await this.backend.delete('records', r.id);
      }
      await this.backend.clear('drafts');
    });
    this.changed();
  }

  async getDraft<T>(key: string): Promise<T | undefined> {
    return (await this.backend.get('drafts', key)) as T | undefined;
  }

  async putDraft(key: string, value: unknown): Promise<void> {
    await this.write(() => this.backend.put('drafts', value, key));
  }

  async deleteDraft(key: string): Promise<void> {
    await this.write(() => this.backend.delete('drafts', key));
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.backend.get('meta', key)) as T | undefined;
  }

  async putMeta(key: string, value: unknown): Promise<void> {
    await this.write(() => this.backend.put('meta', value, key));
  }

  /**
   * Deletes this network's whole database from the browser ("remove my data"). The store then keeps
   * working, in memory, for the rest of the page's life.
   */
  async destroy(): Promise<void> {
    this.backend.close();
    if (this.persistent) {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(databaseName(this.networkId));
        request.onsuccess = () => resolve();
        request.onerror = () => reject(asStoreError(request.error));
        // Another tab still has it open: it is deleted once that tab lets go.
        request.onblocked = () => resolve();
      });
    }
    this.backend = new MemoryBackend();
    this.changed();
  }

  /** Closes the connection (tests, or a page that is done with the network). */
  close(): void {
    this.backend.close();
    this.channel?.close();
  }
}
