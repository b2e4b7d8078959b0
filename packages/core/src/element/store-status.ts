import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../data/contract.js';
import { translate } from '../i18n/catalog.js';
import { CORE_MESSAGES } from '../i18n/core-messages.js';
import type { DeliveryError, RecordState, StoreNotice } from '../store/types.js';

/** A notice about the browser's storage (memory only, closed, blocked, full), or nothing. */
export function renderStoreNotice(
  lang: Lang,
  notice: StoreNotice | null,
): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  const severe = notice === 'quota' || notice === 'closed';
  return html`<p
    class="notice ${severe ? 'notice--error' : 'notice--warning'}"
    role=${severe ? 'alert' : 'status'}
    part="store-notice"
  >
    ${translate(CORE_MESSAGES, lang, `notice.${notice}`)}
  </p>`;
}

/** The label of a record's state, in the reader's language. */
export function recordStateLabel(lang: Lang, state: RecordState): string {
  return translate(CORE_MESSAGES, lang, `state.${state}`);
}

/** What a delivery error means for the user, from our own catalogue (never the server's text). */
export function deliveryMessage(lang: Lang, error: DeliveryError): string {
  return translate(CORE_MESSAGES, lang, `error.${error.code}`);
}
