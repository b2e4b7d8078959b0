import type { Network, Partner, Relation, Theme, WorkingGroup } from '../data/contract.js';

/** Lookups over one network, built once per network object. */
export interface NetworkIndex {
  partners: Map<string, Partner>;
  themes: Map<string, Theme>;
  workingGroups: Map<string, WorkingGroup>;
  /** Relations touching each partner (as source or target). */
  relationsByPartner: Map<string, Relation[]>;
  /** Working groups each partner takes part in. */
  workingGroupsByPartner: Map<string, WorkingGroup[]>;
}

const cache = new WeakMap<Network, NetworkIndex>();

export function indexNetwork(network: Network): NetworkIndex {
  let index = cache.get(network);
  if (index) return index;
  const partners = new Map(network.partners.map((p) => [p.id, p]));
  const themes = new Map(network.themes.map((t) => [t.id, t]));
  const workingGroups = new Map(network.workingGroups.map((g) => [g.id, g]));
  const relationsByPartner = new Map<string, Relation[]>();
  for (const relation of network.relations) {
    for (const id of [relation.source, relation.target]) {
      let list = relationsByPartner.get(id);
      if (!list) relationsByPartner.set(id, (list = []));
      list.push(relation);
    }
  }
  const workingGroupsByPartner = new Map<string, WorkingGroup[]>();
  for (const group of network.workingGroups) {
    for (const id of group.partnerIds) {
      let list = workingGroupsByPartner.get(id);
      if (!list) workingGroupsByPartner.set(id, (list = []));
      list.push(group);
    }
  }
  index = { partners, themes, workingGroups, relationsByPartner, workingGroupsByPartner };
  cache.set(network, index);
  return index;
}
