#!/usr/bin/env node
// Writes packages/core/schema/network.schema.json (JSON Schema, draft 2020-12) from the valibot schema
// in packages/core/src/data/schema.ts, with the titles and descriptions below.
//   npm run schema          write it
//   npm run schema:check    exit 1 when the committed file differs from what the schema gives
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'packages/core/schema/network.schema.json');
const ID = 'urn:rnswd-widgets:schema:network:1';
const check = process.argv.includes('--check');

// Transpile the TypeScript source (valibot stays external and resolves from node_modules).
const bundled = await build({
  entryPoints: [join(root, 'packages/core/src/data/schema.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  external: ['valibot'],
  write: false,
  logLevel: 'silent',
});
const tmp = join(root, 'node_modules/.cache/rnswd/network-schema.mjs');
mkdirSync(dirname(tmp), { recursive: true });
writeFileSync(tmp, bundled.outputFiles[0].text);
const s = await import(`${pathToFileURL(tmp).href}?t=${Date.now()}`);

const definitions = {
  Text: s.textSchema,
  Theme: s.themeSchema,
  Milestone: s.milestoneSchema,
  ThemeUpdate: s.themeUpdateSchema,
  WorkingGroup: s.workingGroupSchema,
  Partner: s.partnerSchema,
  GeoLocation: s.geoLocationSchema,
  Relation: s.relationSchema,
};

const generated = toJsonSchema(s.networkSchema, {
  target: 'draft-2020-12',
  typeMode: 'input',
  definitions,
  overrideAction({ valibotAction, jsonSchema }) {
    // The one `check` in the contract: a text object needs "nl" or "en".
    if (valibotAction.type === 'check') {
      return { ...jsonSchema, anyOf: [{ required: ['nl'] }, { required: ['en'] }] };
    }
    return undefined;
  },
});

const DOCS = {
  '': [
    'Network',
    'A regional learning network in the social domain: its agenda themes, working groups, partners and the relations between them. Version 1 of the rnswd-widgets data contract. Unknown fields are ignored.',
  ],
  version: ['Version', 'Version of the data contract. Always 1.'],
  id: [
    'Network id',
    'Stable identifier of the network, e.g. "zhz". Used to keep records of different networks apart.',
  ],
  name: ['Name', 'Name of the network.'],
  description: ['Description', 'What the network is and does.'],
  website: ['Website', "URL of the network's own site."],
  themes: ['Agenda themes', "The themes on the network's learning agenda."],
  workingGroups: ['Working groups', 'Working groups of the network.'],
  partners: ['Partners', 'The organisations and initiatives in the network.'],
  relations: [
    'Relations',
    'Relations between two partners. A relation naming an unknown partner is dropped.',
  ],

  Text: [
    'Text',
    'A text: one string, or an object with a Dutch ("nl") and/or English ("en") version. Widgets show the reader\'s language and fall back to the other.',
  ],

  Theme: ['Agenda theme', 'A theme on the learning agenda.'],
  'Theme.id': ['Theme id', 'Unique among the themes.'],
  'Theme.title': ['Title', 'Title of the theme.'],
  'Theme.description': ['Description', 'What the theme is about.'],
  'Theme.status': ['Status', 'Where the theme stands: proposed, active, paused or completed.'],
  'Theme.workingGroupId': [
    'Working group',
    'Id of the working group that carries the theme. An unknown id is ignored.',
  ],
  'Theme.partnerIds': [
    'Partners',
    'Ids of the partners that work on the theme. Unknown ids are dropped.',
  ],
  'Theme.learningQuestions': [
    'Learning questions',
    'The questions the network wants to answer on this theme.',
  ],
  'Theme.milestones': ['Milestones', 'Planned and reached milestones.'],
  'Theme.updates': ['Updates', 'Dated news on the theme, newest last or in any order.'],
  'Theme.startedAt': ['Started', 'When work on the theme started (ISO 8601 date or date-time).'],
  'Theme.priority': ['Priority', 'Agreed priority: 1 is highest.'],
  'Theme.reflectionCount': [
    'Reflections',
    'Number of reflections the network publishes for this theme.',
  ],

  Milestone: ['Milestone', 'A milestone of an agenda theme.'],
  'Milestone.title': ['Title', 'What the milestone is.'],
  'Milestone.due': ['Due', 'When it is due (ISO 8601 date or date-time).'],
  'Milestone.done': ['Done', 'Whether it has been reached. Defaults to false.'],
  'Milestone.doneAt': ['Done at', 'When it was reached (ISO 8601 date or date-time).'],

  ThemeUpdate: ['Update', 'A dated update on an agenda theme.'],
  'ThemeUpdate.date': ['Date', 'Date of the update (ISO 8601 date or date-time).'],
  'ThemeUpdate.text': ['Text', 'The update itself.'],

  WorkingGroup: [
    'Working group',
    'A working group of the network (e.g. peer supervision, deliberation).',
  ],
  'WorkingGroup.id': ['Working group id', 'Unique among the working groups.'],
  'WorkingGroup.name': ['Name', 'Name of the working group.'],
  'WorkingGroup.description': ['Description', 'What the working group does.'],
  'WorkingGroup.themeIds': [
    'Themes',
    'Ids of the themes the group works on. Unknown ids are dropped.',
  ],
  'WorkingGroup.partnerIds': [
    'Partners',
    'Ids of the partners in the group. Unknown ids are dropped.',
  ],

  Partner: ['Partner', 'An organisation or initiative in the network.'],
  'Partner.id': ['Partner id', 'Unique among the partners; relations and themes refer to it.'],
  'Partner.name': ['Name', 'Name of the partner, as the partner writes it.'],
  'Partner.kind': ['Kind', 'What kind of partner this is.'],
  'Partner.description': ['Description', 'What the partner does in the network.'],
  'Partner.municipality': ['Municipality', 'Name of the municipality where the partner is based.'],
  'Partner.municipalityCode': [
    'Municipality code',
    'CBS municipality code (gemeentecode): "GM" and four digits, e.g. GM0505 for Dordrecht.',
  ],
  'Partner.address': ['Address', 'Postal address as one line of text.'],
  'Partner.location': [
    'Location',
    'Where to put the partner on the map. Partners without a location are listed but not mapped.',
  ],
  'Partner.website': [
    'Website',
    "URL of the partner's site. Widgets link only web addresses they consider safe and show anything else as text.",
  ],
  'Partner.email': ['E-mail', 'Public contact e-mail address of the organisation.'],
  'Partner.phone': ['Phone', 'Public contact phone number of the organisation.'],
  'Partner.themeIds': [
    'Themes',
    'Ids of the agenda themes the partner works on. Unknown ids are dropped.',
  ],
  'Partner.logo': ['Logo', "URL of the partner's logo image."],

  GeoLocation: ['Location', 'A point in WGS 84 degrees.'],
  'GeoLocation.lat': ['Latitude', 'Latitude in degrees, from -90 to 90.'],
  'GeoLocation.lon': ['Longitude', 'Longitude in degrees, from -180 to 180.'],

  Relation: ['Relation', 'A relation between two partners.'],
  'Relation.source': ['Source', 'Id of one partner.'],
  'Relation.target': ['Target', 'Id of the other partner.'],
  'Relation.kind': ['Kind', 'What kind of relation this is.'],
  'Relation.label': ['Label', 'Short description of the relation.'],
};

/** Drops what says nothing (`"required": []`). */
function tidy(node) {
  if (Array.isArray(node)) node.forEach(tidy);
  else if (node && typeof node === 'object') {
    if (Array.isArray(node.required) && !node.required.length) delete node.required;
    Object.values(node).forEach(tidy);
  }
}

function describe(node, prefix, used) {
  const [title, description] = DOCS[prefix] ?? [];
  if (title) {
    used.add(prefix);
    Object.assign(node, { title, description });
  }
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const docs = DOCS[path];
    if (!docs)
      throw new Error(`No description for ${path}: add it to DOCS in scripts/build-schema.mjs`);
    used.add(path);
    child.title = docs[0];
    child.description = docs[1];
  }
}

const used = new Set();
const schema = {
  $schema: generated.$schema,
  $id: ID,
  ...Object.fromEntries(
    Object.entries(generated).filter(([k]) => !['$schema', '$defs'].includes(k)),
  ),
  $defs: generated.$defs,
};
tidy(schema);
describe(schema, '', used);
for (const [name, def] of Object.entries(schema.$defs ?? {})) describe(def, name, used);
const unused = Object.keys(DOCS).filter((k) => !used.has(k));
if (unused.length)
  throw new Error(`Descriptions for fields the schema does not have: ${unused.join(', ')}`);

const text = await prettier.format(JSON.stringify(schema), {
  ...(await prettier.resolveConfig(OUT)),
  parser: 'json',
});

if (check) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== text) {
    console.error(
      `${OUT} is out of date with packages/core/src/data/schema.ts: run npm run schema`,
    );
    process.exit(1);
  }
  console.log('network.schema.json is up to date');
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
