import type { Partner } from '@rnswd/core';

export interface PartnerSelectDetail {
  partner: Partner;
}

/** The user selected a partner (click, Enter or Space on a marker, node, or table row). */
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
