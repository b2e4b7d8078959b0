import MiniSearch from 'minisearch';
import type { Network, Text } from '@rnswd/core';
import { PARTNER_DIRECTORY_MESSAGES } from './messages.js';

/** Words that carry no meaning in a search ("schuldhulp in Papendrecht"). */
const STOP = new Set(
  'de het een en in op van voor met te bij aan of uit the a an and of for with at on to'.split(' '),
);

/** A text as it is compared: lower case, accents removed ("Cliëntenraad" and "clientenraad" meet). */
export const plain = (text: string): string =>
  // Most words are plain ASCII already: only the others are decomposed (the most costly step).
  (/[^\0-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text).toLowerCase();

/** A word as it is indexed: plain, stop words and single letters dropped. */
const fold = (term: string, min = 2): string | null => {
  const t = plain(term);
  return t.length >= min && !STOP.has(t) ? t : null;
};

/**
 * The words of a query that are searched for, plain, joined by spaces; `''` when none is left. Words of
 * one or two letters are skipped: they would match most of a large network, and searching for them
 * would take more than a frame.
 */
export const queryTerms = (q: string): string =>
  q
    .split(/[\s\p{P}]+/u)
    .map((w) => fold(w, 3))
    .filter(Boolean)
    .join(' ');

/** Both languages of a text: a partner is found by its Dutch or English description. */
const both = (t: Text | undefined) =>
  !t || typeof t === 'string' ? (t ?? '') : `${t.nl ?? ''} ${t.en ?? ''}`;

export interface SearchIndex {
  /** True once every partner is indexed. */
  ready: boolean;
  /** Resolves when `ready`. */
  done: Promise<void>;
  /** Indices of the partners matching the query, best first. */
  search(q: string): number[];
}

const indexes = new WeakMap<Network, SearchIndex>();

/**
 * Hands the main thread back to the browser between slices of work, at background priority where the
 * browser offers it (rendering and input go first), else as a task of its own. Not
 * `scheduler.yield()`: its continuations would go before rendering.
 */
const yieldTask = (): Promise<void> => {
  const s = (
    globalThis as { scheduler?: { postTask?: (f: () => void, o: object) => Promise<void> } }
  ).scheduler;
  return s?.postTask
    ? s.postTask(() => {}, { priority: 'background' })
    : new Promise((r) => setTimeout(r));
};

/**
 * The full-text index of a network's partners (MiniSearch), built once per network object and shared by
 * every directory showing it. Built in slices of about 8 ms, so that 10,000 partners never block the
 * page; until it is ready the directory shows the partners unsearched.
 */
export function searchIndex(network: Network): SearchIndex {
  let index = indexes.get(network);
  if (index) return index;
  const { partners } = network;
  const titles = new Map(network.themes.map((t) => [t.id, both(t.title)]));
  const kinds = (k: string) =>
    ['nl', 'en']
      .map((l) => PARTNER_DIRECTORY_MESSAGES[l as 'nl'][`kind.${k}` as 'kind.other'])
      .join(' ');
  const ms = new MiniSearch<number>({
    fields: ['name', 'municipality', 'themes', 'description', 'kind'],
    extractField: (i, field) => {
      const p = partners[i]!;
      if (field === 'id') return i;
      if (field === 'themes') return p.themeIds.map((id) => titles.get(id)).join(' ');
      if (field === 'description') return both(p.description);
      if (field === 'kind') return kinds(p.kind);
      return field === 'name' ? p.name : p.municipality;
    },
    processTerm: (term) => fold(term),
    searchOptions: {
      prefix: true,
      // Small typos are forgiven in words of four letters or more.
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      boost: { name: 3, municipality: 2, themes: 1.5 },
      combineWith: 'AND',
    },
  });
  const build = async () => {
    for (let i = 0; i < partners.length;) {
      const start = performance.now();
      while (i < partners.length && performance.now() - start < 8) ms.add(i++);
      if (i < partners.length) await yieldTask();
    }
    index!.ready = true;
  };
  index = {
    ready: false,
    done: yieldTask().then(build),
    search: (q) => ms.search(q).map((r) => r.id as number),
  };
  indexes.set(network, index);
  return index;
}
