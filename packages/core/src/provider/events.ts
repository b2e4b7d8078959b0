export interface SelectionChangeDetail {
  partnerId: string | null;
  themeId: string | null;
}

/** The provider's shared selection changed (by any widget inside it, or by the host page). */
export class SelectionChangeEvent extends CustomEvent<SelectionChangeDetail> {
  static readonly eventName = 'rnswd-selection-change';
  constructor(detail: SelectionChangeDetail) {
    super(SelectionChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rnswd-selection-change': SelectionChangeEvent;
  }
}
