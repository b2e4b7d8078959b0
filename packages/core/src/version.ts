/** The version of rnswd-widgets; `npm run lint` checks that it matches the packages' package.json. */
export const VERSION = '0.1.0';
