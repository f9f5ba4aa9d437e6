import type { FlowNode } from '@kefu/schemas';
import { bundleIndex } from './bundle-index.js';
import { declaredDefaults } from './declared-defaults.js';
import { MAX_CALL_DEPTH } from './engine-codes.js';
import type { Turn } from './turn.js';

/**
 * Enters `flowId` as a sub-flow of `caller` (a go-to-flow node). Returns an error
 * instead of throwing so the engine can route it to the caller's `error` port.
 */
export function callFlow(turn: Turn, caller: FlowNode, flowId: string): Error | null {
  const target = bundleIndex.flow(turn.services.bundle, flowId);
  if (!target) return new Error(`Flow '${flowId}' is not in this published version`);
  if (turn.state.stack.length >= MAX_CALL_DEPTH) {
    return new Error(`Sub-flows nested deeper than ${MAX_CALL_DEPTH} (a flow that calls itself?)`);
  }
  turn.update({
    stack: [...turn.state.stack, { flowId: turn.state.flowId, nodeId: caller.id }],
    flowId: target.id,
    nodeId: target.startNodeId,
  });
  turn.setVars(declaredDefaults(target, turn.state.vars));
  return null;
}
