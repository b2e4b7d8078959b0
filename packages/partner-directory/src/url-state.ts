import type { PartnerDirectoryQuery, PartnerDirectorySort } from './partner-directory.types.js';

/** The directory's part of the URL hash: `#rnswd-dir=q%3Dmantelzorg%26kind%3Dcare-welfare`. */
const KEY = 'rnswd-dir=';
const FACETS = { kind: 'kind', municipality: 'mun', theme: 'theme' } as const;
const SORTS: PartnerDirectorySort[] = ['relevance', 'name', 'municipality'];

/** The other users' parts of the hash (separated by `&`), kept as they are. */
const others = () =>
  location.hash
    .slice(1)
    .split('&')
    .filter((s) => s && !s.startsWith(KEY));

/** The query and filters in the URL, or null when the URL has none. */
export function readUrl(): PartnerDirectoryQuery | null {
  const part = location.hash
    .slice(1)
    .split('&')
    .find((s) => s.startsWith(KEY));
  if (part === undefined) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(decodeURIComponent(part.slice(KEY.length)));
  } catch {
    return null;
  }
  const sort = params.get('sort') as PartnerDirectorySort;
  return {
    q: params.get('q') ?? '',
    sort: SORTS.includes(sort) ? sort : 'relevance',
    filters: {
      kind: params.getAll(FACETS.kind),
      municipality: params.getAll(FACETS.municipality),
      theme: params.getAll(FACETS.theme),
    },
  };
}

/**
 * Writes the query and filters into the hash: a new history entry (`push`) for a committed change, the
 * current one replaced while typing. An empty state leaves only the other parts of the hash.
 */
export function writeUrl(state: PartnerDirectoryQuery, push: boolean): void {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [facet, key] of Object.entries(FACETS))
    for (const v of state.filters[facet as keyof typeof FACETS]) params.append(key, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const parts = others();
  const value = params.toString();
  if (value) parts.push(KEY + encodeURIComponent(value));
  const url = location.pathname + location.search + (parts.length ? `#${parts.join('&')}` : '');
  if (url === location.pathname + location.search + location.hash) return;
  history[push ? 'pushState' : 'replaceState'](history.state, '', url);
}
