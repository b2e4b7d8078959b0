/**
 * `loadNetwork`: gets the network document from where the page put it, and validates it.
 */
import type { Problem, ProblemCode, ValidationResult } from './contract.js';
import { validateNetwork } from './validate.js';

export interface LoadNetworkOptions {
  /** The document itself (an object), or its JSON text. Wins over `inline` and `src`. */
  data?: unknown;
  /** The text of an inline `<script type="application/json">` (see `findInlineJson`). */
  inline?: string | null;
  /** URL of the JSON document, fetched without credentials. */
  src?: string | null;
  /** Aborting rejects with an `AbortError`; the only way `loadNetwork` rejects. */
  signal?: AbortSignal;
  /** Give up on `src` after this many milliseconds (default 15000). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

function failed(code: ProblemCode, message: string): ValidationResult {
  const problem: Problem = { path: '', message, code };
  return { network: null, errors: [problem], warnings: [] };
}

/** The first direct child `<script type="application/json">` of `host`, as text; else null. */
export function findInlineJson(host: Element): string | null {
  for (const child of Array.from(host.children)) {
    if (
      child.localName === 'script' &&
      child.getAttribute('type')?.trim().toLowerCase() === 'application/json'
    ) {
      return child.textContent ?? '';
    }
  }
  return null;
}

function looksLikeHtml(text: string, contentType?: string | null): boolean {
  return /^\s*</.test(text) || /\bhtml\b/i.test(contentType ?? '');
}

function parseAndValidate(
  text: string,
  where: string,
  contentType?: string | null,
): ValidationResult {
  // A byte order mark is not JSON, but editors like to write one.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return failed('json', `${where} is empty, expected JSON`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const hint = looksLikeHtml(body, contentType)
      ? ' It looks like an HTML page, not JSON: is the URL right, or is a login or error page answering?'
      : '';
    return failed('json', `${where} is not valid JSON (${detail}).${hint}`);
  }
  return validateNetwork(parsed);
}

function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('Loading the network data was aborted.', 'AbortError');
}

function resolveUrl(src: string): string {
  try {
    return new URL(src, globalThis.document?.baseURI).href;
  } catch {
    return src;
  }
}

async function fetchNetwork(
  src: string,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<ValidationResult> {
  const url = resolveUrl(src);
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
      if (!response.ok) {
        const status = `${response.status} ${response.statusText}`.trim();
        return failed('http', `HTTP ${status} for ${url}`);
      }
      text = await response.text();
    } catch (e) {
      if (signal?.aborted) throw abortError(signal);
      if (timedOut) {
        return failed(
          'fetch',
          `no answer from ${url} within ${formatSeconds(timeoutMs)} (timed out)`,
        );
      }
      const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      return failed(
        'fetch',
        `could not fetch ${url}: the network failed, the server refused, or CORS blocked it (${detail})`,
      );
    }
    if (signal?.aborted) throw abortError(signal);
    return parseAndValidate(text, `the answer from ${url}`, response.headers.get('content-type'));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/**
 * Loads the network document from, in this order: `data` (an object, or JSON text), `inline` (the
 * text of an inline `<script type="application/json">`; blank counts as absent), `src` (fetched with
 * `credentials: 'omit'`). Validates it with `validateNetwork`.
 *
 * Never throws: every failure is an error in the result (`no-data`, `fetch`, `http`, `json`,
 * `schema`). The one exception is the caller's own abort, which rejects with an `AbortError`.
 */
export async function loadNetwork(opts: LoadNetworkOptions = {}): Promise<ValidationResult> {
  const { data, inline, src, signal, timeoutMs = DEFAULT_TIMEOUT_MS } = opts;
  if (signal?.aborted) throw abortError(signal);
  if (data !== undefined && data !== null) {
    return typeof data === 'string'
      ? parseAndValidate(data, 'the data property')
      : validateNetwork(data);
  }
  if (inline != null && inline.trim()) return parseAndValidate(inline, 'the inline JSON');
  if (src) return fetchNetwork(src, signal, timeoutMs);
  return failed(
    'no-data',
    'no network data: set the data property, add a <script type="application/json"> child, or set src',
  );
}
