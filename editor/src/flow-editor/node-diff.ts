import type { FlowDocument } from '@kefu/schemas';

/** What differs between two versions of a flow, by node id (what the conflict dialog lists). */
export interface NodeDiff {
  added: string[];
  removed: string[];
  changed: string[];
  /** Connections that exist in only one of the two. */
  edgesChanged: number;
  /** Name, language, variables or start node differ. */
  flowChanged: boolean;
}

const edgeKey = (edge: FlowDocument['edges'][number]) => `${edge.source}\u0000${edge.sourcePort}\u0000${edge.target}`;

/** `mine` compared with `base`: added = only in mine, removed = only in base. */
export function nodeDiff(base: FlowDocument, mine: FlowDocument): NodeDiff {
  const before = new Map(base.nodes.map((node) => [node.id, JSON.stringify(node)]));
  const after = new Map(mine.nodes.map((node) => [node.id, JSON.stringify(node)]));
  const baseEdges = new Set(base.edges.map(edgeKey));
  const mineEdges = new Set(mine.edges.map(edgeKey));
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after].filter(([id, json]) => before.has(id) && before.get(id) !== json).map(([id]) => id),
    edgesChanged: [...mineEdges].filter((key) => !baseEdges.has(key)).length + [...baseEdges].filter((key) => !mineEdges.has(key)).length,
    flowChanged:
      base.name !== mine.name ||
      base.locale !== mine.locale ||
      base.startNodeId !== mine.startNodeId ||
      JSON.stringify(base.variables) !== JSON.stringify(mine.variables),
  };
}
