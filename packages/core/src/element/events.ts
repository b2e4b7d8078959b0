import type { Problem } from '../data/contract.js';

export interface DataErrorDetail {
  problems: Array<Pick<Problem, 'path' | 'message'> & Partial<Problem>>;
}

/** The network data could not be loaded or is not valid. */
export class DataErrorEvent extends CustomEvent<DataErrorDetail> {
  static readonly eventName = 'rnswd-data-error';
  constructor(problems: Problem[]) {
    super(DataErrorEvent.eventName, { bubbles: true, composed: true, detail: { problems } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rnswd-data-error': DataErrorEvent;
  }
}
