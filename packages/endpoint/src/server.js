// The reference endpoint for rnswd records: validates posted records against the records schema,
// deduplicates them by Idempotency-Key (a repeat gets the first answer again), keeps them in a store
// (a JSON Lines file, flushed before it answers) and lists them on GET. docs/endpoint.md is the contract.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { fileStore, memoryStore } from './store.js';

export { fileStore, memoryStore };

/** @typedef {import('./store.js').Store} Store */
/** @typedef {import('./store.js').Entry} Entry */
/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * What the endpoint answers: a status, extra headers and a JSON body (none for 204).
 * @typedef {object} Answer
 * @property {number} status
 * @property {Record<string, string>} [headers]
 * @property {unknown} [body]
 */

/**
 * @typedef {object} HandlerOptions
 * @property {Store} [store]  where records are kept (default: in memory)
 * @property {string[]} [origins]  origins allowed by CORS, e.g. `https://www.example.nl`; `*` allows any
 * @property {boolean} [credentials]  answer CORS with `Access-Control-Allow-Credentials: true`
 * @property {object} [schema]  JSON Schema (2020-12) for records (default: `@rnswd/core`'s records schema)
 * @property {number} [maxBytes]  largest accepted request body
 * @property {string} [base]  path prefix before `/records` and `/health`, e.g. `/api`
 */

/** @typedef {(req: IncomingMessage, res: ServerResponse) => Promise<boolean>} Handler */

export const DEFAULT_MAX_BYTES = 262_144;
const MAX_KEY_LENGTH = 200;
const MAX_PROBLEMS = 50;
const METHODS = 'GET, POST, OPTIONS';
const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};
/** @type {Record<string, string>} */
const TYPES = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};
const FORMATS = {
  uuid: 'must be a UUID',
  'date-time': 'must be an ISO 8601 date and time with a time zone',
  date: 'must be a date (YYYY-MM-DD)',
};

const require = createRequire(import.meta.url);

/**
 * The records schema shipped with `@rnswd/core` (`@rnswd/core/schema/records.schema.json`).
 * @returns {object}
 */
export function recordsSchema() {
  const file = require.resolve('@rnswd/core/schema/records.schema.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** @type {object | undefined} */
let defaultSchema;
/** Compiled validators by schema: compiling takes a while, and a test server makes many handlers. */
/** @type {WeakMap<object, import('ajv').ValidateFunction>} */
const compiled = new WeakMap();

/**
 * @param {number} status
 * @param {string} code
 * @param {string} message
 * @returns {Answer}
 */
function failure(status, code, message) {
  return { status, body: { error: { code, message } } };
}

/**
 * JSON with sorted keys, so two bodies that mean the same compare equal.
 * @param {unknown} value
 * @returns {string}
 */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys
      .map((k) => `${JSON.stringify(k)}:${canonical(/** @type {any} */ (value)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * `/answers/q1` -> `answers.q1`, `/items/0` -> `items[0]`.
 * @param {string} pointer
 * @returns {string}
 */
function pathOf(pointer) {
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(key)) path += `[${key}]`;
    else path += path ? `.${key}` : key;
  }
  return path;
}

/**
 * Readable problems with paths from Ajv's errors.
 * @param {import('ajv').ErrorObject[]} errors
 * @returns {{ path: string, message: string }[]}
 */
function problemsOf(errors) {
  /** @type {{ path: string, message: string }[]} */
  const out = [];
  const seen = new Set();
  for (const e of errors) {
    if (e.keyword === 'if') continue; // "must match then": the errors of the then-branch say why
    let path = pathOf(e.instancePath);
    let message = e.message ?? 'is not valid';
    if (e.keyword === 'required') {
      const field = String(e.params.missingProperty);
      path = path ? `${path}.${field}` : field;
      message = 'is required';
    } else if (e.keyword === 'enum') {
      message = `must be one of ${e.params.allowedValues.map((/** @type {unknown} */ v) => JSON.stringify(v)).join(', ')}`;
    } else if (e.keyword === 'const') {
      message = `must be ${JSON.stringify(e.params.allowedValue)}`;
    } else if (e.keyword === 'type') {
      message = `must be ${[e.params.type]
        .flat()
        .map((/** @type {string} */ t) => TYPES[t] ?? t)
        .join(' or ')}`;
    } else if (e.keyword === 'minLength') {
      message =
        e.params.limit === 1
          ? 'must not be empty'
          : `must be at least ${e.params.limit} characters`;
    } else if (e.keyword === 'maxLength') {
      message = `must be at most ${e.params.limit} characters`;
    } else if (e.keyword === 'format') {
      message = FORMATS[/** @type {keyof typeof FORMATS} */ (e.params.format)] ?? message;
    }
    const key = `${path}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message });
    if (out.length === MAX_PROBLEMS) break;
  }
  return out;
}

