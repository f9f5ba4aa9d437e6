import type { FlowDocument } from '@kefu/schemas';
import type { FlowEdge, FlowNode } from './changes';

/** Test support: a flow document around the given nodes and edges, the rest defaulted. */
export function testFlow(nodes: FlowNode[], edges: FlowEdge[] = [], startNodeId = nodes[0]?.id ?? 'start'): FlowDocument {
  return { schemaVersion: 1, id: 'f', name: 'F', locale: 'en', variables: [], startNodeId, nodes, edges };
}

/** Test support: a node of `type` at x, config as given. */
export function testNode(id: string, type: string, x = 0, config: Record<string, unknown> = {}): FlowNode {
  return { id, type, typeVersion: 1, position: { x, y: 0 }, config };
}
