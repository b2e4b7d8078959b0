/**
 * The network data contract (see `contract.ts`) as a valibot schema. `validateNetwork` runs it and turns
 * its issues into readable problems; `scripts/build-schema.mjs` turns it into
 * `packages/core/schema/network.schema.json`.
 *
 * Every schema carries its own English message, so a problem reads `expected a date like 2025-03-01`
 * rather than valibot's generic text. Objects drop unknown fields; missing optional arrays become `[]`.
 */
import {
  array,
  boolean,
  check,
  integer,
  literal,
  maxValue,
  minLength,
  minValue,
  number,
  object,
  optional,
  picklist,
  pipe,
  regex,
  string,
  union,
} from 'valibot';
import type { GenericSchema } from 'valibot';
import type {
  GeoLocation,
  Milestone,
  Network,
  Partner,
  Relation,
  Theme,
  ThemeUpdate,
  Text,
  WorkingGroup,
} from './contract.js';
import { PARTNER_KINDS, RELATION_KINDS, THEME_STATUSES } from './contract.js';

/** Messages shared by the schema and the problem formatter in `validate.ts`. */
export const MESSAGES = {
  object: 'expected an object',
  array: 'expected an array',
  string: 'expected a string',
  nonEmpty: 'expected a non-empty string',
  number: 'expected a number',
  boolean: 'expected true or false',
  text: 'expected a text: a string, or an object with "nl" and/or "en"',
  textEmpty: 'expected "nl" or "en" (at least one)',
  date: 'expected a date like 2025-03-01',
  lat: 'expected a number from -90 to 90',
  lon: 'expected a number from -180 to 180',
  municipalityCode: 'expected a CBS municipality code like GM0505',
  priority: 'expected a whole number of at least 1',
  count: 'expected a whole number of at least 0',
  version: 'expected 1 (the only version of the contract)',
  missing: 'missing required field',
} as const;

const oneOf = (values: readonly string[]): string =>
  `expected one of ${values.map((v) => `"${v}"`).join(', ')}`;

/** `2025-03-01`, or a date-time such as `2025-03-01T09:30`, `2025-03-01T09:30:00.000Z`, `…+01:00`. */
export const ISO_DATE_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** CBS gemeentecode. */
export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/;

const str = string(MESSAGES.string);
const id = pipe(string(MESSAGES.string), minLength(1, MESSAGES.nonEmpty));
const ids = () => optional(array(id, MESSAGES.array), () => []);
const date = pipe(string(MESSAGES.date), regex(ISO_DATE_PATTERN, MESSAGES.date));

/** Text: a string, or `{ nl?, en? }` with at least one of the two. */
export const textSchema: GenericSchema<Text> = union(
  [
    str,
    pipe(
      object({ nl: optional(str), en: optional(str) }, MESSAGES.text),
      check((t) => t.nl !== undefined || t.en !== undefined, MESSAGES.textEmpty),
    ),
  ],
  MESSAGES.text,
);

export const milestoneSchema: GenericSchema<unknown, Milestone> = object(
  {
    title: textSchema,
    due: optional(date),
    done: optional(boolean(MESSAGES.boolean), false),
    doneAt: optional(date),
  },
  MESSAGES.object,
);

export const themeUpdateSchema: GenericSchema<unknown, ThemeUpdate> = object(
  { date, text: textSchema },
  MESSAGES.object,
);

export const themeSchema: GenericSchema<unknown, Theme> = object(
  {
    id,
    title: textSchema,
    description: optional(textSchema),
    status: picklist(THEME_STATUSES, oneOf(THEME_STATUSES)),
    workingGroupId: optional(id),
    partnerIds: ids(),
    learningQuestions: optional(array(textSchema, MESSAGES.array), () => []),
    milestones: optional(array(milestoneSchema, MESSAGES.array), () => []),
    updates: optional(array(themeUpdateSchema, MESSAGES.array), () => []),
    startedAt: optional(date),
    priority: optional(
      pipe(number(MESSAGES.number), integer(MESSAGES.priority), minValue(1, MESSAGES.priority)),
    ),
    reflectionCount: optional(
      pipe(number(MESSAGES.number), integer(MESSAGES.count), minValue(0, MESSAGES.count)),
    ),
  },
  MESSAGES.object,
);

export const workingGroupSchema: GenericSchema<unknown, WorkingGroup> = object(
  {
    id,
    name: textSchema,
    description: optional(textSchema),
    themeIds: ids(),
    partnerIds: ids(),
  },
  MESSAGES.object,
);

export const geoLocationSchema: GenericSchema<unknown, GeoLocation> = object(
  {
    lat: pipe(number(MESSAGES.lat), minValue(-90, MESSAGES.lat), maxValue(90, MESSAGES.lat)),
    lon: pipe(number(MESSAGES.lon), minValue(-180, MESSAGES.lon), maxValue(180, MESSAGES.lon)),
  },
  MESSAGES.object,
);

export const partnerSchema: GenericSchema<unknown, Partner> = object(
  {
    id,
    name: pipe(string(MESSAGES.string), minLength(1, MESSAGES.nonEmpty)),
    kind: picklist(PARTNER_KINDS, oneOf(PARTNER_KINDS)),
    description: optional(textSchema),
    municipality: optional(str),
    municipalityCode: optional(
      pipe(
        string(MESSAGES.municipalityCode),
        regex(MUNICIPALITY_CODE_PATTERN, MESSAGES.municipalityCode),
      ),
    ),
    address: optional(str),
    location: optional(geoLocationSchema),
    // Any string: whether a URL becomes a link is decided where it is rendered.
    website: optional(str),
    email: optional(str),
    phone: optional(str),
    themeIds: ids(),
    logo: optional(str),
  },
  MESSAGES.object,
);

export const relationSchema: GenericSchema<unknown, Relation> = object(
  {
    source: id,
    target: id,
    kind: picklist(RELATION_KINDS, oneOf(RELATION_KINDS)),
    label: optional(textSchema),
  },
  MESSAGES.object,
);

/** The whole document. */
export const networkSchema: GenericSchema<unknown, Network> = object(
  {
    version: literal(1, MESSAGES.version),
    id,
    name: textSchema,
    description: optional(textSchema),
    website: optional(str),
    themes: optional(array(themeSchema, MESSAGES.array), () => []),
    workingGroups: optional(array(workingGroupSchema, MESSAGES.array), () => []),
    partners: optional(array(partnerSchema, MESSAGES.array), () => []),
    relations: optional(array(relationSchema, MESSAGES.array), () => []),
  },
  MESSAGES.object,
);
