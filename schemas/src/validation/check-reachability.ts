import type { FlowCheckContext } from './flow-check-context.js';

/**
 * Every node must be reachable from the start node: an unreachable node is dead
 * configuration that staff believe is live, so it blocks publishing.
 */
export function checkReachability(ctx: FlowCheckContext, successors: ReadonlyMap<string, readonly string[]>): void {
  const start = ctx.shape.startNodeId;
  // Without a valid start node everything would be "unreachable"; that is reported once, elsewhere.
  if (start === null || !ctx.nodesById.has(start)) return;
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of successors.get(queue.shift() as string) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  for (const [id, node] of ctx.nodesById) {
    if (!reached.has(id)) ctx.report('error', 'KEFU_FLOW_UNREACHABLE_NODE', `/nodes/${node.index}`, { node: id }, id);
  }
}
