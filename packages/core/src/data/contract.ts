/**
 * The network data contract, version 1: one JSON document describes a learning network, and every
 * widget reads it. The JSON Schema is `packages/core/schema/network.schema.json`.
 *
 * These are the types after validation: optional arrays are present (empty when the document left them
 * out), broken references are dropped, unknown fields are gone.
 */

/** A language the widgets speak. */
export type Lang = 'nl' | 'en';

/** A text field: one string, or a string per language. */
export type Text = string | { nl?: string; en?: string };

/** An ISO 8601 date (`2025-03-01`) or date-time. */
export type IsoDate = string;

export type ThemeStatus = 'proposed' | 'active' | 'paused' | 'completed';

export type PartnerKind =
  | 'municipality'
  | 'knowledge-institution'
  | 'care-welfare'
  | 'citizen-initiative'
  | 'client-organisation'
  | 'other';

export type RelationKind =
  'collaboration' | 'research' | 'funding' | 'care-chain' | 'education' | 'working-group' | 'other';

export const THEME_STATUSES: readonly ThemeStatus[] = ['proposed', 'active', 'paused', 'completed'];
export const PARTNER_KINDS: readonly PartnerKind[] = [
  'municipality',
  'knowledge-institution',
  'care-welfare',
  'citizen-initiative',
  'client-organisation',
  'other',
];
export const RELATION_KINDS: readonly RelationKind[] = [
  'collaboration',
  'research',
  'funding',
  'care-chain',
  'education',
  'working-group',
  'other',
];

export interface Milestone {
  title: Text;
  due?: IsoDate;
  done: boolean;
  doneAt?: IsoDate;
}

export interface ThemeUpdate {
  date: IsoDate;
  text: Text;
}

export interface Theme {
  id: string;
  title: Text;
  description?: Text;
  status: ThemeStatus;
  workingGroupId?: string;
  partnerIds: string[];
  learningQuestions: Text[];
  milestones: Milestone[];
  updates: ThemeUpdate[];
  startedAt?: IsoDate;
  /** Agreed priority, 1 = highest. */
  priority?: number;
  /** Number of reflections the network publishes for this theme. */
  reflectionCount?: number;
}

export interface WorkingGroup {
  id: string;
  name: Text;
  description?: Text;
  themeIds: string[];
  partnerIds: string[];
}

export interface GeoLocation {
  lat: number;
  lon: number;
}

export interface Partner {
  id: string;
  name: string;
  kind: PartnerKind;
  description?: Text;
  municipality?: string;
  /** CBS gemeentecode: `GM` + 4 digits. */
  municipalityCode?: string;
  address?: string;
  location?: GeoLocation;
  website?: string;
  email?: string;
  phone?: string;
  themeIds: string[];
  logo?: string;
}

export interface Relation {
  source: string;
  target: string;
  kind: RelationKind;
  label?: Text;
}

export interface Network {
  version: 1;
  id: string;
  name: Text;
  description?: Text;
  website?: string;
  themes: Theme[];
  workingGroups: WorkingGroup[];
  partners: Partner[];
  relations: Relation[];
}

/**
 * Why loading or validating failed, so the widget can say it in the reader's language:
 * `no-data` nothing given; `fetch` network error (offline, CORS, DNS); `http` an HTTP error status;
 * `json` not valid JSON; `schema` the document does not match the contract (an error);
 * `reference` a broken reference that was dropped (a warning).
 */
export type ProblemCode = 'no-data' | 'fetch' | 'http' | 'json' | 'schema' | 'reference';

/** One problem with the data: where, and what, in English (technical detail under the widget's own message). */
export interface Problem {
  /** Path into the document, e.g. `partners[3].location.lat`; empty for the document itself. */
  path: string;
  message: string;
  code: ProblemCode;
}

export interface ValidationResult {
  /** The usable network, or null when there are errors. */
  network: Network | null;
  /** Problems that make the document unusable. */
  errors: Problem[];
  /** Problems that were repaired (broken references dropped, duplicate ids removed). */
  warnings: Problem[];
}
