#!/usr/bin/env node
// The reference endpoint for rnswd records.
//   rnswd-endpoint [--port 8787] [--host 127.0.0.1] [--data .endpoint-data/records.jsonl]
//                  [--origin http://localhost:8000 ...] [--credentials] [--memory]
import { parseArgs } from 'node:util';
import { createEndpoint } from '../src/server.js';

const HELP = `Usage: rnswd-endpoint [options]

  --port <n>        port to listen on (default 8787; 0 picks a free one)
  --host <name>     address to listen on (default 127.0.0.1)
  --data <file>     JSON Lines file for the records (default .endpoint-data/records.jsonl)
  --memory          keep records in memory only
  --origin <url>    an origin allowed by CORS; repeat for more (default http://localhost:8000
                    and http://127.0.0.1:8000)
  --credentials     allow requests with credentials (cookies) from those origins
  --help            this text
`;

/** @type {ReturnType<typeof parseArgs>['values']} */
let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: '.endpoint-data/records.jsonl' },
      memory: { type: 'boolean', default: false },
      origin: { type: 'string', multiple: true },
      credentials: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${/** @type {Error} */ (error).message}\n\n${HELP}`);
  process.exit(2);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  process.exit(2);
}
const origins = /** @type {string[] | undefined} */ (values.origin) ?? [
  'http://localhost:8000',
  'http://127.0.0.1:8000',
];
const dataFile = values.memory ? undefined : String(values.data);

let endpoint;
try {
  endpoint = await createEndpoint({
    port,
    host: String(values.host),
    dataFile,
    origins,
    credentials: Boolean(values.credentials),
  });
} catch (error) {
  const e = /** @type {NodeJS.ErrnoException} */ (error);
  console.error(
    e.code === 'EADDRINUSE'
      ? `Port ${port} is in use: choose another with --port.`
      : `The endpoint could not start: ${e.message}`,
  );
  process.exit(1);
}

console.log(`rnswd endpoint listening on ${endpoint.url}/records
  records:  ${dataFile ?? 'in memory only'}
  origins:  ${origins.join(', ') || '(none: same origin only)'}${values.credentials ? ' (with credentials)' : ''}
  health:   ${endpoint.url}/health
Press Ctrl+C to stop.`);

const stop = async () => {
  await endpoint.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
