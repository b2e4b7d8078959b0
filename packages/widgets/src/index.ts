/**
 * @rnswd/widgets: every rnswd element. This entry has no side effects; import
 * `@rnswd/widgets/define.js` (or load `dist/rnswd-widgets.min.js`) to define the tags.
 */
export * from '@rnswd/core';
export * from '@rnswd/reflection-form';
export * from '@rnswd/network-map';
export * from '@rnswd/theme-tracker';
// PartnerSelectEvent comes from core (both widgets fire it); DirectoryPartnerSelectEvent is the same class.
export {
  RnswdPartnerDirectory,
  PARTNER_DIRECTORY_MESSAGES,
  PartnerSelectEvent as DirectoryPartnerSelectEvent,
} from '@rnswd/partner-directory';
export type {
  PartnerDirectoryFacet,
  PartnerDirectoryLayout,
  PartnerDirectoryQuery,
  PartnerDirectorySort,
} from '@rnswd/partner-directory';
