import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DeliveredEvent, DeliveryFailedEvent } from '../delivery/events.js';
import type { DeliveredDetail, DeliveryFailedDetail } from '../delivery/outbox.js';
import { claimOf, getServices, type Services } from '../delivery/services.js';
import type { NetworkState } from '../scope/network-resource.js';
import type { CredentialsMode, ScopeConfig, StorageMode } from '../scope/scope.js';
import type { StoredRecord, StoreNotice } from '../store/types.js';
import { RnswdElement } from './rnswd-element.js';

/** Milliseconds between two `recordsChanged` calls while records keep changing. */
const CHANGE_INTERVAL = 150;

/** The network id used when neither an attribute, a provider nor the data names one. */
export const FALLBACK_NETWORK_ID = 'default';

/** Recording elements that are connected, in order: the first one of a type reports unclaimed records. */
const connected = new Set<RnswdRecordingElement>();

/**
 * The base of widgets that write records (the reflection form, the theme tracker): where records go
 * (`storage`, `endpoint`, `credentials`, `timeout`, each falling back to the provider's), the network's
 * store and outbox, and the delivery events.
 *
 * @fires rnswd-delivered - The endpoint confirmed a record. Detail: `{ record, status }`.
 * @fires rnswd-delivery-failed - A delivery attempt did not succeed. Detail: `{ record, status, willRetry, error }`.
 */
export class RnswdRecordingElement extends RnswdElement {
  /** The record types this element writes and reports on. @internal */
  static recordTypes: string[] = [];

  /** Where records go: `local` (kept in this browser, the default) or `endpoint` (sent to `endpoint`). */
  @property()
  storage?: StorageMode;

  /** URL that records are POSTed to when `storage="endpoint"`. */
  @property()
  endpoint?: string;

  /** `include` sends cookies with requests to the endpoint; they are omitted by default. */
  @property()
  credentials?: CredentialsMode;

  /** Delivery timeout in milliseconds (default 15000). */
  @property({ type: Number })
  timeout?: number;

  /** Something about the browser's storage that the user must be told (memory only, closed, full). */
  @state()
  protected storeNotice: StoreNotice | null = null;

  private servicesKey = '';
  private servicesPromise: Promise<Services> | null = null;
  private subscribed: Services | null = null;
  private networkWaiters: Array<() => void> = [];

  /** @internal */
  override ownConfig(): ScopeConfig {
    return {
      ...super.ownConfig(),
      storage: this.storage,
      endpoint: this.endpoint,
      credentials: this.credentials,
      timeout: this.timeout,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.unsubscribe();
    this.servicesKey = '';
    this.servicesPromise = null;
  }

  protected override networkChanged(state: NetworkState): void {
    super.networkChanged(state);
    if (state.status !== 'loading' && state.status !== 'idle') {
      const waiters = this.networkWaiters;
      this.networkWaiters = [];
      waiters.forEach((resolve) => resolve());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Follow a change of network or configuration (an attribute, or the provider's).
    if (this.isConnected) void this.services().catch(() => {});
  }

  /** The network id records are written under: own attribute, provider, the data's id, else `default`. */
  protected async resolveNetworkId(): Promise<string> {
    const explicit = this.scope.config.networkId;
    if (explicit) return explicit;
    let state = this.scope.state;
    if (state.status === 'loading' || state.status === 'idle') {
      await new Promise<void>((resolve) => this.networkWaiters.push(resolve));
      state = this.scope.state;
    }
    return this.scope.config.networkId || state.network?.id || FALLBACK_NETWORK_ID;
  }

  /**
   * The network's store and an outbox bound to this element's configuration. The same object while the
   * configuration stays the same.
   */
  protected services(): Promise<Services> {
    const config = this.scope.config;
    const known = config.networkId || this.scope.state.network?.id || '';
    const key = JSON.stringify([
      known,
      config.storage,
      config.endpoint,
      config.credentials,
      config.timeout,
    ]);
    if (this.servicesPromise && key === this.servicesKey) return this.servicesPromise;
    this.servicesKey = key;
    const promise = this.resolveNetworkId().then((networkId) =>
      getServices({ ...this.scope.config, networkId }, this),
    );
    this.servicesPromise = promise;
    void promise.then((services) => {
      if (this.servicesPromise === promise && this.isConnected) this.subscribe(services);
    });
    return promise;
  }

  /** Called when any record of this network changed (here or in another tab). Override to refresh. */
  protected recordsChanged(_stored?: StoredRecord): void {}

  private subscribe(services: Services) {
    if (this.subscribed?.store === services.store) {
      this.subscribed = services;
      return;
    }
    this.unsubscribe();
    this.subscribed = services;
    services.store.addEventListener('change', this.onStoreChange);
    services.store.addEventListener('notice', this.onNotice);
    services.outbox.addEventListener('delivered', this.onDelivered);
    services.outbox.addEventListener('delivery-failed', this.onDeliveryFailed);
    this.onNotice();
    this.recordsChanged();
  }

  private unsubscribe() {
    const services = this.subscribed;
    if (!services) return;
    services.store.removeEventListener('change', this.onStoreChange);
    services.store.removeEventListener('notice', this.onNotice);
    services.outbox.removeEventListener('delivered', this.onDelivered);
    services.outbox.removeEventListener('delivery-failed', this.onDeliveryFailed);
    clearTimeout(this.changeTimer);
    this.changeTimer = undefined;
    this.subscribed = null;
  }

  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private lastChange = -Infinity;

  /**
   * At most one `recordsChanged` per CHANGE_INTERVAL while changes stream in (a queue of a thousand
   * records being delivered): the first at once, the last never dropped.
   */
  private readonly onStoreChange = (event: Event) => {
    if (this.changeTimer !== undefined) return;
    const wait = this.lastChange + CHANGE_INTERVAL - performance.now();
    const call = (stored?: StoredRecord) => {
      this.changeTimer = undefined;
      this.lastChange = performance.now();
      this.recordsChanged(stored);
    };
    if (wait <= 0) call((event as CustomEvent<{ stored?: StoredRecord }>).detail?.stored);
    else this.changeTimer = setTimeout(call, wait);
  };

  private readonly onNotice = () => {
    this.storeNotice = this.subscribed?.store.notice ?? null;
  };

  /** Whether this element reports on a record: the one that saved it, else the first of its type. */
  private reports(stored: StoredRecord): boolean {
    const types = (this.constructor as typeof RnswdRecordingElement).recordTypes;
    if (!types.includes(stored.type)) return false;
    const owner = claimOf(stored.id) as RnswdRecordingElement | undefined;
    if (owner && owner.isConnected) return owner === this;
    for (const el of connected) {
      const t = (el.constructor as typeof RnswdRecordingElement).recordTypes;
      if (t.includes(stored.type) && el.subscribed?.store === this.subscribed?.store) {
        return el === this;
      }
    }
    return false;
  }

  private readonly onDelivered = (event: Event) => {
    const { stored, status } = (event as CustomEvent<DeliveredDetail>).detail;
    if (this.reports(stored)) {
      this.dispatchEvent(new DeliveredEvent({ record: stored.record, status }));
    }
  };

  private readonly onDeliveryFailed = (event: Event) => {
    const { stored, status, willRetry, error } = (event as CustomEvent<DeliveryFailedDetail>)
      .detail;
    if (this.reports(stored)) {
      this.dispatchEvent(
        new DeliveryFailedEvent({ record: stored.record, status, willRetry, error }),
      );
    }
  };
}
