import type { Partner } from '../data/contract.js';

export interface PartnerSelectDetail {
  partner: Partner;
}

/**
 * The user selected a partner: an entry of the directory, a marker, node or table row of the map. One
 * class for every widget, so a host page listens once and `instanceof` holds for all of them.
 */
export class PartnerSelectEvent extends CustomEvent<PartnerSelectDetail> {
  static readonly eventName = 'rnswd-partner-select';
  constructor(partner: Partner) {
    super(PartnerSelectEvent.eventName, { bubbles: true, composed: true, detail: { partner } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rnswd-partner-select': PartnerSelectEvent;
  }
}
