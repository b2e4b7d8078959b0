import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, Problem } from '../data/contract.js';
import { translate } from '../i18n/catalog.js';
import { CORE_MESSAGES } from '../i18n/core-messages.js';
import type { NetworkState } from '../scope/network-resource.js';

const MAX_SHOWN = 20;

/**
 * What to show instead of a widget's content while its data loads or when the data cannot be used:
 * a loading line (a polite status), or an error in plain words with the technical problems folded away
 * and a retry button where retrying can help. Returns `nothing` when the data is ready.
 */
export function renderDataStatus(
  lang: Lang,
  state: NetworkState,
  problems: Problem[],
  onRetry?: () => void,
): TemplateResult | typeof nothing {
  const t = (key: 'loading' | 'dataErrorTitle' | 'retry' | `problem.${Problem['code']}`) =>
    translate(CORE_MESSAGES, lang, key);
  if (problems.length) {
    const codes = [...new Set(problems.map((p) => p.code))];
    const retryable = problems.some((p) => p.code === 'fetch' || p.code === 'http');
    return html`<div class="notice notice--error" role="alert" part="error">
      <p class="notice__title">${t('dataErrorTitle')}</p>
      <div class="notice__body">
        ${codes.map((code) => html`<p>${t(`problem.${code}`)}</p>`)}
        ${
          problems.some((p) => p.message)
            ? html`<details>
                <summary>
                  ${translate(CORE_MESSAGES, lang, 'technicalDetails', problems.length)}
                </summary>
                <ul class="problems">
                  ${problems
                    .slice(0, MAX_SHOWN)
                    .map((p) => html`<li>${p.path ? `${p.path}: ` : ''}${p.message}</li>`)}
                </ul>
              </details>`
            : nothing
        }
        ${
          retryable && onRetry
            ? html`<p>
                <button class="button" type="button" @click=${onRetry}>${t('retry')}</button>
              </p>`
            : nothing
        }
      </div>
    </div>`;
  }
  if (state.status === 'loading' || state.status === 'idle') {
    return html`<p class="loading" role="status" part="loading">${t('loading')}</p>`;
  }
  return nothing;
}
