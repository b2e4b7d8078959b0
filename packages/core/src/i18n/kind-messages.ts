import { defineCatalog } from './catalog.js';

/**
 * Names of the partner kinds and relation kinds (`kind.<kind>`, `relation.<kind>`), shared by the widgets
 * that show partners: each spreads them into its own catalogue, so the strings exist once.
 */
export const KIND_MESSAGES = defineCatalog({
  nl: {
    'kind.municipality': 'Gemeente',
    'kind.knowledge-institution': 'Kennisinstelling',
    'kind.care-welfare': 'Zorg en welzijn',
    'kind.citizen-initiative': 'Burgerinitiatief',
    'kind.client-organisation': 'Cliëntenorganisatie',
    'kind.other': 'Overig',
    'relation.collaboration': 'Samenwerking',
    'relation.research': 'Onderzoek',
    'relation.funding': 'Financiering',
    'relation.care-chain': 'Zorgketen',
    'relation.education': 'Onderwijs',
    'relation.working-group': 'Werkgroep',
    'relation.other': 'Overig',
  },
  en: {
    'kind.municipality': 'Municipality',
    'kind.knowledge-institution': 'Knowledge institution',
    'kind.care-welfare': 'Care and welfare',
    'kind.citizen-initiative': 'Citizen initiative',
    'kind.client-organisation': 'Client organisation',
    'kind.other': 'Other',
    'relation.collaboration': 'Collaboration',
    'relation.research': 'Research',
    'relation.funding': 'Funding',
    'relation.care-chain': 'Care chain',
    'relation.education': 'Education',
    'relation.working-group': 'Working group',
    'relation.other': 'Other',
  },
});
