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
const begin = '<!-- generated:begin (npm run analyze) -->';
const end = '<!-- generated:end -->';
function fill(file, text) {
  if (!existsSync(file)) return;
  const doc = readFileSync(file, 'utf8');
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i !== -1 && j !== -1) {
    writeFileSync(file, doc.slice(0, i + begin.length) + '\n\n' + text + '\n' + doc.slice(j));
  }
}
fill('docs/theming.md', out);

// docs/embedding.md: the reference of every element (attributes, properties, events, slots, methods).
const type = (t) => (t?.text ? `\`${esc(t.text)}\`` : '');
let ref = '';
for (const el of elements) {
  ref += `### \`<${el.tagName}>\`\n\n${esc(el.summary ?? el.description ?? '')}\n\n`;
  const attrs = el.attributes ?? [];
  if (attrs.length) {
    ref += '| attribute | property | type | default | what |\n| --- | --- | --- | --- | --- |\n';
    for (const a of attrs)
      ref += `| \`${a.name}\` | ${a.fieldName ? `\`${a.fieldName}\`` : ''} | ${type(a.type)} | ${a.default ? `\`${esc(a.default)}\`` : ''} | ${esc(a.description)} |\n`;
    ref += '\n';
  }
  const attrFields = new Set(attrs.map((a) => a.fieldName));
  const members = (el.members ?? []).filter(
    (m) =>
      !m.static && !m.privacy && !m.name.startsWith('_') && !m.description?.includes('@internal'),
  );
  const props = members.filter(
    (m) => m.kind === 'field' && !attrFields.has(m.name) && m.description,
  );
  if (props.length) {
    ref += '| property (no attribute) | type | what |\n| --- | --- | --- |\n';
    for (const p of props) ref += `| \`${p.name}\` | ${type(p.type)} | ${esc(p.description)} |\n`;
    ref += '\n';
  }
  const methods = members.filter(
    (m) =>
      m.kind === 'method' &&
      m.description &&
      !/^(render|connectedCallback|disconnectedCallback|firstUpdated|updated|willUpdate)$/.test(
        m.name,
      ),
  );
  if (methods.length) {
    ref += '| method | what |\n| --- | --- |\n';
    for (const m of methods) {
      const params = (m.parameters ?? []).map((p) => p.name).join(', ');
      ref += `| \`${m.name}(${params})\` | ${esc(m.description)} |\n`;
    }
    ref += '\n';
  }
  const events = (el.events ?? []).filter((e) => e.name);
  if (events.length) {
    ref += '| event | what |\n| --- | --- |\n';
    for (const e of events) ref += `| \`${e.name}\` | ${esc(e.description)} |\n`;
    ref += '\n';
  }
  const slots = el.slots ?? [];
  if (slots.length) {
    ref += '| slot | what |\n| --- | --- |\n';
    for (const sl of slots)
      ref += `| ${sl.name ? `\`${sl.name}\`` : '(default)'} | ${esc(sl.description)} |\n`;
    ref += '\n';
  }
  ref += 'Custom properties and parts: see `docs/theming.md`.\n\n';
}
fill('docs/embedding.md', ref.trimEnd() + '\n');
console.log(
  `custom-elements.json: ${elements.length} elements (${elements.map((e) => e.tagName).join(', ')})`,
);
