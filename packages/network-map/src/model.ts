/**
 * What the map derives from a network once: partners by index, relations by index, neighbours, Web
 * Mercator coordinates and an order by importance. Cached per network object.
 */
import type { Network, Partner, RelationKind } from '@rnswd/core';
import { mercator } from './projection.js';

export interface MapModel {
  partners: Partner[];
  /** Partner id to index. */
  at: Map<string, number>;
  neighbours: number[][];
  /** Relations as [source index, target index, kind]. */
  links: Array<[number, number, RelationKind]>;
  /** Web Mercator unit coordinates; NaN without a location. */
  unit: Array<[number, number]>;
  /** Indices by importance: most relations first, then by name. */
  ranked: number[];
}

const cache = new WeakMap<Network, MapModel>();

/** Compares names (much faster than `localeCompare` for thousands of them). */
export const byName = new Intl.Collator('nl');

/** True when the network's model is built (and `modelOf` returns at once). */
export const modelled = (network: Network): boolean => cache.has(network);

export function modelOf(network: Network): MapModel {
  let model = cache.get(network);
  if (model) return model;
  const partners = network.partners;
  const at = new Map(partners.map((p, i) => [p.id, i]));
  const neighbours: number[][] = partners.map(() => []);
  const links: MapModel['links'] = [];
  for (const r of network.relations) {
    const s = at.get(r.source)!;
    const t = at.get(r.target)!;
    if (s === undefined || t === undefined || s === t) continue;
    links.push([s, t, r.kind]);
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
  }
  const ranked = partners
    .map((_, i) => i)
    .sort(
      (a, b) =>
        neighbours[b]!.length - neighbours[a]!.length ||
        byName.compare(partners[a]!.name, partners[b]!.name),
    );
  const unit = partners.map((p) =>
    p.location ? mercator(p.location.lon, p.location.lat) : ([NaN, NaN] as [number, number]),
  );
  model = { partners, at, neighbours, links, unit, ranked };
  cache.set(network, model);
  return model;
}

/** Radius of a graph node (before zoom): grows with the square root of its relations. */
export const nodeRadius = (relations: number): number =>
  Math.min(20, 5 + 2.2 * Math.sqrt(relations));
