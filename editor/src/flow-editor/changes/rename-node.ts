import type { FlowDocument } from '@kefu/schemas';
import type { DocumentChange } from './document-change';
import { IDENTIFIER } from './fresh-id';

/** Why `to` cannot be a node's new id, or null when it can. */
export function renameProblem(document: FlowDocument, from: string, to: string): 'invalid' | 'taken' | null {
  if (!IDENTIFIER.test(to)) return 'invalid';
  if (to !== from && document.nodes.some((node) => node.id === to)) return 'taken';
  return null;
}

/** Renames a node and everything that names it: edges on both ends and the start node id. */
export function renameNode(from: string, to: string): DocumentChange {
  return (document) => {
    if (from === to || renameProblem(document, from, to) !== null) return document;
    const rename = (id: string) => (id === from ? to : id);
    return {
      ...document,
      startNodeId: rename(document.startNodeId),
      nodes: document.nodes.map((node) => (node.id === from ? { ...node, id: to } : node)),
      edges: document.edges.map((edge) => ({ ...edge, source: rename(edge.source), target: rename(edge.target) })),
    };
  };
}
