/**
 * @rnswd/core: everything the widgets share. This entry has no side effects: it defines no element
 * (import `@rnswd/core/define.js` for `<rnswd-network>`).
 */
export * from './data/index.js';
// Records, storage and delivery are exported from here once they land (records, store, delivery, services).

export { VERSION } from './version.js';
export { NetworkResource } from './scope/network-resource.js';
export type {
  NetworkSource,
  NetworkSourceKind,
  NetworkState,
  NetworkStatus,
} from './scope/network-resource.js';
export { indexNetwork } from './scope/network-index.js';
export type { NetworkIndex } from './scope/network-index.js';
export { SelectionService } from './scope/selection.js';
export type { SelectionChange } from './scope/selection.js';
export { Scope, scopeContext } from './scope/scope.js';
export type { CredentialsMode, ScopeConfig, StorageMode } from './scope/scope.js';

export { RnswdElement } from './element/rnswd-element.js';
export { ScopeController, ensureContextRoot } from './element/scope-controller.js';
export type { ScopeControllerOptions, ScopeHost } from './element/scope-controller.js';
export { defineElement } from './element/define.js';
export { DataErrorEvent } from './element/events.js';
export type { DataErrorDetail } from './element/events.js';
export { renderDataStatus } from './element/status.js';

export { RnswdNetwork } from './provider/network-provider.js';
export { SelectionChangeEvent } from './provider/events.js';
export type { SelectionChangeDetail } from './provider/events.js';

export { LangController, resolveLang, normalizeLang, LANGS, DEFAULT_LANG } from './i18n/lang.js';
export {
  defineCatalog,
  translate,
  locale,
  formatNumber,
  formatDate,
  formatList,
  toDate,
  plural,
} from './i18n/catalog.js';
export type { Catalog, Message, Messages } from './i18n/catalog.js';
export { CORE_MESSAGES } from './i18n/core-messages.js';

export { TOKENS, tokenStyles, tokenValue, privateName } from './styles/tokens.js';
export type { TokenDefinition } from './styles/tokens.js';
export { baseStyles } from './styles/base.styles.js';

export { safeHref, mailHref, telHref, EXTERNAL_REL } from './util/links.js';
export { toCsv, downloadFile } from './util/csv.js';
