/** Defines every rnswd element. The CDN bundle is built from this file. */
import '@rnswd/core/define.js';
import '@rnswd/reflection-form/define.js';
import '@rnswd/partner-directory/define.js';
import '@rnswd/network-map/define.js';
import '@rnswd/theme-tracker/define.js';

export * from './index.js';
