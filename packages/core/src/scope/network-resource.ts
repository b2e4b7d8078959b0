import type { Network, Problem } from '../data/contract.js';
import { loadNetwork } from '../data/load.js';

export type NetworkStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Where the loaded data came from. */
export type NetworkSourceKind = 'data' | 'inline' | 'src';

export interface NetworkState {
  status: NetworkStatus;
  /** The validated network once `status` is `ready`. */
  network: Network | null;
  /** Why the data could not be used (status `error`). */
  errors: Problem[];
  /** What was repaired on the way (broken references dropped); the network is still usable. */
  warnings: Problem[];
  source: NetworkSourceKind | null;
}

export interface NetworkSource {
  data?: unknown;
  inline?: string | null;
  src?: string | null;
}

/**
 * Holds one network document and its loading state. Fires `change` whenever the state changes. A new load
 * aborts the one in flight, so a quickly changing `src` never shows stale data.
 */
export class NetworkResource extends EventTarget {
  private _state: NetworkState = {
    status: 'idle',
    network: null,
    errors: [],
    warnings: [],
    source: null,
  };
  private controller: AbortController | null = null;
  private lastSource: NetworkSource = {};
  private readyPromise: Promise<NetworkState> | null = null;

  get state(): NetworkState {
    return this._state;
  }

  get network(): Network | null {
    return this._state.network;
  }

  /** Resolves when the current load has settled (ready or error). */
  settled(): Promise<NetworkState> {
    return this.readyPromise ?? Promise.resolve(this._state);
  }

  /** Loads from, in order, `data`, `inline` JSON, or `src`. */
  load(source: NetworkSource): Promise<NetworkState> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.lastSource = source;
    const kind: NetworkSourceKind | null =
      source.data !== undefined && source.data !== null
        ? 'data'
        : source.inline
          ? 'inline'
          : source.src
            ? 'src'
            : null;
    // Data given directly is validated at once; only `src` goes through a visible loading state.
    if (kind === 'src') this.set({ ...this._state, status: 'loading', source: kind });
    this.readyPromise = loadNetwork({ ...source, signal: controller.signal }).then(
      (result) => {
        if (controller.signal.aborted) return this._state;
        this.set({
          status: result.network ? 'ready' : 'error',
          network: result.network,
          errors: result.errors,
          warnings: result.warnings,
          source: kind,
        });
        return this._state;
      },
      (error: unknown) => {
        if (controller.signal.aborted) return this._state;
        this.set({
          status: 'error',
          network: null,
          errors: [{ path: '', message: String(error), code: 'fetch' }],
          warnings: [],
          source: kind,
        });
        return this._state;
      },
    );
    return this.readyPromise;
  }

  /** Loads the last source again (after a network error, say). */
  reload(): Promise<NetworkState> {
    return this.load(this.lastSource);
  }

  /** Stops a load in flight. */
  abort(): void {
    this.controller?.abort();
  }

  private set(state: NetworkState) {
    this._state = state;
    this.dispatchEvent(new Event('change'));
  }
}
