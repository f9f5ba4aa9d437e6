import type { FlowCheckContext } from './flow-check-context.js';

/** Node, edge and variable names must be unique; the start node must exist. */
export function checkIds(ctx: FlowCheckContext): void {
  const { shape } = ctx;
  const firstNode = new Map<string, number>();
  for (const node of shape.nodes) {
    const first = firstNode.get(node.id);
    if (first === undefined) firstNode.set(node.id, node.index);
    else ctx.report('error', 'KEFU_FLOW_DUPLICATE_NODE_ID', `/nodes/${node.index}/id`, { id: node.id, firstIndex: first }, node.id);
  }
  const firstEdge = new Map<string, number>();
  for (const edge of shape.edges) {
    if (edge.id === null) continue;
    const first = firstEdge.get(edge.id);
    if (first === undefined) firstEdge.set(edge.id, edge.index);
    else ctx.report('error', 'KEFU_FLOW_DUPLICATE_EDGE_ID', `/edges/${edge.index}/id`, { id: edge.id, firstIndex: first });
  }
  const variables = new Set<string>();
  for (const variable of shape.variables) {
    if (variables.has(variable.name)) ctx.report('error', 'KEFU_FLOW_DUPLICATE_VARIABLE', `/variables/${variable.index}/name`, { name: variable.name });
    variables.add(variable.name);
  }
  if (shape.startNodeId !== null && !ctx.nodesById.has(shape.startNodeId)) {
    ctx.report('error', 'KEFU_FLOW_START_NODE_MISSING', '/startNodeId', { id: shape.startNodeId });
  }
}
