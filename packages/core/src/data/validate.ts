/**
 * `validateNetwork`: checks a document against the contract, then repairs broken references.
 *
 * A value of the wrong type anywhere is an error and the result has no network. A broken reference (an
 * unknown id, a duplicate id) is repaired and reported as a warning, so one stale id in a partner's file
 * never takes a whole widget down.
 */
import { safeParse } from 'valibot';
import type { BaseIssue } from 'valibot';
import type { Network, Problem, ValidationResult } from './contract.js';
import { FAIL, compileSchema } from './fast.js';
import { MESSAGES, networkSchema } from './schema.js';

/** At most this many errors (and this many warnings) are listed; one more line says how many were left out. */
export const MAX_PROBLEMS = 50;

type Issue = BaseIssue<unknown>;

let fastNetwork: ((value: unknown) => Network | typeof FAIL) | undefined;

function pathOf(issue: Issue, prefix = ''): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

function problemsOf(issue: Issue, prefix: string, out: Problem[]): void {
  const path = pathOf(issue, prefix);
  const last = issue.path?.[issue.path.length - 1] as
    { origin?: string; input?: unknown } | undefined;
  if (issue.type === 'object' && last?.origin === 'key') {
    // An array where an object belongs passes valibot's object check; say so once, at the array.
    if (Array.isArray(last.input)) {
      const parent = pathOf({ ...issue, path: issue.path?.slice(0, -1) } as Issue, prefix);
      out.push({ path: parent, message: MESSAGES.object, code: 'schema' });
    } else {
      out.push({ path, message: MESSAGES.missing, code: 'schema' });
    }
    return;
  }
  // A text given as an object with a wrong field inside (`{ "nl": 5 }`): name that field rather than
  // saying "expected a text" about the whole value.
  if (issue.type === 'union' && issue.issues && isObject(issue.input)) {
    const inner = issue.issues.filter((i) => i.path?.length);
    if (inner.length) {
      for (const i of inner) problemsOf(i, path, out);
      return;
    }
  }
  // `[]` as a text also passes the object check; it is not a text at all.
  const message =
    issue.message === MESSAGES.textEmpty && Array.isArray((last as { value?: unknown })?.value)
      ? MESSAGES.text
      : issue.message;
  out.push({ path, message, code: 'schema' });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cap(problems: Problem[], what: string): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  const code = problems[MAX_PROBLEMS].code;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: '', message: `…and ${more} more ${what}`, code },
  ];
}

/** `partners[3].location.lat: expected a number from -90 to 90`, or just the message for the document. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/**
 * Validates a network document (already parsed from JSON) against the contract, version 1.
 *
 * Returns the cleaned network (unknown fields dropped, optional arrays present, broken references
 * repaired), or `network: null` with the errors. Never throws.
 */
export function validateNetwork(input: unknown): ValidationResult {
  if (!isObject(input)) {
    return {
      network: null,
      errors: [
        { path: '', message: 'expected a JSON object (the network document)', code: 'schema' },
      ],
      warnings: [],
    };
  }
  // Most documents are valid: check them the fast way, and ask valibot why only when that fails.
  fastNetwork ??= compileSchema(networkSchema);
  let output = fastNetwork(input);
  if (output === FAIL) {
    const result = safeParse(networkSchema, input);
    if (result.success) output = result.output;
    else return { network: null, errors: errorsOf(result.issues), warnings: [] };
  }
  const warnings: Problem[] = [];
  const network = repairReferences(output, warnings);
  return { network, errors: [], warnings: cap(warnings, 'warnings') };
}

function errorsOf(issues: Issue[]): Problem[] {
  const errors: Problem[] = [];
  for (const issue of issues) problemsOf(issue, '', errors);
  // A value that fails two checks with the same message (e.g. priority 0.5) is listed once.
  const unique = errors.filter(
    (p, i) => i === 0 || p.path !== errors[i - 1].path || p.message !== errors[i - 1].message,
  );
  return cap(unique, 'errors');
}

