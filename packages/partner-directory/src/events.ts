import type { Partner } from '@rnswd/core';

export interface PartnerSelectDetail {
  partner: Partner;
}

/** The user opened a partner in the directory (click, Enter or Space on an entry or a relation). */
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
