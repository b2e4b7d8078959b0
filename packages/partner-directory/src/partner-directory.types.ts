/** How entries are laid out: one per row, or cards in as many columns as fit. */
export type PartnerDirectoryLayout = 'list' | 'cards';

/** How results are ordered. `relevance` orders by name while there is no query. */
export type PartnerDirectorySort = 'relevance' | 'name' | 'municipality';

/** The facets a directory filters on. */
export type PartnerDirectoryFacet = 'kind' | 'municipality' | 'theme';

/** The query, filters and sort: what `sync-url` keeps in the URL. */
export interface PartnerDirectoryQuery {
  q: string;
  sort: PartnerDirectorySort;
  /** Selected values per facet: kind ids, municipality names, theme ids. */
  filters: Record<PartnerDirectoryFacet, string[]>;
}