/**
 * @param {object} schema
 * @returns {import('ajv').ValidateFunction}
 */
function compile(schema) {
  let validate = compiled.get(schema);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    // (ajv-formats is CommonJS: its function is both the module and its `default`.)
    ajvFormats.default(ajv);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

class TooLarge extends Error {}
class ClientGone extends Error {}

/**
 * Reads the request body, at most `limit` bytes. A larger body is read on (and thrown away) up to a
 * point, so that the client gets to see the 413 instead of a broken connection.
 * @param {IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
function readBody(req, limit) {
  const drainLimit = Math.max(limit * 8, 1_048_576);
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > drainLimit) {
      reject(new TooLarge());
      return;
    }
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let done = false;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > drainLimit && !done) {
        done = true;
        req.pause();
        reject(new TooLarge());
      }
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      if (size > limit) reject(new TooLarge());
      else resolve(Buffer.concat(chunks));
    });
    req.on('close', () => {
      if (done) return;
      done = true;
      reject(new ClientGone());
    });
    req.on('error', () => {});
  });
}

/**
 * Writes an answer as JSON with `Cache-Control: no-store`.
 * @param {ServerResponse} res
 * @param {Answer} answer
 * @param {Record<string, string>} [extra]  headers (CORS) added to the answer's own
 */
export function sendAnswer(res, answer, extra = {}) {
  const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
  /** @type {Record<string, string | number>} */
  const headers = {
    ...extra,
    ...(payload ? JSON_HEADERS : { 'Cache-Control': 'no-store' }),
    ...answer.headers,
  };
  if (payload) headers['Content-Length'] = Buffer.byteLength(payload);
  res.writeHead(answer.status, headers);
  res.end(payload);
}

/**
 * A request handler for `/records` and `/health` (under `base`). It answers and resolves `true` for
 * those paths and resolves `false`, without touching the response, for any other path.
 * @param {HandlerOptions} [options]
 * @returns {Handler}
 */
export function createHandler({
  store = memoryStore(),
  origins = [],
  credentials = false,
  schema = (defaultSchema ??= recordsSchema()),
  maxBytes = DEFAULT_MAX_BYTES,
  base = '',
} = {}) {
  const validate = compile(schema);
  const anyOrigin = origins.includes('*');
  const allowed = new Set(origins.map((o) => o.replace(/\/+$/, '')));
  const prefix = base.replace(/\/+$/, '');
  /** Writes in progress, by key: a second request with the same key waits for the first. */
  /** @type {Map<string, Promise<void>>} */
  const inFlight = new Map();

  /**
   * CORS headers for the request's origin (none for an origin that is not configured).
   * @param {IncomingMessage} req
   * @param {boolean} preflight
   */
  function corsHeaders(req, preflight) {
    /** @type {Record<string, string>} */
    const headers = { Vary: 'Origin' };
    const origin = req.headers.origin;
    if (!origin || !(anyOrigin || allowed.has(origin))) return headers;
    headers['Access-Control-Allow-Origin'] = origin;
    if (credentials) headers['Access-Control-Allow-Credentials'] = 'true';
    if (preflight) {
      headers['Access-Control-Allow-Methods'] = METHODS;
      headers['Access-Control-Allow-Headers'] = 'Content-Type, Idempotency-Key';
      headers['Access-Control-Max-Age'] = '600';
    } else {
      headers['Access-Control-Expose-Headers'] = 'Idempotent-Replayed, Retry-After';
    }
    return headers;
  }

  /**
   * @param {URL} url
   * @returns {Answer}
   */
  function list(url) {
    const networkId = url.searchParams.get('networkId');
    const type = url.searchParams.get('type');
    const records = store
      .list()
      .map((entry) => entry.record)
      .filter(
        (r) =>
          (networkId === null || r.networkId === networkId) && (type === null || r.type === type),
      );
    return { status: 200, body: { records } };
  }

  /**
   * @param {IncomingMessage} req
   * @returns {Promise<Answer>}
   */
  async function post(req) {
    const mediaType = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (mediaType !== 'application/json') {
      return failure(415, 'unsupported-media-type', 'Send the record as application/json.');
    }
    /** @type {Buffer} */
    let raw;
    try {
      raw = await readBody(req, maxBytes);
    } catch (error) {
      if (error instanceof TooLarge) {
        const answer = failure(413, 'too-large', `A record may be at most ${maxBytes} bytes.`);
        return { ...answer, headers: { Connection: 'close' } };
      }
      throw error;
    }
    const keyHeader = req.headers['idempotency-key'];
    const key = (Array.isArray(keyHeader) ? keyHeader[0] : keyHeader)?.trim() ?? '';
    if (!key) {
      return failure(
        400,
        'missing-idempotency-key',
        'Send the Idempotency-Key header with the record id.',
      );
    }
    if (key.length > MAX_KEY_LENGTH) {
      return failure(400, 'idempotency-key-mismatch', 'The Idempotency-Key must be the record id.');
    }
    /** @type {unknown} */
    let value;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch (error) {
      return failure(
        400,
        'invalid-json',
        `The body is not valid JSON: ${/** @type {Error} */ (error).message}`,
      );
    }

    // A request with the same key still being written: its outcome decides this one.
    for (let pending = inFlight.get(key); pending; pending = inFlight.get(key)) {
      await pending.catch(() => {});
    }
    const held = store.get(key);
    if (held) {
      if (canonical(held.record) === canonical(value)) {
        return {
          status: 201,
          headers: { 'Idempotent-Replayed': 'true' },
          body: { id: held.record.id, receivedAt: held.receivedAt },
        };
      }
      return {
        status: 409,
        body: {
          error: {
            code: 'conflict',
            message: 'A different record was received earlier with this Idempotency-Key.',
          },
          id: key,
        },
      };
    }

    if (!validate(value)) {
      return {
        status: 422,
        body: {
          error: {
            code: 'invalid-record',
            message: 'The record does not match the records schema.',
            problems: problemsOf(validate.errors ?? []),
          },
        },
      };
    }
    const record = /** @type {Entry['record']} */ (value);
    if (record.id !== key) {
      return failure(400, 'idempotency-key-mismatch', 'The Idempotency-Key must be the record id.');
    }

    const entry = { record, receivedAt: new Date().toISOString() };
    const write = store.add(entry);
    inFlight.set(key, write);
    try {
      await write;
    } catch (error) {
      console.error('rnswd-endpoint: could not store a record:', error);
      return {
        ...failure(503, 'storage-unavailable', 'The record could not be stored. Try again later.'),
        headers: { 'Retry-After': '10' },
      };
    } finally {
      inFlight.delete(key);
    }
    return { status: 201, body: { id: key, receivedAt: entry.receivedAt } };
  }

  /**
   * @param {IncomingMessage} req
   * @param {string} path
   * @param {URL} url
   * @returns {Promise<Answer>}
   */
  async function route(req, path, url) {
    switch (req.method) {
      case 'OPTIONS':
        return { status: 204, headers: { Allow: METHODS } };
      case 'GET':
      case 'HEAD':
        if (path === '/health') return { status: 200, body: { ok: true, records: store.size() } };
        return list(url);
      case 'POST':
        if (path === '/records') return post(req);
        break;
      default:
        break;
    }
    return {
      ...failure(405, 'method-not-allowed', `${req.method} is not allowed here.`),
      headers: { Allow: path === '/records' ? METHODS : 'GET, OPTIONS' },
    };
  }

  return async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://endpoint.invalid');
    let path = url.pathname;
    if (prefix) {
      if (!path.startsWith(`${prefix}/`)) return false;
      path = path.slice(prefix.length);
    }
    if (path !== '/records' && path !== '/health') return false;

    /** @type {Answer} */
    let answer;
    try {
      answer = await route(req, path, url);
    } catch (error) {
      if (error instanceof ClientGone) {
        res.destroy();
        return true;
      }
      console.error('rnswd-endpoint: could not handle a request:', error);
      answer = failure(500, 'internal-error', 'The endpoint could not handle the request.');
    }
    sendAnswer(res, answer, corsHeaders(req, req.method === 'OPTIONS'));
    return true;
  };
}

