import type { PartnerKind } from '@rnswd/core';

const star = (outer: number, inner: number) =>
  Array.from({ length: 10 }, (_, i) => {
    const a = (Math.PI * i) / 5 - Math.PI / 2;
    const r = i % 2 ? inner : outer;
    return `${i ? 'L' : 'M'}${(r * Math.cos(a)).toFixed(2)} ${(r * Math.sin(a)).toFixed(2)}`;
  }).join('') + 'Z';

/**
 * The marker shape of each partner kind, drawn around (0, 0) with radius about 1, so that kinds differ
 * by shape as well as by colour.
 */
export const SHAPES: Record<PartnerKind, string> = {
  municipality: 'M-.85-.85H.85V.85H-.85Z',
  'knowledge-institution': 'M0-1.15L1.05.8H-1.05Z',
  'care-welfare': 'M1 0A1 1 0 1 1-1 0A1 1 0 1 1 1 0Z',
  'citizen-initiative': 'M0-1.2L1.2 0L0 1.2L-1.2 0Z',
  'client-organisation': star(1.25, 0.55),
  other: 'M-.35-1H.35V-.35H1V.35H.35V1H-.35V.35H-1V-.35H-.35Z',
};
