import { ENVELOPE_FIELDS, type RecordEnvelope } from '../records/record.js';
import type { RecordStore } from '../store/record-store.js';
import type { DeliveryError, DeliveryTarget, StoredRecord } from '../store/types.js';
import { backoff, classifyFailure, classifyResponse, type Outcome } from './classify.js';

/** Default delivery timeout in milliseconds. */
export const DEFAULT_TIMEOUT = 15_000;
/** While records wait, the outbox looks again at least this often (another tab may have stopped). */
const POLL = 30_000;

/** Options of `Outbox.save`. */
export interface SaveOptions {
  /** Send it to `target`; false keeps it in this browser only (state `local`). */
  target?: DeliveryTarget | undefined;
  /** Fields kept after delivery (the envelope always stays); `all` (the default) keeps everything. */
  keep?: 'all' | string[] | undefined;
}

/** Detail of the outbox's `delivered` event. */
export interface DeliveredDetail {
  stored: StoredRecord;
  status: number;
}

/** Detail of the outbox's `delivery-failed` event. */
export interface DeliveryFailedDetail {
  stored: StoredRecord;
  status: number | undefined;
  willRetry: boolean;
  error: DeliveryError;
}

function redact(record: RecordEnvelope, keep: 'all' | string[]): RecordEnvelope {
  if (keep === 'all') return record;
  const kept: Record<string, unknown> = {};
  for (const key of [...ENVELOPE_FIELDS, ...keep]) {
    if (key in record) kept[key] = (record as unknown as Record<string, unknown>)[key];
  }
  return kept as unknown as RecordEnvelope;
}

/**
 * The outbox of one network: records are written to the store first (committed), then POSTed to their
 * endpoint in order, one at a time, with `Idempotency-Key: <id>`. It flushes on creation, after a save,
 * on `online`, when the page becomes visible and on a timer; only one tab flushes at a time (Web Locks).
 * Fires `change` (detail: the stored record), `delivered` and `delivery-failed`.
 */
export class Outbox extends EventTarget {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private draining: Promise<void> | null = null;
  private again = false;
  /** Set by a 401/403: no automatic attempts until the user retries or the page is loaded again. */
  private paused = false;
  private readonly lockName: string;

