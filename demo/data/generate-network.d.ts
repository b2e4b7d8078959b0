import type { Network } from '../../packages/core/src/data/contract.js';

export interface GenerateNetworkOptions {
  /** Number of partners (default 1000). */
  partners?: number;
  /** Number of relations (default 2.5 per partner; never more than distinct pairs allow). */
  relations?: number;
  /** Number of agenda themes, at most 12 (default 8). */
  themes?: number;
  /** Seed of the random generator (default 1): the same options give the same network. */
  seed?: number;
}

/** A valid, deterministic network of the given size. */
export function generateNetwork(options?: GenerateNetworkOptions): Network;

/** A small valid network whose texts are markup, script URLs and odd characters. */
export function hostileNetwork(): Network;
