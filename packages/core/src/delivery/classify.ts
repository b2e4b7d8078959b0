import type { DeliveryError } from '../store/types.js';

/** What an answer (or its absence) means for a queued record. */
export type Outcome =
  | { kind: 'delivered'; status: number }
  /** Try again later by itself (after `retryAfter` ms when the server said so). */
  | {
      kind: 'retry';
      status?: number | undefined;
      error: DeliveryError;
      retryAfter?: number | undefined;
    }
  /** 401/403: stop the whole queue until the user acts or the page is loaded again. */
  | { kind: 'pause'; status: number; error: DeliveryError }
  /** Refused for good (other 4xx): kept, retried only when the user asks. */
  | { kind: 'failed'; status: number; error: DeliveryError };

const RETRY_STATUSES = new Set([408, 425, 429]);

/** Reads `Retry-After` (seconds or an HTTP date) as milliseconds from now. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function error(
  code: DeliveryError['code'],
  message: string,
  retryable: boolean,
  status?: number,
): DeliveryError {
  return status === undefined ? { code, message, retryable } : { code, message, retryable, status };
}

/**
 * Classifies an endpoint's answer to the POST of record `id`. Delivered means a 2xx whose JSON body names
 * the record's id, or a 409 (the server already holds the key). A 2xx without that (an HTML login page,
 * invalid JSON, a body without the id) or a redirect means the endpoint is misconfigured: the record stays
 * queued.
 */
export async function classifyResponse(response: Response, id: string): Promise<Outcome> {
  const status = response.status;
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    return {
      kind: 'retry',
      status: status || undefined,
      error: error(
        'misconfigured',
        'The endpoint answered with a redirect.',
        true,
        status || undefined,
      ),
    };
  }
  if (status === 409) return { kind: 'delivered', status };
  if (status >= 200 && status < 300) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return {
        kind: 'retry',
        status,
        error: error(
          'misconfigured',
          `The endpoint answered ${status} without valid JSON.`,
          true,
          status,
        ),
      };
    }
    const named =
      body !== null &&
      typeof body === 'object' &&
      ((body as { id?: unknown }).id === id ||
        (Array.isArray((body as { ids?: unknown }).ids) &&
          ((body as { ids: unknown[] }).ids as unknown[]).includes(id)));
    if (named) return { kind: 'delivered', status };
    return {
      kind: 'retry',
      status,
      error: error(
        'misconfigured',
        `The endpoint answered ${status} without the record's id.`,
        true,
        status,
      ),
    };
  }
  if (status === 401 || status === 403) {
    return {
      kind: 'pause',
      status,
      error: error('unauthorized', `The endpoint refused access (${status}).`, false, status),
    };
  }
  if (RETRY_STATUSES.has(status) || status >= 500) {
    return {
      kind: 'retry',
      status,
      retryAfter: retryAfterMs(response.headers.get('Retry-After')),
      error: error('server', `The endpoint answered ${status}.`, true, status),
    };
  }
  return {
    kind: 'failed',
    status,
    error: error('rejected', `The endpoint refused the record (${status}).`, false, status),
  };
}

/** Classifies a fetch that threw: a timeout or a network error (CORS refusals included). */
export function classifyFailure(reason: unknown, timedOut: boolean): Outcome {
  if (timedOut) {
    return { kind: 'retry', error: error('timeout', 'The endpoint did not answer in time.', true) };
  }
  const message = (reason as { message?: string } | null)?.message ?? String(reason);
  return { kind: 'retry', error: error('network', `The request failed: ${message}`, true) };
}

/** Base and cap of the exponential backoff, in milliseconds. */
export const BACKOFF_BASE = 1000;
export const BACKOFF_CAP = 5 * 60 * 1000;

/**
 * The wait before attempt `attempts + 1`: exponential backoff with full jitter (a random time between
 * zero and base × 2^(attempts − 1), capped), or what the server asked for with `Retry-After`.
 */
export function backoff(attempts: number, retryAfter?: number, random = Math.random): number {
  if (retryAfter !== undefined) return Math.min(retryAfter, 60 * 60 * 1000);
  const ceiling = Math.min(BACKOFF_CAP, BACKOFF_BASE * 2 ** Math.max(0, attempts - 1));
  return Math.round(random() * ceiling);
}
