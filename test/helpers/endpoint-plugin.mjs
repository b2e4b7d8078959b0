// Dev-server plugin for the delivery tests: the reference endpoint's own handler, one in-memory store per
// bucket, behind a switch that can answer a POST with a fault instead. Same origin as the test pages.
//
//   POST /test-endpoint/<bucket>/records   the reference handler, unless a scripted step says otherwise
//   GET  /test-endpoint/<bucket>/records   { records, attempts, keys }: the records the handler holds
//                                          (its listing, so ?networkId= and ?type= filter them), the
//                                          number of POSTs seen (faulted ones included) and the
//                                          Idempotency-Key of each POST in order (null when absent)
//   GET  /test-endpoint/<bucket>/health    the reference handler
//   POST /test-endpoint/<bucket>/script    JSON array of steps, queued after any not used yet; each POST
//                                          to records takes the next one, then behaviour is normal again
//   POST /test-endpoint/<bucket>/reset     forget records, steps, attempts and keys
//   GET  /test-endpoint/<bucket>/login     a 200 HTML login page (where `{ "redirect": true }` points)
//
// Steps:
//   { status, body?, headers?, retryAfter? }  answer that (body: JSON value, or a string sent as text)
//   { hang: true }                            never answer; the request ends when the client goes away
//   { drop: true }                            close the connection without an answer
//   { delayMs }                               wait, then behave normally
//   { html: true }                            200 text/html login page
//   { redirect: '/somewhere' | true }         302 to that location (true: this bucket's login page)
//   { badJson: true }                         200 application/json whose body is not JSON
//   { noId: true }                            200 { "ok": true }
// Add `commit: true` to a status, hang, drop, html, redirect, badJson or noId step to let the handler
// store the record first: the server has it, but the client never hears so (a lost answer).
import { createHandler, memoryStore, sendAnswer } from '../../packages/endpoint/src/server.js';

const PREFIX = '/test-endpoint/';
const BUCKET = /^[A-Za-z0-9_-]{1,100}$/;
const MAX_HANG_MS = 60_000;
const MAX_DELAY_MS = 30_000;
const MAX_SCRIPT_BYTES = 65_536;

