import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { findInlineJson } from '../data/load.js';
import type { NetworkResource, NetworkState } from '../scope/network-resource.js';
import { Scope, scopeContext, type ScopeConfig } from '../scope/scope.js';
import type { SelectionChange, SelectionService } from '../scope/selection.js';

const ROOT_KEY = Symbol.for('rnswd.context-root');

/**
 * Serves widgets that connect before their provider is upgraded: the root holds their context requests and
 * replays them when the provider appears. Attached once per document, whichever copy of the library
 * comes first.
 */
export function ensureContextRoot(): void {
  const doc = document as Document & { [ROOT_KEY]?: ContextRoot };
  if (doc[ROOT_KEY]) return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  doc[ROOT_KEY] = root;
}

/** The parts of a widget the controller reads. */
export interface ScopeHost extends ReactiveElement {
  data?: unknown;
  src?: string | null | undefined;
  /** The widget's own configuration (its attributes); set values win over the provider's. */
  ownConfig(): ScopeConfig;
}

export interface ScopeControllerOptions {
  /** Called when the shared selection changes (not for the host's own changes). */
  onSelectionChange?: (change: SelectionChange) => void;
  /** Called when the network state changes. */
  onNetworkChange?: (state: NetworkState) => void;
}

/**
 * Connects a widget to its scope: the provider's (`<rnswd-network>`), or one of its own when there is no
 * provider by its first update. Data given to the widget itself (`data`, inline JSON, `src`) wins over the
 * provider's; the provider's selection is still shared. Re-renders the host when the network, the
 * selection or the configuration changes.
 */
export class ScopeController implements ReactiveController {
  private provided: Scope | null = null;
  private own: Scope | null = null;
  private ownHasData = false;
  private decided = false;
  private listening: {
    network: NetworkResource;
    selection: SelectionService;
    scope: Scope[];
  } | null = null;
  private readonly consumer: ContextConsumer<typeof scopeContext, ScopeHost>;
  private childObserver: MutationObserver | null = null;

  constructor(
    private readonly host: ScopeHost,
    private readonly options: ScopeControllerOptions = {},
  ) {
    ensureContextRoot();
    this.consumer = new ContextConsumer(host, {
      context: scopeContext,
      subscribe: true,
      callback: (scope) => this.adopt(scope),
    });
    host.addController(this);
  }

  /** True when the widget sits inside a provider that answered. */
  get hasProvider(): boolean {
    return this.provided !== null;
  }

  /** True when the network data belongs to this widget (its own data, or no provider). */
  get ownsNetwork(): boolean {
    return this.network === this.own?.network;
  }

  /** The network the widget shows. */
  get network(): NetworkResource {
    if (this.ownHasData || !this.provided) return this.ensureOwn().network;
    return this.provided.network;
  }

  get state(): NetworkState {
    return this.network.state;
  }

  /** The shared selection (the provider's, or the widget's own). */
  get selection(): SelectionService {
    return (this.provided ?? this.ensureOwn()).selection;
  }

  /** The configuration in force: the provider's, overridden by the widget's own attributes. */
  get config(): ScopeConfig {
    const merged: ScopeConfig = { ...(this.provided?.config ?? {}) };
    for (const [key, value] of Object.entries(this.host.ownConfig())) {
      if (value !== undefined && value !== null && value !== '') {
        (merged as Record<string, unknown>)[key] = value;
      }
    }
    if (!merged.networkId && this.network.network) merged.networkId = this.network.network.id;
    return merged;
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.unlisten();
    this.childObserver?.disconnect();
    this.childObserver = null;
  }

  hostUpdate(): void {
    if (this.decided) return;
    // First update: without a provider by now, the widget stands alone.
    this.decided = true;
    this.sourceChanged();
  }

  /** Call when the host's `data` or `src` changed (and once inline JSON may have appeared). */
  sourceChanged(): void {
    const inline = findInlineJson(this.host);
    const hasData =
      (this.host.data !== undefined && this.host.data !== null) || !!inline || !!this.host.src;
    this.ownHasData = hasData;
    if (hasData || (!this.provided && this.decided)) {
      this.ensureOwn().network.load({ data: this.host.data, inline, src: this.host.src ?? null });
      this.watchChildren(!hasData);
    }
    this.listen();
  }

  private adopt(scope: Scope | undefined) {
    if (!scope || scope === this.provided) return;
    this.provided = scope;
    this.listen();
    this.host.requestUpdate();
  }

  private ensureOwn(): Scope {
    this.own ??= new Scope();
    return this.own;
  }

  /** A widget standing alone whose JSON child is added after it connected still gets its data. */
  private watchChildren(on: boolean) {
    if (!on) {
      this.childObserver?.disconnect();
      this.childObserver = null;
      return;
    }
    if (this.childObserver) return;
    this.childObserver = new MutationObserver(() => {
      if (findInlineJson(this.host)) this.sourceChanged();
    });
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  private readonly onNetwork = () => {
    this.options.onNetworkChange?.(this.network.state);
    this.host.requestUpdate();
  };

  private readonly onSelection = (event: Event) => {
    const change = (event as CustomEvent<SelectionChange>).detail;
    if (change.origin !== this.host) this.options.onSelectionChange?.(change);
    this.host.requestUpdate();
  };

  private readonly onConfig = () => this.host.requestUpdate();

  private listen() {
    if (!this.host.isConnected) return;
    const network = this.network;
    const selection = this.selection;
    const scopes = [this.provided, this.own].filter((s): s is Scope => !!s);
    const current = this.listening;
    if (
      current &&
      current.network === network &&
      current.selection === selection &&
      current.scope.length === scopes.length &&
      current.scope.every((s, i) => s === scopes[i])
    ) {
      return;
    }
    this.unlisten();
    network.addEventListener('change', this.onNetwork);
    selection.addEventListener('change', this.onSelection);
    for (const scope of scopes) scope.addEventListener('config', this.onConfig);
    this.listening = { network, selection, scope: scopes };
  }

  private unlisten() {
    if (!this.listening) return;
    this.listening.network.removeEventListener('change', this.onNetwork);
    this.listening.selection.removeEventListener('change', this.onSelection);
    for (const scope of this.listening.scope) scope.removeEventListener('config', this.onConfig);
    this.listening = null;
  }

  /** The consumer, for tests and for widgets that need to know when a provider answered. */
  get contextConsumer(): ContextConsumer<typeof scopeContext, ScopeHost> {
    return this.consumer;
  }
}
