import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { findInlineJson } from '../data/load.js';
import { DataErrorEvent } from '../element/events.js';
import { ensureContextRoot } from '../element/scope-controller.js';
import type { NetworkState } from '../scope/network-resource.js';
import { Scope, scopeContext, type CredentialsMode, type StorageMode } from '../scope/scope.js';
import type { SelectionChange } from '../scope/selection.js';
import { VERSION } from '../version.js';
import { SelectionChangeEvent } from './events.js';

/**
 * Shares one network with every rnswd element inside it: the loaded data (with its loading and error
 * state), where records go (`storage`, `endpoint`), the language, and a shared selection (the partner
 * selected in the directory is centred on the map; the theme selected in the tracker is preset in the
 * reflection form). Each element's own attributes win over the provider's.
 *
 * @summary Provider of network data, storage configuration and a shared selection.
 * @tag rnswd-network
 *
 * @slot - The widgets (and any other content).
 *
 * @fires rnswd-data-error - The network data could not be loaded or is not valid. Detail: `{ problems }`.
 * @fires rnswd-selection-change - The shared selection changed. Detail: `{ partnerId, themeId }`.
 */
export class RnswdNetwork extends LitElement {
  static readonly version: string = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** The network document as an object (or JSON string); wins over inline JSON and `src`. */
  @property({ attribute: false })
  data?: unknown;

  /** URL of the network JSON document, fetched without credentials. */
  @property()
  src?: string;

  /** The network's id: names the browser database and goes into every record. Defaults to the data's `id`. */
  @property({ attribute: 'network-id' })
  networkId?: string;

  /** Where widgets keep what they write: `local` (this browser, the default) or `endpoint`. */
  @property()
  storage?: StorageMode;

  /** URL that records are POSTed to when `storage="endpoint"`. */
  @property()
  endpoint?: string;

  /** `include` sends cookies with requests to the endpoint; omitted by default. */
  @property()
  credentials?: CredentialsMode;

  /** Delivery timeout in milliseconds (default 15000). */
  @property({ type: Number })
  timeout?: number;

  /** Id of the selected partner, shared with every widget inside. */
  @property({ attribute: 'selected-partner' })
  selectedPartner?: string;

  /** Id of the selected theme, shared with every widget inside. */
  @property({ attribute: 'selected-theme' })
  selectedTheme?: string;

  /** The shared scope (network, selection, configuration). @internal */
  readonly scope = new Scope();

  private readonly provider = new ContextProvider(this, {
    context: scopeContext,
    initialValue: this.scope,
  });
  private childObserver: MutationObserver | null = null;
  private lastErrorState: NetworkState | null = null;

  constructor() {
    super();
    ensureContextRoot();
    this.scope.network.addEventListener('change', this.onNetworkChange);
    this.scope.selection.addEventListener('change', this.onSelectionChange);
  }

  /** The network's loading state. */
  get state(): NetworkState {
    return this.scope.network.state;
  }

  /** Loads the data again (after a network error, say). */
  reload(): Promise<NetworkState> {
    return this.scope.network.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver = new MutationObserver(() => {
      if (this.data === undefined && findInlineJson(this)) this.load();
    });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.load();
    this.scope.setConfig({
      networkId: this.networkId,
      storage: this.storage,
      endpoint: this.endpoint,
      credentials: this.credentials,
      timeout: this.timeout,
    });
    if (changed.has('selectedPartner') || changed.has('selectedTheme')) {
      const next: { partnerId?: string | null; themeId?: string | null } = {};
      if (changed.has('selectedPartner')) next.partnerId = this.selectedPartner || null;
      if (changed.has('selectedTheme')) next.themeId = this.selectedTheme || null;
      this.scope.selection.select(next, this);
    }
    // The provider object never changes; this keeps a late provider announcing itself.
    void this.provider;
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private load() {
    void this.scope.network.load({
      data: this.data,
      inline: findInlineJson(this),
      src: this.src ?? null,
    });
  }

  private readonly onNetworkChange = () => {
    const state = this.scope.network.state;
    if (state.status === 'error' && state !== this.lastErrorState) {
      this.lastErrorState = state;
      this.dispatchEvent(new DataErrorEvent(state.errors));
    }
  };

  private readonly onSelectionChange = (event: Event) => {
    const { partnerId, themeId, origin } = (event as CustomEvent<SelectionChange>).detail;
    this.selectedPartner = partnerId ?? undefined;
    this.selectedTheme = themeId ?? undefined;
    // A property set by the host page is not news to the host page.
    if (origin !== this) this.dispatchEvent(new SelectionChangeEvent({ partnerId, themeId }));
  };
}
