import type { RecordEnvelope } from '../records/record.js';
import type { CredentialsMode, StorageMode } from '../scope/scope.js';
import { RecordStore } from '../store/record-store.js';
import type { DeliveryTarget, StoredRecord } from '../store/types.js';
import { DEFAULT_TIMEOUT, Outbox } from './outbox.js';

/** What a writing widget works with: the network's store and an outbox bound to its configuration. */
export interface Services {
  networkId: string;
  storage: StorageMode;
  store: RecordStore;
  outbox: OutboxHandle;
}

/** The configuration a widget writes with. */
export interface ServicesConfig {
  networkId: string;
  storage?: StorageMode | undefined;
  endpoint?: string | undefined;
  credentials?: CredentialsMode | undefined;
  timeout?: number | undefined;
}

interface Shared {
  store: RecordStore;
  outbox: Outbox;
}

// One store and one outbox per network per page, shared by every widget (of any copy of the library).
const REGISTRY_KEY = Symbol.for('rnswd.services');
const registry: Map<string, Promise<Shared>> = ((globalThis as Record<symbol, unknown>)[
  REGISTRY_KEY
] as Map<string, Promise<Shared>> | undefined) ??
((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] = new Map());

function shared(networkId: string): Promise<Shared> {
  let entry = registry.get(networkId);
  if (!entry) {
    entry = RecordStore.open(networkId).then((store) => ({ store, outbox: new Outbox(store) }));
    registry.set(networkId, entry);
  }
  return entry;
}

/**
 * The outbox as one widget sees it: `save` sends to the widget's endpoint when its storage is
 * `endpoint` and `send` is not false; otherwise the record stays in this browser.
 */
export class OutboxHandle {
  constructor(
    readonly outbox: Outbox,
    private readonly target: DeliveryTarget | undefined,
    private readonly owner?: object,
  ) {}

  save<R extends RecordEnvelope>(
    record: R,
    options: { send?: boolean; keep?: 'all' | string[] } = {},
  ): Promise<StoredRecord<R>> {
    if (this.owner) claims.set(record.id, new WeakRef(this.owner));
    return this.outbox.save(record, {
      target: options.send === false ? undefined : this.target,
      keep: options.keep,
    });
  }

  retry(id: string): Promise<void> {
    return this.outbox.retry(id);
  }

  flush(): Promise<void> {
    return this.outbox.flush();
  }

  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions,
  ): void {
    this.outbox.addEventListener(type, listener, options);
  }

  removeEventListener(type: string, listener: EventListenerOrEventListenerObject): void {
    this.outbox.removeEventListener(type, listener);
  }
}

const claims = new Map<string, WeakRef<object>>();

/**
 * Who saved a record on this page (the widget that reports its delivery), if that widget still exists.
 * @internal
 */
export function claimOf(id: string): object | undefined {
  return claims.get(id)?.deref();
}

/**
 * The store and outbox of a network, opened once per page and shared. `owner` (a widget) is noted as the
 * writer of what it saves, so that it alone reports those records' delivery.
 */
export async function getServices(config: ServicesConfig, owner?: object): Promise<Services> {
  const { store, outbox } = await shared(config.networkId);
  const storage = config.storage === 'endpoint' ? 'endpoint' : 'local';
  const target: DeliveryTarget | undefined =
    storage === 'endpoint'
      ? {
          endpoint: config.endpoint ?? '',
          credentials: config.credentials === 'include' ? 'include' : 'omit',
          timeout: config.timeout && config.timeout > 0 ? config.timeout : DEFAULT_TIMEOUT,
        }
      : undefined;
  return {
    networkId: config.networkId,
    storage,
    store,
    outbox: new OutboxHandle(outbox, target, owner),
  };
}

/**
 * Closes and forgets a network's store (tests, and "remove my data" in another widget's view). The next
 * `getServices` opens it again.
 */
export async function releaseServices(networkId: string): Promise<void> {
  const entry = registry.get(networkId);
  if (!entry) return;
  registry.delete(networkId);
  const { store, outbox } = await entry;
  outbox.dispose();
  store.close();
}
