import type { RecordEnvelope } from '@rnswd/core';
import type { ReflectionBody } from './reflection-form.types.js';

/** A reflection record: the envelope (`id`, `createdAt`, `networkId`, `lang`) and its body. */
export type Reflection = RecordEnvelope & ReflectionBody;

export interface ReflectionSavedDetail {
  reflection: Reflection;
}

/** A reflection is safely stored in this browser (and, if it is to be sent, queued for delivery). */
export class ReflectionSavedEvent extends CustomEvent<ReflectionSavedDetail> {
  static readonly eventName = 'rnswd-reflection-saved';
  constructor(reflection: Reflection) {
    super(ReflectionSavedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { reflection },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rnswd-reflection-saved': ReflectionSavedEvent;
  }
}
