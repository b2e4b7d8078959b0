/**
 * What the map derives from a network once: partners by index, degrees, neighbours, resolved relations
 * and Web Mercator coordinates. Cached per network object.
 */
import type { Network, Partner, RelationKind } from '@rnswd/core';
import { mercator } from './projection.js';

export interface MapModel {
  partners: Partner[];
  /** Partner id to index. */
  at: Map<string, number>;
  degree: number[];
  neighbours: number[][];
  /** Relations as [source index, target index, kind]. */
  links: Array<[number, number, RelationKind]>;
  /** Web Mercator unit coordinates; NaN without a location. */
  ux: Float64Array;
  uy: Float64Array;
  /** Indices by importance: most relations first, then by name. */
  ranked: number[];
}

const cache = new WeakMap<Network, MapModel>();

export function modelOf(network: Network): MapModel {
  let model = cache.get(network);
  if (model) return model;
  const partners = network.partners;
  const n = partners.length;
  const at = new Map(partners.map((p, i) => [p.id, i]));
  const degree = new Array<number>(n).fill(0);
  const neighbours: number[][] = partners.map(() => []);
  const links: MapModel['links'] = [];
  for (const r of network.relations) {
    const s = at.get(r.source);
    const t = at.get(r.target);
    if (s === undefined || t === undefined || s === t) continue;
    links.push([s, t, r.kind]);
    degree[s]++;
    degree[t]++;
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
  }
  const ux = new Float64Array(n).fill(NaN);
  const uy = new Float64Array(n).fill(NaN);
  partners.forEach((p, i) => {
    if (p.location) [ux[i], uy[i]] = mercator(p.location.lon, p.location.lat);
  });
  const ranked = partners
    .map((_, i) => i)
    .sort((a, b) => degree[b]! - degree[a]! || partners[a]!.name.localeCompare(partners[b]!.name));
  model = { partners, at, degree, neighbours, links, ux, uy, ranked };
  cache.set(network, model);
  return model;
}

/** Radius of a graph node (before zoom): grows with the square root of its relations. */
export const nodeRadius = (degree: number): number => Math.min(20, 5 + 2.2 * Math.sqrt(degree));
