import { KIND_MESSAGES, defineCatalog, formatNumber } from '@rnswd/core';

const n = (lang: 'nl' | 'en', v: number) => formatNumber(lang, v);

/** Every string the partner directory shows or announces, in Dutch and English. */
export const PARTNER_DIRECTORY_MESSAGES = defineCatalog({
  nl: {
    ...KIND_MESSAGES.nl,
    search: 'Zoek een partner',
    searchHelp: 'Op naam, plaats, thema of omschrijving.',
    sort: 'Sorteren op',
    'sort.relevance': 'Best passend',
    'sort.name': 'Naam',
    'sort.municipality': 'Gemeente',
    filters: 'Filters',
    'facet.kind': 'Soort',
    'facet.municipality': 'Gemeente',
    'facet.theme': 'Thema',
    reset: 'Alles wissen',
    exportCsv: 'Download CSV',
    results: 'Partners',
    keys: 'In de lijst: pijltjes om te bladeren, Enter om een partner te openen.',
    preparing: 'De zoekfunctie wordt voorbereid…',
    count: (v: number, all: number) =>
      v === all
        ? `${n('nl', all)} ${all === 1 ? 'partner' : 'partners'}`
        : `${n('nl', v)} van ${n('nl', all)} partners`,
    found: (v: number) =>
      v === 0
        ? 'Geen partners gevonden.'
        : v === 1
          ? '1 partner gevonden.'
          : `${n('nl', v)} partners gevonden.`,
    empty: 'Geen partners gevonden.',
    emptyQuery: (q: string) =>
      `Niets gevonden voor ‘${q}’. Controleer de spelling of zoek op een deel van een woord.`,
    emptyFilters: 'Met deze filters blijft niemand over. Zet een of meer filters uit.',
    close: 'Sluiten',
    address: 'Adres',
    website: 'Website',
    email: 'E-mail',
    phone: 'Telefoon',
    themes: 'Thema’s',
    workingGroups: 'Werkgroepen',
    relations: (v: number) => (v === 1 ? '1 relatie' : `${n('nl', v)} relaties`),
  },
  en: {
    ...KIND_MESSAGES.en,
    search: 'Find a partner',
    searchHelp: 'By name, place, theme or description.',
    sort: 'Sort by',
    'sort.relevance': 'Best match',
    'sort.name': 'Name',
    'sort.municipality': 'Municipality',
    filters: 'Filters',
    'facet.kind': 'Kind',
    'facet.municipality': 'Municipality',
    'facet.theme': 'Theme',
    reset: 'Clear all',
    exportCsv: 'Download CSV',
    results: 'Partners',
    keys: 'In the list: arrow keys to move, Enter to open a partner.',
    preparing: 'Preparing the search…',
    count: (v: number, all: number) =>
      v === all
        ? `${n('en', all)} ${all === 1 ? 'partner' : 'partners'}`
        : `${n('en', v)} of ${n('en', all)} partners`,
    found: (v: number) =>
      v === 0
        ? 'No partners found.'
        : v === 1
          ? '1 partner found.'
          : `${n('en', v)} partners found.`,
    empty: 'No partners found.',
    emptyQuery: (q: string) =>
      `Nothing found for ‘${q}’. Check the spelling or search for part of a word.`,
    emptyFilters: 'No one is left with these filters. Turn one or more filters off.',
    close: 'Close',
    address: 'Address',
    website: 'Website',
    email: 'Email',
    phone: 'Phone',
    themes: 'Themes',
    workingGroups: 'Working groups',
    relations: (v: number) => (v === 1 ? '1 relation' : `${n('en', v)} relations`),
  },
});
