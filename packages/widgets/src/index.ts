/**
 * @rnswd/widgets: every rnswd element. This entry has no side effects; import
 * `@rnswd/widgets/define.js` (or load `dist/rnswd-widgets.min.js`) to define the tags.
 */
export * from '@rnswd/core';
export * from '@rnswd/reflection-form';
export * from '@rnswd/network-map';
export * from '@rnswd/theme-tracker';
