import type { CredentialsMode } from '../scope/scope.js';
import type { RecordEnvelope } from '../records/record.js';

/**
 * Where a record stands: `local` (kept in this browser, never sent), `queued` (waiting to be sent),
 * `sending`, `delivered` (the endpoint confirmed it), `failed` (refused for good; kept, retried only when
 * the user asks).
 */
export type RecordState = 'local' | 'queued' | 'sending' | 'delivered' | 'failed';

/** Why a delivery did not succeed. `message` is technical (English); widgets show `deliveryMessage`. */
export interface DeliveryError {
  code:
    | 'offline'
    | 'network'
    | 'timeout'
    | 'server'
    | 'rejected'
    | 'unauthorized'
    | 'misconfigured'
    | 'invalid-response';
  message: string;
  status?: number;
  /** True when the outbox tries again by itself. */
  retryable: boolean;
}

/** Where and how a queued record is sent; kept with the record, so it goes where it was meant to. */
export interface DeliveryTarget {
  endpoint: string;
  credentials: CredentialsMode;
  /** Milliseconds before an attempt counts as timed out. */
  timeout: number;
}

/** A record as the store keeps it: the record and its delivery state. */
export interface StoredRecord<R extends RecordEnvelope = RecordEnvelope> {
  id: string;
  type: string;
  record: R;
  state: RecordState;
  attempts: number;
  error?: DeliveryError | undefined;
  /** Epoch milliseconds before which the outbox does not try again. */
  nextAttemptAt?: number | undefined;
  /** ISO time it was stored. */
  savedAt: string;
  /** ISO time the endpoint confirmed it. */
  deliveredAt?: string | undefined;
  /** HTTP status of the last answer. */
  status?: number | undefined;
  /** True once the record's text was removed after delivery (only `keep` fields stay). */
  redacted: boolean;
  /** Fields kept after delivery: all, or the named ones (the envelope always stays). */
  keep: 'all' | string[];
  /** Order of the outbox (first in, first out). */
  seq: number;
  target?: DeliveryTarget | undefined;
}

/**
 * Something the user must know about the store: `memory` (IndexedDB unavailable, nothing is kept after
 * the page closes), `closed` (a newer version opened the database in another tab; this page must be
 * reloaded to keep saving), `blocked` (an older tab holds the database open), `quota` (the browser's
 * storage is full).
 */
export type StoreNotice = 'memory' | 'closed' | 'blocked' | 'quota';

/** A store operation that failed; `code` says why, in words a widget can translate. */
export class StoreError extends Error {
  constructor(
    readonly code: 'quota' | 'closed' | 'unavailable' | 'failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}