const LOGIN_PAGE = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Inloggen</title></head>
<body>
<h1>Inloggen</h1>
<form method="post" action="/login">
<label>Gebruikersnaam <input name="user" autocomplete="username"></label>
<label>Wachtwoord <input name="password" type="password" autocomplete="current-password"></label>
<button>Inloggen</button>
</form>
</body>
</html>
`;

/**
 * @typedef {object} Bucket
 * @property {import('../../packages/endpoint/src/store.js').Store} store
 * @property {import('../../packages/endpoint/src/server.js').Handler} handle
 * @property {Record<string, any>[]} steps
 * @property {number} attempts
 * @property {(string | null)[]} keys
 */

/** @type {Map<string, Bucket>} */
const buckets = new Map();

// Chromium and Firefox send a request again by themselves when a keep-alive connection they took from
// their pool closes without an answer, or answers 408: the page would never see the fault. So while a
// drop or a 408 is scripted, every answer closes its connection (idle ones are closed when it is
// scripted) and the step meets a request on a connection opened for it. Should one still arrive on a
// pooled connection (one that served a request before, or sat idle for a while), the step is kept for
// the browser's own second try (WebKit makes none).
const POOLED_AFTER_MS = 50;

/** @type {{ closeIdleConnections(): void } | undefined} */
let httpServer;
/** @type {WeakMap<import('node:net').Socket, { since: number, requests: number }>} */
const connections = new WeakMap();

/** @param {Record<string, any>} step */
const needsOwnConnection = (step) => Boolean(step.drop) || step.status === 408;

function ownConnectionsNeeded() {
  for (const bucket of buckets.values()) if (bucket.steps.some(needsOwnConnection)) return true;
  return false;
}

/** @param {import('node:http').IncomingMessage} req */
const retryingBrowser = (req) =>
  /(Chrome|Chromium|Firefox)\//.test(req.headers['user-agent'] ?? '');

/**
 * Whether the browser may count the request's connection as reused, and so try again by itself.
 * @param {import('node:http').IncomingMessage} req
 */
function pooled(req) {
  const seen = connections.get(req.socket);
  const reused = !seen || seen.requests > 1 || performance.now() - seen.since > POOLED_AFTER_MS;
  return reused && retryingBrowser(req);
}

/**
 * @param {string} name
 * @returns {Bucket}
 */
function bucketOf(name) {
  let bucket = buckets.get(name);
  if (!bucket) {
    const store = memoryStore();
    const handle = createHandler({ store, base: `${PREFIX}${name}` });
    bucket = { store, handle, steps: [], attempts: 0, keys: [] };
    buckets.set(name, bucket);
  }
  return bucket;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string>}
 */
function readText(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_SCRIPT_BYTES) req.destroy(new Error('script too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Resolves when the client has gone away, or after `ms`. */
function gone(/** @type {import('node:http').ServerResponse} */ res, /** @type {number} */ ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.once('close', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}

/**
 * A stand-in response that keeps what the handler writes instead of sending it.
 * @returns {{ res: import('node:http').ServerResponse, written: { status: number, body: string } }}
 */
function capture() {
  const written = { status: 0, body: '' };
  const res = {
    writeHead(/** @type {number} */ status) {
      written.status = status;
    },
    end(/** @type {string | undefined} */ body) {
      written.body = body ?? '';
    },
    destroy() {},
  };
  return {
    res: /** @type {import('node:http').ServerResponse} */ (/** @type {unknown} */ (res)),
    written,
  };
}

const STEP_KEYS = ['status', 'hang', 'drop', 'delayMs', 'html', 'redirect', 'badJson', 'noId'];

/**
 * @param {unknown} step
 * @returns {boolean}
 */
function validStep(step) {
  if (!step || typeof step !== 'object' || Array.isArray(step)) return false;
  const s = /** @type {Record<string, unknown>} */ (step);
  if (!STEP_KEYS.some((k) => s[k] !== undefined && s[k] !== false)) return false;
  if (s.status !== undefined)
    return Number.isInteger(s.status) && Number(s.status) >= 200 && Number(s.status) <= 599;
  if (s.delayMs !== undefined) return typeof s.delayMs === 'number' && s.delayMs >= 0;
  return true;
}

/**
 * Answers a POST to records with the scripted fault instead of the handler's answer.
 * @param {Record<string, any>} step
 * @param {Bucket} bucket
 * @param {string} name
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function fault(step, bucket, name, req, res) {
  if (step.commit) {
    // The handler reads the body and stores the record; its answer goes nowhere.
    await bucket.handle(req, capture().res);
  } else if (!step.hang) {
    // Read the body first, so the fault happens after the whole request was sent.
    await readText(req).catch(() => '');
  }
  if (step.hang) {
    await gone(res, MAX_HANG_MS);
    if (!res.writableEnded) res.destroy();
    return;
  }
  if (step.drop) {
    req.socket.destroy();
    return;
  }
  const plain = { 'Cache-Control': 'no-store' };
  if (step.html) {
    res.writeHead(200, { ...plain, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(LOGIN_PAGE);
    return;
  }
  if (step.redirect) {
    const location = step.redirect === true ? `${PREFIX}${name}/login` : String(step.redirect);
    res.writeHead(302, {
      ...plain,
      Location: location,
      'Content-Type': 'text/html; charset=utf-8',
    });
    res.end(`<a href="${encodeURI(location)}">Inloggen</a>`);
    return;
  }
  if (step.badJson) {
    res.writeHead(200, { ...plain, 'Content-Type': 'application/json' });
    res.end('{"id": "');
    return;
  }
  if (step.noId) {
    sendAnswer(res, { status: 200, body: { ok: true } });
    return;
  }
  // { status, body?, headers?, retryAfter? }
  /** @type {Record<string, string>} */
  const headers = { ...step.headers };
  if (step.retryAfter !== undefined) headers['Retry-After'] = String(step.retryAfter);
  if (typeof step.body === 'string') {
    const type = step.body.trimStart().startsWith('<') ? 'text/html' : 'text/plain';
    res.writeHead(step.status, {
      ...plain,
      'Content-Type': `${type}; charset=utf-8`,
      ...headers,
    });
    res.end(step.body);
    return;
  }
  const body = step.body ?? {
    error: { code: 'scripted', message: `A scripted ${step.status} answer.` },
  };
  sendAnswer(res, { status: step.status, headers, body });
}

/**
 * Handles one request under /test-endpoint/. Resolves false for any other path.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {Promise<boolean>}
 */
async function route(req, res) {
  const path = (req.url ?? '').split('?')[0];
  if (!path.startsWith(PREFIX)) return false;
  const [name, action, ...rest] = path.slice(PREFIX.length).split('/');
  if (!BUCKET.test(name) || rest.length) {
    sendAnswer(res, {
      status: 404,
      body: { error: { code: 'not-found', message: 'Use /test-endpoint/<bucket>/records.' } },
    });
    return true;
  }
  const bucket = bucketOf(name);

  if (action === 'script' && req.method === 'POST') {
    let steps;
    try {
      steps = JSON.parse(await readText(req));
    } catch {
      steps = null;
    }
    if (!Array.isArray(steps) || !steps.every(validStep)) {
      sendAnswer(res, {
        status: 400,
        body: {
          error: {
            code: 'bad-script',
            message: `Send a JSON array of steps, each with one of ${STEP_KEYS.join(', ')}.`,
          },
        },
      });
      return true;
    }
    bucket.steps.push(...steps);
    if (steps.some(needsOwnConnection)) {
      res.setHeader('Connection', 'close');
      httpServer?.closeIdleConnections();
    }
    sendAnswer(res, { status: 200, body: { steps: bucket.steps.length } });
    return true;
  }
  if (action === 'reset' && req.method === 'POST') {
    buckets.delete(name);
    await readText(req).catch(() => '');
    sendAnswer(res, { status: 200, body: { ok: true } });
    return true;
  }
  if (action === 'login' && req.method === 'GET') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(LOGIN_PAGE);
    return true;
  }
  if (action === 'records' && req.method === 'GET') {
    // The handler's own listing (with its networkId and type filters), plus what this plugin counted.
    const { res: stand, written } = capture();
    await bucket.handle(req, stand);
    const { records } = JSON.parse(written.body);
    sendAnswer(res, {
      status: 200,
      body: { records, attempts: bucket.attempts, keys: bucket.keys },
    });
    return true;
  }
  if (action === 'records' && req.method === 'POST') {
    bucket.attempts += 1;
    const header = req.headers['idempotency-key'];
    const key = typeof header === 'string' ? header : null;
    bucket.keys.push(key);
    /** @type {Record<string, any> | undefined} */
    let step;
    if (bucket.steps[0] && needsOwnConnection(bucket.steps[0]) && pooled(req)) {
      step = bucket.steps[0];
    } else {
      step = bucket.steps.shift();
    }
    if (step && typeof step.delayMs === 'number') {
      await new Promise((resolve) => setTimeout(resolve, Math.min(step.delayMs, MAX_DELAY_MS)));
    } else if (step) {
      await fault(step, bucket, name, req, res);
      return true;
    }
  }
  if (await bucket.handle(req, res)) return true;
  sendAnswer(res, {
    status: 404,
    body: { error: { code: 'not-found', message: `No ${action ?? ''} here.` } },
  });
  return true;
}

/**
 * The fault-injecting test endpoint as a @web/dev-server plugin. Requests under /test-endpoint/ are
 * taken off the dev server's http server before Koa sees them, so the handler gets the plain Node
 * request and response, exactly as under `createEndpoint`.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function testEndpointPlugin() {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} next
   */
  const serve = (req, res, next) => {
    const seen = connections.get(req.socket);
    if (seen) seen.requests += 1;
    if (ownConnectionsNeeded()) res.setHeader('Connection', 'close');
    route(req, res).then(
      (handled) => {
        if (!handled) next();
      },
      (error) => {
        console.error('test endpoint:', error);
        if (!res.headersSent)
          sendAnswer(res, { status: 500, body: { error: { code: 'internal-error' } } });
        else res.destroy();
      },
    );
  };
  return {
    name: 'rnswd-test-endpoint',
    serverStart({ server, app }) {
      if (server) {
        httpServer = /** @type {{ closeIdleConnections(): void }} */ (
          /** @type {unknown} */ (server)
        );
        server.on('connection', (socket) =>
          connections.set(socket, { since: performance.now(), requests: 0 }),
        );
        const others = server.listeners('request');
        server.removeAllListeners('request');
        server.on('request', (req, res) =>
          serve(req, res, () => {
            for (const listener of others) listener.call(server, req, res);
          }),
        );
      } else {
        // Middleware mode (no server of its own): a Koa middleware that takes over the response.
        app.use(async (ctx, next) => {
          if (!ctx.path.startsWith(PREFIX)) return next();
          ctx.respond = false;
          await new Promise((resolve) => {
            ctx.res.once('close', () => resolve(undefined));
            serve(ctx.req, ctx.res, () => resolve(undefined));
          });
        });
      }
    },
  };
}
