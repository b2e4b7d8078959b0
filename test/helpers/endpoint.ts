// Browser side of the test endpoint (test/helpers/endpoint-plugin.mjs): a fresh bucket per test, scripted
// faults, and what the server received.

/** One scripted answer to a POST of a record (see endpoint-plugin.mjs). */
export type FaultStep = { commit?: boolean } & (
  | {
      status: number;
      body?: unknown;
      headers?: Record<string, string>;
      retryAfter?: number | string;
    }
  | { hang: true }
  | { drop: true }
  | { delayMs: number }
  | { html: true }
  | { redirect: string | true }
  | { badJson: true }
  | { noId: true }
);

export interface ReceivedRecord {
  id: string;
  type: string;
  [field: string]: unknown;
}

export interface Received {
  /** The records the endpoint holds, in the order received. */
  records: ReceivedRecord[];
  /** POSTs to records seen, faulted ones included. */
  attempts: number;
  /** The Idempotency-Key of each POST, in order (null when absent). */
  keys: (string | null)[];
}

let count = 0;

/** A bucket name no other test uses (test files run in parallel against one server). */
export function newBucket(): string {
  count += 1;
  return `t${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${count}`;
}

/** Absolute URL of the bucket's records endpoint (what `endpoint="..."` takes). */
export function endpointUrl(bucket: string): string {
  return new URL(`/test-endpoint/${bucket}/records`, location.origin).href;
}

async function call(bucket: string, action: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(`/test-endpoint/${bucket}/${action}`, init);
  if (!res.ok) throw new Error(`test endpoint ${action}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Queues steps for the next POSTs to the bucket's records, one step per POST. */
export async function script(bucket: string, steps: FaultStep[]): Promise<void> {
  await call(bucket, 'script', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(steps),
  });
}

/** What the bucket's endpoint holds and has seen. `query` filters records (`{ type: 'theme-vote' }`). */
export async function received(
  bucket: string,
  query: { networkId?: string; type?: string } = {},
): Promise<Received> {
  const params = new URLSearchParams(query).toString();
  return (await call(bucket, `records${params ? `?${params}` : ''}`)) as Received;
}

/** Forgets the bucket's records, steps, attempts and keys. */
export async function reset(bucket: string): Promise<void> {
  await call(bucket, 'reset', { method: 'POST' });
}

/**
 * Polls `predicate` until it returns a truthy value (which it resolves with), or rejects after
 * `timeoutMs`. Errors thrown by the predicate count as "not yet"; the last one is named on timeout.
 */
export async function waitFor<T>(
  predicate: () => T | Promise<T>,
  timeoutMs = 5000,
  intervalMs = 25,
): Promise<NonNullable<T>> {
  const end = performance.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() >= end) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`waitFor: condition not met within ${timeoutMs} ms${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
