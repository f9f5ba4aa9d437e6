import type { DocumentChange } from './document-change';

/**
 * Deletes nodes with every edge that touches them, and the given edges. The start node
 * is kept: a flow always has one, and deleting it by accident would orphan everything.
 */
export function deleteSelection(nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string> = new Set()): DocumentChange {
  return (document) => {
    const removed = new Set([...nodeIds].filter((id) => id !== document.startNodeId));
    return {
      ...document,
      nodes: document.nodes.filter((node) => !removed.has(node.id)),
      edges: document.edges.filter((edge) => !edgeIds.has(edge.id) && !removed.has(edge.source) && !removed.has(edge.target)),
    };
  };
}
