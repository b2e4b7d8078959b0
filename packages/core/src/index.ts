/**
 * @rnswd/core: everything the widgets share. This entry has no side effects: it defines no element
 * (import `@rnswd/core/define.js` for `<rnswd-network>`).
 */
export * from './data/index.js';

export { createRecord, uuid, ENVELOPE_FIELDS } from './records/record.js';
export type { RecordEnvelope, NetworkRecord } from './records/record.js';
export { RecordStore, DB_VERSION, databaseName } from './store/record-store.js';
export type { StoreChangeDetail } from './store/record-store.js';
export { StoreError } from './store/types.js';
export type {
  RecordState,
  DeliveryError,
  DeliveryTarget,
  StoredRecord,
  StoreNotice,
} from './store/types.js';
export { Outbox, DEFAULT_TIMEOUT } from './delivery/outbox.js';
export type { SaveOptions } from './delivery/outbox.js';
export {
  classifyResponse,
  classifyFailure,
  retryAfterMs,
  backoff,
  BACKOFF_BASE,
  BACKOFF_CAP,
} from './delivery/classify.js';
export type { Outcome } from './delivery/classify.js';
export { getServices, releaseServices, OutboxHandle } from './delivery/services.js';
export type { Services, ServicesConfig } from './delivery/services.js';
export { DeliveredEvent, DeliveryFailedEvent } from './delivery/events.js';
export type { DeliveredDetail, DeliveryFailedDetail } from './delivery/events.js';

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
export { RnswdRecordingElement, FALLBACK_NETWORK_ID } from './element/recording-element.js';
export { renderStoreNotice, recordStateLabel, deliveryMessage } from './element/store-status.js';
export { ScopeController, ensureContextRoot } from './element/scope-controller.js';
export type { ScopeControllerOptions, ScopeHost } from './element/scope-controller.js';
export { defineElement } from './element/define.js';
export { DataErrorEvent } from './element/events.js';
export { PartnerSelectEvent } from './element/partner-select.js';
export type { PartnerSelectDetail } from './element/partner-select.js';
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
export { KIND_MESSAGES } from './i18n/kind-messages.js';

export { TOKENS, tokenStyles, tokenValue, privateName } from './styles/tokens.js';
export type { TokenDefinition } from './styles/tokens.js';
export { baseStyles } from './styles/base.styles.js';

export { safeHref, mailHref, telHref, EXTERNAL_REL } from './util/links.js';
export { toCsv, downloadFile } from './util/csv.js';
