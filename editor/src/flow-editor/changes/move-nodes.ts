import type { Position } from '@kefu/schemas';
import type { DocumentChange } from './document-change';

/** Puts nodes at new positions (a drag of one node or of a selection). */
export function moveNodes(positions: ReadonlyMap<string, Position>): DocumentChange {
  return (document) => ({
    ...document,
    nodes: document.nodes.map((node) => {
      const position = positions.get(node.id);
      return position ? { ...node, position: { x: Math.round(position.x), y: Math.round(position.y) } } : node;
    }),
  });
}