  constructor(readonly store: RecordStore) {
    super();
    this.lockName = `rnswd-outbox:${store.networkId}`;
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.kick);
      document.addEventListener('visibilitychange', this.onVisible);
    }
    store.addEventListener('change', this.onStoreChange);
    this.kick();
  }

  /** Stops timers and listeners (the store stays open). */
  dispose(): void {
    clearTimeout(this.timer);
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.kick);
      document.removeEventListener('visibilitychange', this.onVisible);
    }
    this.store.removeEventListener('change', this.onStoreChange);
  }

  /**
   * Stores a record and, when it has a target, queues it for delivery. Resolves once it is durably
   * stored; rejects with a `StoreError` (quota, closed) when it could not be.
   */
  async save<R extends RecordEnvelope>(
    record: R,
    options: SaveOptions = {},
  ): Promise<StoredRecord<R>> {
    const stored: StoredRecord<R> = {
      id: record.id,
      type: record.type,
      record,
      state: options.target ? 'queued' : 'local',
      attempts: 0,
      savedAt: new Date().toISOString(),
      redacted: false,
      keep: options.keep ?? 'all',
      seq: this.store.nextSeq(),
      target: options.target,
    };
    await this.store.put(stored as unknown as StoredRecord);
    this.emit('change', stored);
    if (stored.target) this.kick();
    return stored;
  }

  /** Tries a queued or failed record again now (and resumes a paused queue). */
  async retry(id: string): Promise<void> {
    const stored = await this.store.get(id);
    if (!stored || !stored.target || stored.state === 'delivered') return;
    this.paused = false;
    if (stored.state === 'failed' || stored.nextAttemptAt) {
      // A record refused for good goes to the end of the queue, so it cannot hold up the others again.
      const next: StoredRecord = {
        ...stored,
        state: 'queued',
        nextAttemptAt: undefined,
        seq: stored.state === 'failed' ? this.store.nextSeq() : stored.seq,
      };
      await this.store.put(next);
      this.emit('change', next);
    }
    await this.flush();
  }

  /** Sends what is queued now; resolves when this round is done. */
  flush(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = this.withLock(() => this.drain())
      .catch((error: unknown) => {
        // The store was closed (a newer version, or the page let go of it): nothing more to send here.
        if ((error as { code?: string }).code !== 'closed') console.warn('rnswd: outbox', error);
      })
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          void this.flush();
        }
      });
    return this.draining;
  }

  private readonly kick = () => {
    void this.flush().catch(() => {});
  };

  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') this.kick();
  };

  /** Records queued by another tab reach this one through the store's change events. */
  private readonly onStoreChange = (event: Event) => {
    const detail = (event as CustomEvent<{ stored?: StoredRecord }>).detail;
    if (!detail?.stored) this.schedule(1000);
  };

  private async withLock(work: () => Promise<void>): Promise<void> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks?.request) return work();
    let held = true;
    await locks.request(this.lockName, { ifAvailable: true }, async (lock) => {
      if (!lock) {
        held = false;
        return;
      }
      await work();
    });
    // Another tab is sending; look again shortly in case it finished before seeing our record.
    if (!held) this.schedule(2000);
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.kick, Math.max(0, delay));
  }

  private emit(type: string, stored: StoredRecord<RecordEnvelope> | StoredRecord) {
    this.dispatchEvent(new CustomEvent(type, { detail: stored }));
  }

  private async drain(): Promise<void> {
    for (;;) {
      // One read per round (records saved meanwhile come in the next round), not one per record.
      const queue = await this.store.queue();
      if (!queue.length) return;
      for (const queued of queue) {
        if (!(await this.step(queued))) return;
      }
    }
  }

  /** Sends one record of the queue; false when the round stops there (first in, first out). */
  private async step(queued: StoredRecord): Promise<boolean> {
    // Another tab, or a retry, may have moved it on since the queue was read.
    const next = await this.store.get(queued.id);
    if (!next || (next.state !== 'queued' && next.state !== 'sending')) return true;
    if (this.paused) return false;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      const offline: Outcome = {
        kind: 'retry',
        error: { code: 'offline', message: 'The browser is offline.', retryable: true },
      };
      await this.note(next, offline, false);
      return false; // `online` starts the next round
    }
    const wait = (next.nextAttemptAt ?? 0) - Date.now();
    if (wait > 0) {
      this.schedule(wait);
      return false;
    }
    const outcome = await this.attempt(next);
    if (outcome.kind === 'delivered' || outcome.kind === 'failed') return true;
    if (!this.paused) this.schedule(Math.min(POLL, outcome.wait ?? POLL));
    return false; // nothing overtakes a record that waits
  }

  private async attempt(stored: StoredRecord): Promise<Outcome & { wait?: number }> {
    const target = stored.target;
    if (!target?.endpoint) {
      const outcome: Outcome = {
        kind: 'retry',
        error: {
          code: 'misconfigured',
          message: 'No endpoint is configured for storage="endpoint".',
          retryable: true,
        },
      };
      await this.note(stored, outcome, false);
      return { ...outcome, wait: POLL };
    }
    const sending: StoredRecord = { ...stored, state: 'sending', attempts: stored.attempts + 1 };
    await this.store.put(sending, 'relaxed');
    this.emit('change', sending);

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, target.timeout || 15_000);
    let outcome: Outcome;
    try {
      const response = await fetch(target.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': stored.id },
        body: JSON.stringify(stored.record),
        credentials: target.credentials === 'include' ? 'include' : 'omit',
        mode: 'cors',
        cache: 'no-store',
        redirect: 'manual',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
      outcome = await classifyResponse(response, stored.id);
    } catch (reason) {
      outcome = classifyFailure(reason, timedOut);
    } finally {
      clearTimeout(timer);
    }
    const wait = await this.note(sending, outcome, true);
    return { ...outcome, wait };
  }

  /** Records the outcome of an attempt; returns the wait before the next one. */
  private async note(stored: StoredRecord, outcome: Outcome, attempted: boolean): Promise<number> {
    let next: StoredRecord;
    let wait = 0;
    if (outcome.kind === 'delivered') {
      next = {
        ...stored,
        state: 'delivered',
        status: outcome.status,
        error: undefined,
        nextAttemptAt: undefined,
        deliveredAt: new Date().toISOString(),
        record: redact(stored.record, stored.keep),
        redacted: stored.keep !== 'all',
      };
    } else if (outcome.kind === 'failed') {
      next = { ...stored, state: 'failed', status: outcome.status, error: outcome.error };
    } else if (outcome.kind === 'pause') {
      this.paused = true;
      next = { ...stored, state: 'queued', status: outcome.status, error: outcome.error };
    } else {
      wait = attempted ? backoff(stored.attempts, outcome.retryAfter) : 0;
      next = {
        ...stored,
        state: 'queued',
        status: outcome.status,
        error: outcome.error,
        nextAttemptAt: attempted ? Date.now() + wait : stored.nextAttemptAt,
      };
    }
    // Relaxed: if this is lost in a crash, the record is only sent again, under the same key.
    await this.store.put(next, 'relaxed');
    this.emit('change', next);
    if (outcome.kind === 'delivered') {
      this.dispatchEvent(
        new CustomEvent<DeliveredDetail>('delivered', {
          detail: { stored: next, status: outcome.status },
        }),
      );
    } else if (attempted || outcome.error.code !== stored.error?.code) {
      this.dispatchEvent(
        new CustomEvent<DeliveryFailedDetail>('delivery-failed', {
          detail: {
            stored: next,
            status: outcome.status,
            willRetry: outcome.kind === 'retry',
            error: outcome.error,
          },
        }),
      );
    }
    return wait;
  }
}
