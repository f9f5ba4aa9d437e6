import { ERROR_PORT, type FlowNode } from '@kefu/schemas';
import { bundleIndex } from './bundle-index.js';
import type { Turn } from './turn.js';

/**
 * Ends the current flow. A sub-flow returns to the go-to-flow node that called it,
 * which then leaves by `done`; the entry flow ends the conversation.
 */
export function returnFromFlow(turn: Turn, reason: string): void {
  const frame = turn.state.stack.at(-1);
  if (!frame) {
    turn.end(reason);
    return;
  }
  turn.update({ flowId: frame.flowId, nodeId: frame.nodeId, stack: turn.state.stack.slice(0, -1) });
  const caller = bundleIndex.node(turn.services.bundle, frame.flowId, frame.nodeId);
  if (!caller) {
    // Only possible with a bundle that changed under a running conversation.
    turn.end('caller-missing');
    return;
  }
  followPort(turn, caller, 'done');
}

/**
 * Moves to the node connected to `port`. With no edge, the current flow ends there
 * (docs/architecture.md "Ports"): intended for optional ports; a required port without
 * an edge is rejected at publish, so reaching one here is logged.
 */
export function followPort(turn: Turn, node: FlowNode, port: string): void {
  const { bundle, logger } = turn.services;
  const edge = bundleIndex.edge(bundle, turn.state.flowId, node.id, port);
  if (edge) {
    turn.update({ nodeId: edge.target });
    return;
  }
  const spec = turn.executors.get(node.type)?.definition.ports.find((p) => p.name === port);
  if (port !== ERROR_PORT && !spec?.optional) {
    logger.warn({ flowId: turn.state.flowId, nodeId: node.id, port }, 'left by a port without an edge; the flow ends here');
  }
  returnFromFlow(turn, 'flow-end');
}
