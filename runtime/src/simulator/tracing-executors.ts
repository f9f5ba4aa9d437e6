/**
 * Records the nodes a simulated turn visits without a hook in the engine: each
 * executor is wrapped so that running it appends its flow and node id to a list. A node
 * resumed after a wait runs again; consecutive repeats of one node are recorded once.
 */
import type { NodeExecutor } from '../nodes/define-executor.js';

export interface VisitedNode {
  flowId: string;
  nodeId: string;
}

export function tracingExecutors(
  executors: ReadonlyMap<string, NodeExecutor>,
  visited: VisitedNode[],
): ReadonlyMap<string, NodeExecutor> {
  const traced = new Map<string, NodeExecutor>();
  for (const [type, executor] of executors) {
    traced.set(type, {
      type: executor.type,
      typeVersion: executor.typeVersion,
      definition: executor.definition,
      run(ctx, config) {
        const last = visited.at(-1);
        if (last?.flowId !== ctx.flow.id || last.nodeId !== ctx.node.id) visited.push({ flowId: ctx.flow.id, nodeId: ctx.node.id });
        return executor.run(ctx, config);
      },
    });
  }
  return traced;
}
