#!/usr/bin/env node
// Writes the custom elements manifest: one for Storybook at the root (custom-elements.json), and one per
// package (packages/<name>/custom-elements.json, paths relative to the package), then docs/theming.md's
// generated tables.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { sharedTokens } from '../custom-elements-manifest.config.mjs';

execFileSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'],
  {
    stdio: 'inherit',
  },
);

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
// Events the analyzer saw dispatched but that carry no name (typed event classes) are documented by @fires.
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (decl.events) decl.events = decl.events.filter((e) => e.name);
  }
}
writeFileSync('custom-elements.json', JSON.stringify(manifest, null, 2) + '\n');
const byPackage = new Map();
for (const mod of manifest.modules) {
  const m = /^packages\/([^/]+)\/(.*)$/.exec(mod.path);
  if (!m) continue;
  const [, pkg, rest] = m;
  if (!byPackage.has(pkg)) byPackage.set(pkg, []);
  byPackage.get(pkg).push({ ...mod, path: rest });
}
for (const [pkg, modules] of byPackage) {
  if (!existsSync(`packages/${pkg}/package.json`)) continue;
  writeFileSync(
    `packages/${pkg}/custom-elements.json`,
    JSON.stringify({ schemaVersion: manifest.schemaVersion, readme: '', modules }, null, 2) + '\n',
  );
}

// docs/theming.md: replace the generated part between the markers.
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
const tokens = sharedTokens();
const esc = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
let out =
  '## Shared tokens\n\nEvery element reads these. Set them on any ancestor (or `:root`).\n\n';
out += '| custom property | falls back to | then | what |\n| --- | --- | --- | --- |\n';
for (const t of tokens)
  out += `| \`${t.name}\` | \`${t.basis ?? ''}\` | \`${esc(t.fallback)}\` | ${esc(t.description)} |\n`;
for (const el of elements) {
  const own = (el.cssProperties ?? []).filter((p) => !tokens.some((t) => t.name === p.name));
  const parts = el.cssParts ?? [];
  if (!own.length && !parts.length) continue;
  out += `\n## \`<${el.tagName}>\`\n\n`;
  if (own.length) {
    out += '| custom property | default | what |\n| --- | --- | --- |\n';
    for (const p of own)
      out += `| \`${p.name}\` | \`${esc(p.default ?? '')}\` | ${esc(p.description)} |\n`;
    out += '\n';
  }
  if (parts.length) {
    out += '| part | what |\n| --- | --- |\n';
    for (const p of parts) out += `| \`${p.name}\` | ${esc(p.description)} |\n`;
  }
}
const file = 'docs/theming.md';
const begin = '<!-- generated:begin (npm run analyze) -->';
const end = '<!-- generated:end -->';
if (existsSync(file)) {
  const doc = readFileSync(file, 'utf8');
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i !== -1 && j !== -1) {
    writeFileSync(file, doc.slice(0, i + begin.length) + '\n\n' + out + '\n' + doc.slice(j));
  }
}
console.log(
  `custom-elements.json: ${elements.length} elements (${elements.map((e) => e.tagName).join(', ')})`,
);