/**
 * @typedef {object} EndpointOptions
 * @property {number} [port]  0 picks a free port
 * @property {string} [host]
 * @property {string} [dataFile]  JSON Lines file; without it records are kept in memory only
 * @property {string[]} [origins]
 * @property {boolean} [credentials]
 * @property {number} [maxBytes]
 */

/**
 * Starts the reference endpoint on a node:http server.
 * @param {EndpointOptions} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 *   `url` is the base, e.g. `http://127.0.0.1:8787` (records at `${url}/records`)
 */
export async function createEndpoint({
  port = 8787,
  host = '127.0.0.1',
  dataFile,
  origins = [],
  credentials = false,
  maxBytes = DEFAULT_MAX_BYTES,
} = {}) {
  const store = dataFile ? fileStore(dataFile) : memoryStore();
  const handle = createHandler({ store, origins, credentials, maxBytes });
  const server = createServer((req, res) => {
    handle(req, res).then(
      (handled) => {
        if (!handled) sendAnswer(res, failure(404, 'not-found', 'Records are at /records.'));
      },
      (error) => {
        console.error('rnswd-endpoint:', error);
        if (!res.headersSent) sendAnswer(res, failure(500, 'internal-error', 'Unexpected error.'));
      },
    );
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    async close() {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
      await store.close?.();
    },
  };
}
