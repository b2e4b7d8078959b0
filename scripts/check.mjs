#!/usr/bin/env node
// Project checks that ESLint cannot make (part of `npm run lint`):
// - every `--rnswd-*` custom property used in the sources is documented (shared token or @cssprop);
// - the VERSION constant matches the packages' versions;
// - no focused or skipped tests.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sharedTokens } from '../custom-elements-manifest.config.mjs';

const problems = [];

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|mjs|js)$/.test(name)) out.push(path);
  }
  return out;
}

const sources = readdirSync('packages')
  .filter((p) => statSync(join('packages', p, 'src'), { throwIfNoEntry: false })?.isDirectory())
  .flatMap((p) => walk(join('packages', p, 'src')));

// 1. Tokens.
const documented = new Set(sharedTokens().map((t) => t.name));
for (const file of sources) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/@cssprop(?:erty)?\s+(?:\[)?(--rnswd-[a-z0-9-]+)/g))
    documented.add(m[1]);
}
for (const file of sources) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/var\(\s*(--rnswd-[a-z0-9-]+)/g)) {
    if (!documented.has(m[1]))
      problems.push(`${file}: ${m[1]} is used but not documented (tokens.ts or @cssprop)`);
  }
}

// 2. Version.
const versionTs = readFileSync('packages/core/src/version.ts', 'utf8');
const version = /VERSION = '([^']+)'/.exec(versionTs)?.[1];
for (const pkg of readdirSync('packages')) {
  const file = join('packages', pkg, 'package.json');
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    if (json.version !== version)
      problems.push(`${file}: version ${json.version} differs from VERSION ${version}`);
  } catch {
    /* not a package */
  }
}

// 3. Focused or skipped tests.
for (const file of walk('test')) {
  const text = readFileSync(file, 'utf8');
  if (/\b(describe|it)\.(only|skip)\(|\bx(it|describe)\(/.test(text))
    problems.push(`${file}: focused or skipped test`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `check: ${documented.size} custom properties documented, version ${version}, no focused or skipped tests`,
);
