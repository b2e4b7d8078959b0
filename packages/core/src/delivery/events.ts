import type { RecordEnvelope } from '../records/record.js';
import type { DeliveryError } from '../store/types.js';

export interface DeliveredDetail {
  record: RecordEnvelope;
  status: number;
}

/** The endpoint confirmed a record (a 2xx naming its id, or a 409 for a key it already holds). */
export class DeliveredEvent extends CustomEvent<DeliveredDetail> {
  static readonly eventName = 'rnswd-delivered';
  constructor(detail: DeliveredDetail) {
    super(DeliveredEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

export interface DeliveryFailedDetail {
  record: RecordEnvelope;
  /** HTTP status of the answer, if there was one. */
  status: number | undefined;
  /** True when the outbox tries again by itself; false when it waits for the user. */
  willRetry: boolean;
  error: DeliveryError;
}

/** An attempt to deliver a record did not succeed. */
export class DeliveryFailedEvent extends CustomEvent<DeliveryFailedDetail> {
  static readonly eventName = 'rnswd-delivery-failed';
  constructor(detail: DeliveryFailedDetail) {
    super(DeliveryFailedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rnswd-delivered': DeliveredEvent;
    'rnswd-delivery-failed': DeliveryFailedEvent;
  }
}
