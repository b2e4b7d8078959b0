import type { Text, Theme, ThemeStatus, ThemeUpdate } from '@rnswd/core';
import type { ThemeSort } from './theme-tracker.types.js';

/** The statuses in the order of a theme's life: the board's columns, the filter's options. */
export const STATUSES: readonly ThemeStatus[] = ['proposed', 'active', 'paused', 'completed'];

/** Where each status comes when sorting by priority: active work first, completed last. */
const RANK: Record<ThemeStatus, number> = { active: 0, proposed: 1, paused: 2, completed: 3 };

/** Milestones reached, and all milestones. */
export const progressOf = (theme: Theme): [number, number] => [
  theme.milestones.filter((m) => m.done).length,
  theme.milestones.length,
];

/** The most recent update. */
export const latestOf = (theme: Theme): ThemeUpdate | undefined =>
  theme.updates.reduce<ThemeUpdate | undefined>(
    (a, u) => (!a || u.date > a.date ? u : a),
    undefined,
  );

/** One line of a theme's timeline: a date (or none), what happened, its text. */
export type Entry = [date: string | undefined, kind: 'done' | 'due' | 'update', text: Text];

/** Milestones (on the day reached, else the day due) and updates in date order; undated ones last. */
export function timelineOf(theme: Theme): Entry[] {
  const entries: Entry[] = [
    ...theme.milestones.map((m): Entry => [
      m.done ? (m.doneAt ?? m.due) : m.due,
      m.done ? 'done' : 'due',
      m.title,
    ]),
    ...theme.updates.map((u): Entry => [u.date, 'update', u.text]),
  ];
  const key = (e: Entry) => e[0] ?? '\uffff';
  return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The themes in the chosen order (a new array). */
export function sortThemes(
  themes: Theme[],
  sort: ThemeSort,
  votes: (theme: Theme) => number,
  title: (theme: Theme) => string,
  collator: Intl.Collator,
): Theme[] {
  const byTitle = (a: Theme, b: Theme) => collator.compare(title(a), title(b));
  const date = (t: Theme) => latestOf(t)?.date ?? '';
  const compare: (a: Theme, b: Theme) => number =
    sort === 'title'
      ? byTitle
      : sort === 'updated'
        ? (a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : byTitle(a, b))
        : (a, b) =>
            votes(b) - votes(a) ||
            RANK[a.status] - RANK[b.status] ||
            (a.priority ?? Infinity) - (b.priority ?? Infinity) ||
            byTitle(a, b);
  return [...themes].sort(compare);
}
