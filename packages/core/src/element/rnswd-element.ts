import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang, Problem } from '../data/contract.js';
import { LangController } from '../i18n/lang.js';
import type { NetworkState } from '../scope/network-resource.js';
import type { ScopeConfig } from '../scope/scope.js';
import type { SelectionChange } from '../scope/selection.js';
import { VERSION } from '../version.js';
import { DataErrorEvent } from './events.js';
import { ScopeController } from './scope-controller.js';

/**
 * The base of every rnswd element: network data (`data`, inline JSON, `src`), the provider's scope,
 * language, and the data error event.
 *
 * @fires rnswd-data-error - The network data could not be loaded or is not valid. Detail: `{ problems }`.
 */
export class RnswdElement extends LitElement {
  /** The library version that defined this element. */
  static readonly version: string = VERSION;

  /**
   * True for widgets that cannot work without network data; they show an error when none is given.
   * @internal
   */
  static requiresData = true;

  /**
   * The network document as an object (or a JSON string). Wins over an inline
   * `<script type="application/json">` child and over `src`.
   */
  @property({ attribute: false })
  data?: unknown;

  /** URL of the network JSON document, fetched without credentials. */
  @property({ reflect: false })
  src?: string;

  /** The network's id: names the browser database and goes into every record. Defaults to the data's `id`. */
  @property({ attribute: 'network-id' })
  networkId?: string;

  protected readonly langController = new LangController(this);

  protected readonly scope = new ScopeController(this, {
    onSelectionChange: (change) => this.selectionChanged(change),
    onNetworkChange: (state) => this.networkChanged(state),
  });

  private lastErrorState: NetworkState | null = null;

  /** The language the element speaks: its `lang`, an ancestor's, the document's, else Dutch. */
  get locale(): Lang {
    return this.langController.value;
  }

  /** @internal */
  ownConfig(): ScopeConfig {
    return { networkId: this.networkId };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasUpdated && (changed.has('data') || changed.has('src'))) this.scope.sourceChanged();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The widget's content carries the language it is written in, so a screen reader pronounces it
    // right even when the page says another language (or none).
    const base = this.renderRoot.querySelector?.('[part~="base"]');
    if (base && base.getAttribute('lang') !== this.locale) base.setAttribute('lang', this.locale);
  }

  /** A selection made elsewhere in the same provider. Override to follow it. */
  protected selectionChanged(_change: SelectionChange): void {}

  /** The network's state changed. Fires `rnswd-data-error` for data this element owns. */
  protected networkChanged(state: NetworkState): void {
    if (state.status !== 'error' || state === this.lastErrorState || !this.scope.ownsNetwork)
      return;
    const ctor = this.constructor as typeof RnswdElement;
    if (!ctor.requiresData && state.errors.every((p) => p.code === 'no-data')) return;
    this.lastErrorState = state;
    this.dispatchEvent(new DataErrorEvent(state.errors));
  }

  /** The problems to show, if the data cannot be used. */
  protected dataProblems(): Problem[] {
    const state = this.scope.state;
    if (state.status !== 'error') return [];
    const ctor = this.constructor as typeof RnswdElement;
    if (!ctor.requiresData && state.errors.every((p) => p.code === 'no-data')) return [];
    return state.errors;
  }
}
