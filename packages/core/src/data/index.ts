export type {
  GeoLocation,
  IsoDate,
  Lang,
  Milestone,
  Network,
  Partner,
  PartnerKind,
  Problem,
  ProblemCode,
  Relation,
  RelationKind,
  Text,
  Theme,
  ThemeStatus,
  ThemeUpdate,
  ValidationResult,
  WorkingGroup,
} from './contract.js';
export { PARTNER_KINDS, RELATION_KINDS, THEME_STATUSES } from './contract.js';
export { networkSchema } from './schema.js';
export { formatProblem, MAX_PROBLEMS, validateNetwork } from './validate.js';
export { findInlineJson, loadNetwork } from './load.js';
export type { LoadNetworkOptions } from './load.js';
export { textOf } from './text.js';
