#!/usr/bin/env node
// `npm start`: builds, starts the reference endpoint, serves the demo and prints its address.
//   PORT=8000 ENDPOINT_PORT=8787 npm start
import { execSync } from 'node:child_process';
import { createEndpoint } from '../packages/endpoint/src/server.js';
import { startStaticServer } from '../bench/static-server.mjs';

const port = Number(process.env.PORT || 8000);
const endpointPort = Number(process.env.ENDPOINT_PORT || 8787);

if (!process.argv.includes('--no-build')) {
  console.log('Building (npm run build)…');
  execSync('npm run build', { stdio: 'inherit' });
}

const origins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
const endpoint = await createEndpoint({
  port: endpointPort,
  host: '127.0.0.1',
  dataFile: '.endpoint-data/records.jsonl',
  origins,
});
const site = await startStaticServer(process.cwd(), port);

console.log(`
  Demo:      http://localhost:${port}/demo/
  Endpoint:  http://localhost:${endpointPort}/records  (records in .endpoint-data/records.jsonl)
  Storybook: npm run storybook

  Press Ctrl+C to stop.
`);

const stop = async () => {
  await site.close();
  await endpoint.close?.();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
