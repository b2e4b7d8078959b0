import { defineCatalog, formatNumber } from './catalog.js';

/** Messages shared by every widget: loading, data errors. */
export const CORE_MESSAGES = defineCatalog({
  nl: {
    loading: 'Gegevens van het netwerk laden…',
    dataErrorTitle: 'De gegevens van het netwerk kunnen niet worden getoond.',
    'problem.no-data':
      'Er zijn geen gegevens opgegeven. Geef het element een src-attribuut of zet het in een <rnswd-network>.',
    'problem.fetch':
      'Het gegevensbestand kon niet worden opgehaald. Controleer de internetverbinding en het adres.',
    'problem.http': 'De server gaf een foutmelding bij het ophalen van het gegevensbestand.',
    'problem.json': 'Het gegevensbestand is geen geldige JSON.',
    'problem.schema': 'Het gegevensbestand past niet bij het formaat (versie 1).',
    'problem.reference': 'Een verwijzing in het gegevensbestand klopt niet.',
    technicalDetails: (n: number) =>
      n === 1
        ? 'Technische details (1 probleem)'
        : `Technische details (${formatNumber('nl', n)} problemen)`,
    retry: 'Opnieuw proberen',
  },
  en: {
    loading: 'Loading the network’s data…',
    dataErrorTitle: 'The network’s data cannot be shown.',
    'problem.no-data':
      'No data was given. Give the element a src attribute or place it inside an <rnswd-network>.',
    'problem.fetch':
      'The data file could not be fetched. Check the internet connection and the address.',
    'problem.http': 'The server answered with an error when fetching the data file.',
    'problem.json': 'The data file is not valid JSON.',
    'problem.schema': 'The data file does not match the format (version 1).',
    'problem.reference': 'A reference in the data file is broken.',
    technicalDetails: (n: number) =>
      n === 1
        ? 'Technical details (1 problem)'
        : `Technical details (${formatNumber('en', n)} problems)`,
    retry: 'Try again',
  },
});