/** Drops later duplicates of an id; returns the kept items and the set of ids. */
function dedupe<T extends { id: string }>(
  items: T[],
  field: string,
  noun: string,
  warnings: Problem[],
): { kept: T[]; at: number[]; ids: Map<string, number> } {
  const first = new Map<string, number>();
  const kept: T[] = [];
  const at: number[] = [];
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) {
      first.set(item.id, i);
      kept.push(item);
      at.push(i);
    } else {
      warnings.push({
        path: `${field}[${i}].id`,
        message: `duplicate id "${item.id}" (first used at ${field}[${seen}]); this ${noun} was dropped`,
        code: 'reference',
      });
    }
  });
  return { kept, at, ids: first };
}

/** Keeps the ids that exist, once each; warns about the others. */
function knownIds(
  list: string[],
  known: { has(id: string): boolean },
  /** Where the list is, e.g. `partners[3].themeIds` (built only when there is something to say). */
  path: () => string,
  noun: string,
  warnings: Problem[],
): string[] {
  // Almost always every id is known and listed once: check that without building anything.
  const small = list.length <= 32;
  const seen = small ? null : new Set<string>();
  let clean = true;
  for (let i = 0; i < list.length && clean; i++) {
    const id = list[i];
    if (!known.has(id)) clean = false;
    else if (seen) clean = !seen.has(id) && !!seen.add(id);
    else for (let j = 0; j < i && clean; j++) clean = list[j] !== id;
  }
  if (clean) return list;
  const out: string[] = [];
  const kept = new Set<string>();
  list.forEach((id, i) => {
    let problem: string | null = null;
    if (!known.has(id)) problem = `unknown ${noun} "${id}"; removed`;
    else if (kept.has(id)) problem = `${noun} "${id}" is listed twice; removed`;
    if (problem) warnings.push({ path: `${path()}[${i}]`, message: problem, code: 'reference' });
    else {
      kept.add(id);
      out.push(id);
    }
  });
  return out;
}

/**
 * Repairs references in a schema-valid network. Paths in the warnings point into the document as it
 * was given (indexes before anything was dropped).
 */
function repairReferences(input: Network, warnings: Problem[]): Network {
  const partners = dedupe(input.partners, 'partners', 'partner', warnings);
  const themes = dedupe(input.themes, 'themes', 'theme', warnings);
  const groups = dedupe(input.workingGroups, 'workingGroups', 'working group', warnings);

  partners.kept.forEach((p, i) => {
    const path = () => `partners[${partners.at[i]}].themeIds`;
    p.themeIds = knownIds(p.themeIds, themes.ids, path, 'theme', warnings);
  });
  themes.kept.forEach((t, i) => {
    const at = `themes[${themes.at[i]}]`;
    t.partnerIds = knownIds(
      t.partnerIds,
      partners.ids,
      () => `${at}.partnerIds`,
      'partner',
      warnings,
    );
    if (t.workingGroupId !== undefined && !groups.ids.has(t.workingGroupId)) {
      warnings.push({
        path: `${at}.workingGroupId`,
        message: `unknown working group "${t.workingGroupId}"; unset`,
        code: 'reference',
      });
      delete t.workingGroupId;
    }
  });
  groups.kept.forEach((g, i) => {
    const at = `workingGroups[${groups.at[i]}]`;
    g.themeIds = knownIds(g.themeIds, themes.ids, () => `${at}.themeIds`, 'theme', warnings);
    g.partnerIds = knownIds(
      g.partnerIds,
      partners.ids,
      () => `${at}.partnerIds`,
      'partner',
      warnings,
    );
  });
  const relations = input.relations.filter((r, i) => {
    const source = partners.ids.has(r.source);
    const target = partners.ids.has(r.target);
    if (source && target) return true;
    for (const end of source ? ['target'] : target ? ['source'] : ['source', 'target']) {
      const id = r[end as 'source' | 'target'];
      warnings.push({
        path: `relations[${i}].${end}`,
        message: `unknown partner "${id}"; the relation was dropped`,
        code: 'reference',
      });
    }
    return false;
  });
  return {
    ...input,
    partners: partners.kept,
    themes: themes.kept,
    workingGroups: groups.kept,
    relations,
  };
}
