import { createContext } from '@lit/context';
import { NetworkResource } from './network-resource.js';
import { SelectionService } from './selection.js';

/** Where a widget keeps what it writes. */
export type StorageMode = 'local' | 'endpoint';

/** Whether requests to the endpoint carry cookies. */
export type CredentialsMode = 'omit' | 'include';

/** Configuration that a provider shares with the widgets inside it (each may override any of it). */
export interface ScopeConfig {
  networkId?: string | undefined;
  storage?: StorageMode | undefined;
  endpoint?: string | undefined;
  credentials?: CredentialsMode | undefined;
  /** Delivery timeout in milliseconds. */
  timeout?: number | undefined;
}

/**
 * What a provider shares: the network (with its loading state), the shared selection and the
 * configuration. One stable object per provider; changes travel as events (`change` on the network and
 * the selection, `config` here).
 */
export class Scope extends EventTarget {
  readonly network = new NetworkResource();
  readonly selection = new SelectionService();
  private _config: ScopeConfig = {};

  get config(): ScopeConfig {
    return this._config;
  }

  setConfig(config: ScopeConfig): void {
    const before = JSON.stringify(this._config);
    this._config = { ...config };
    if (JSON.stringify(this._config) !== before) this.dispatchEvent(new Event('config'));
  }
}

/**
 * The context key. `Symbol.for` makes it the same key in every copy of the library, so a provider from one
 * bundle serves widgets from another.
 */
export const scopeContext = createContext<Scope>(Symbol.for('rnswd.scope'));
