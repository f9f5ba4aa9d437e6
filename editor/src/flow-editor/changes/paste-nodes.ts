import type { FlowDocument } from '@kefu/schemas';
import type { DocumentChange, FlowEdge, FlowNode } from './document-change';
import { freshId } from './fresh-id';

/** What Ctrl+C keeps: the selected nodes and the edges between them. */
export interface Clipboard {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export function copyNodes(document: FlowDocument, nodeIds: ReadonlySet<string>): Clipboard {
  return {
    nodes: structuredClone(document.nodes.filter((node) => nodeIds.has(node.id))),
    edges: structuredClone(document.edges.filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target))),
  };
}

/** Where pasted copies go relative to their originals. */
export const PASTE_OFFSET = 40;

/**
 * Pastes copies with new ids, moved by `offset`, keeping the edges between them.
 * `onPasted` learns the new ids (the editor selects them).
 */
export function pasteNodes(clipboard: Clipboard, offset = PASTE_OFFSET, onPasted?: (ids: string[]) => void): DocumentChange {
  return (document) => {
    const takenNodes = new Set(document.nodes.map((node) => node.id));
    const renamed = new Map<string, string>();
    const nodes = clipboard.nodes.map((node) => {
      const id = freshId(node.id, takenNodes);
      takenNodes.add(id);
      renamed.set(node.id, id);
      return { ...structuredClone(node), id, position: { x: node.position.x + offset, y: node.position.y + offset } };
    });
    const takenEdges = new Set(document.edges.map((edge) => edge.id));
    const edges = clipboard.edges.flatMap((edge) => {
      const source = renamed.get(edge.source);
      const target = renamed.get(edge.target);
      if (source === undefined || target === undefined) return [];
      const id = freshId(`e-${source}-${edge.sourcePort}`, takenEdges);
      takenEdges.add(id);
      return [{ id, source, sourcePort: edge.sourcePort, target }];
    });
    onPasted?.(nodes.map((node) => node.id));
    return { ...document, nodes: [...document.nodes, ...nodes], edges: [...document.edges, ...edges] };
  };
}
