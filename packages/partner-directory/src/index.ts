/** @rnswd/partner-directory: `<rnswd-partner-directory>` (import `@rnswd/partner-directory/define.js` to define the tag). */
export { RnswdPartnerDirectory } from './partner-directory.js';
export { PartnerSelectEvent } from './events.js';
export type { PartnerSelectDetail } from './events.js';
export { PARTNER_DIRECTORY_MESSAGES } from './messages.js';
export type {
  PartnerDirectoryFacet,
  PartnerDirectoryLayout,
  PartnerDirectoryQuery,
  PartnerDirectorySort,
} from './partner-directory.types.js';
