import type { FlowCheckContext } from './flow-check-context.js';

/** Successors of each node over the edges that join two existing nodes. */
export function flowGraph(ctx: FlowCheckContext): Map<string, string[]> {
  const successors = new Map<string, string[]>();
  for (const id of ctx.nodesById.keys()) successors.set(id, []);
  for (const edge of ctx.shape.edges) {
    if (edge.source === null || edge.target === null || !ctx.nodesById.has(edge.target)) continue;
    successors.get(edge.source)?.push(edge.target);
  }
  return successors;
}
