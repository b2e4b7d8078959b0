import { defineCatalog, formatNumber } from './catalog.js';

/** Messages shared by every widget: loading, data errors, storage notices, delivery states. */
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
    'notice.memory':
      'Deze browser staat niet toe dat gegevens worden bewaard (bijvoorbeeld in een privévenster). Wat u hier invult, gaat verloren zodra u de pagina sluit.',
    'notice.closed':
      'Deze pagina is in een ander tabblad bijgewerkt. Laad deze pagina opnieuw om verder te kunnen opslaan; wat u hebt ingevuld, blijft staan tot u dat doet.',
    'notice.blocked':
      'Een ander tabblad met een oudere versie van deze pagina houdt de opslag vast. Sluit dat tabblad en laad deze pagina opnieuw. Tot dan wordt niets bewaard na het sluiten van de pagina.',
    'notice.quota':
      'De opslag van deze browser is vol. Uw tekst staat nog in het formulier; maak ruimte vrij of exporteer en verwijder oudere gegevens, en probeer het opnieuw.',
    'state.local': 'Bewaard in deze browser',
    'state.queued': 'Wacht op verzending',
    'state.sending': 'Wordt verzonden…',
    'state.delivered': 'Verzonden',
    'state.failed': 'Niet verzonden',
    'error.offline': 'U bent offline. Het wordt verzonden zodra er weer verbinding is.',
    'error.network':
      'De server van het netwerk is niet bereikbaar. Het wordt later opnieuw geprobeerd.',
    'error.timeout': 'De server reageerde niet op tijd. Het wordt later opnieuw geprobeerd.',
    'error.server': 'De server had een storing. Het wordt later opnieuw geprobeerd.',
    'error.rejected':
      'De server heeft het niet aangenomen. Het blijft bewaard in deze browser; u kunt het opnieuw proberen of exporteren.',
    'error.unauthorized':
      'De server weigert toegang. Verzenden is gepauzeerd; meld dit bij de beheerder van de website.',
    'error.misconfigured':
      'Het verzendadres is niet goed ingesteld. Het blijft in de wachtrij; meld dit bij de beheerder van de website.',
    'error.invalid-response':
      'De server gaf een onverwacht antwoord. Het blijft in de wachtrij en wordt later opnieuw geprobeerd.',
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
    'notice.memory':
      'This browser does not allow data to be kept (in a private window, for example). What you enter here is lost as soon as you close the page.',
    'notice.closed':
      'This page was updated in another tab. Reload this page to keep saving; what you entered stays here until you do.',
    'notice.blocked':
      'Another tab with an older version of this page holds the storage. Close that tab and reload this page. Until then nothing is kept after the page closes.',
    'notice.quota':
      'This browser’s storage is full. Your text is still in the form; free some space or export and delete older entries, and try again.',
    'state.local': 'Kept in this browser',
    'state.queued': 'Waiting to be sent',
    'state.sending': 'Sending…',
    'state.delivered': 'Sent',
    'state.failed': 'Not sent',
    'error.offline': 'You are offline. It will be sent as soon as the connection is back.',
    'error.network': 'The network’s server cannot be reached. It will be tried again later.',
    'error.timeout': 'The server did not answer in time. It will be tried again later.',
    'error.server': 'The server had a fault. It will be tried again later.',
    'error.rejected':
      'The server did not accept it. It stays in this browser; you can try again or export it.',
    'error.unauthorized':
      'The server refuses access. Sending is paused; please tell the website’s administrator.',
    'error.misconfigured':
      'The address it is sent to is not set up correctly. It stays queued; please tell the website’s administrator.',
    'error.invalid-response':
      'The server gave an unexpected answer. It stays queued and will be tried again later.',
  },
});
