import { graphlib, layout } from '@dagrejs/dagre';
import type { DocumentChange } from './document-change';

/** A node card's footprint for layout; cards grow with their ports, so height is per node. */
export interface NodeSize {
  width: number;
  height: number;
}

const DEFAULT_SIZE: NodeSize = { width: 240, height: 120 };

/**
 * Lays the flow out left to right with dagre (the direction ports point), keeping each
 * node's measured size so cards do not overlap. Positions are top-left corners.
 */
export function layoutNodes(sizes: ReadonlyMap<string, NodeSize> = new Map()): DocumentChange {
  return (document) => {
    const graph = new graphlib.Graph();
    graph.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 90, marginx: 0, marginy: 0 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const node of document.nodes) graph.setNode(node.id, { ...(sizes.get(node.id) ?? DEFAULT_SIZE) });
    for (const edge of document.edges) if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.setEdge(edge.source, edge.target);
    layout(graph);
    return {
      ...document,
      nodes: document.nodes.map((node) => {
        const placed = graph.node(node.id);
        const size = sizes.get(node.id) ?? DEFAULT_SIZE;
        return { ...node, position: { x: Math.round(placed.x - size.width / 2), y: Math.round(placed.y - size.height / 2) } };
      }),
    };
  };
}
