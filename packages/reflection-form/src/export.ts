import { toCsv, type StoredRecord } from '@rnswd/core';
import type { Reflection } from './events.js';

/** The stored reflections as JSON: each record with its delivery state. */
export function reflectionsJson(list: StoredRecord<Reflection>[]): string {
  return JSON.stringify(
    list.map((s) => ({ ...s.record, state: s.state, deliveredAt: s.deliveredAt })),
    null,
    2,
  );
}

/**
 * The stored reflections as CSV (UTF-8 with BOM): fixed columns, then one per answer in the order the
 * answers first appear, then the learning question. `label` names the columns in the reader's language.
 */
export function reflectionsCsv(
  list: StoredRecord<Reflection>[],
  label: (key: string) => string,
  value: (key: string, v: unknown) => string = (_k, v) => (v === undefined ? '' : String(v)),
): string {
  const fixed = [
    'id',
    'createdAt',
    'state',
    'template',
    'themeId',
    'workingGroupId',
    'role',
    'situationDate',
    'sharing',
    'name',
  ];
  const answers = [...new Set(list.flatMap((s) => Object.keys(s.record.answers ?? {})))];
  return toCsv(
    [...fixed, ...answers, 'learningQuestion'].map(label),
    list.map((s) => {
      const r = { ...s.record, state: s.state } as Record<string, unknown>;
      return [
        ...fixed.map((k) => value(k, r[k])),
        ...answers.map((k) => value(k, s.record.answers?.[k])),
        value('learningQuestion', r.learningQuestion),
      ];
    }),
  );
}
