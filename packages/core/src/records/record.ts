import type { Lang } from '../data/contract.js';

/** What every record that a widget writes carries (a reflection, a theme proposal, a theme vote). */
export interface RecordEnvelope {
  /** The record type: `reflection`, `theme-proposal`, `theme-vote`. */
  type: string;
  schemaVersion: 1;
  /** A random UUID; also the `Idempotency-Key` of its delivery. */
  id: string;
  networkId: string;
  /** ISO 8601 time of writing. */
  createdAt: string;
  lang: Lang;
}

/** A record: the envelope and the fields of its type. */
export type NetworkRecord<T extends object = Record<string, unknown>> = RecordEnvelope & T;

/** The envelope's field names, kept when a delivered record's text is removed. */
export const ENVELOPE_FIELDS: ReadonlyArray<keyof RecordEnvelope> = [
  'type',
  'schemaVersion',
  'id',
  'networkId',
  'createdAt',
  'lang',
];

/** A version 4 UUID; `crypto.randomUUID` where the page is a secure context, else from random bytes. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Makes a record: the type's fields in the envelope (a fresh id, the time, the network and language). */
export function createRecord<T extends object>(
  type: string,
  fields: T,
  context: { networkId: string; lang: Lang },
): NetworkRecord<T> {
  return {
    ...fields,
    type,
    schemaVersion: 1,
    id: uuid(),
    networkId: context.networkId,
    createdAt: new Date().toISOString(),
    lang: context.lang,
  };
}
