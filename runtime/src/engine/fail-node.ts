import { ERROR_PORT, type FlowNode } from '@kefu/schemas';
import { bundleIndex } from './bundle-index.js';
import { ENGINE_CODES } from './engine-codes.js';
import { systemMessage } from './system-messages.js';
import type { Turn } from './turn.js';

/**
 * A node failed. Its `error` port takes over when connected; otherwise the customer
 * gets a generic apology and the conversation ends (docs/architecture.md "Ports").
 * The cause goes to the log with the node id, never to the customer.
 */
export function failNode(turn: Turn, node: FlowNode, error: Error): void {
  const { flowId } = turn.state;
  turn.services.logger.error(
    { flowId, nodeId: node.id, nodeType: node.type, err: { message: error.message, name: error.name } },
    'node failed',
  );
  turn.effect({ type: 'report', name: 'node.failed', data: { flowId, nodeId: node.id, nodeType: node.type } });
  const edge = bundleIndex.edge(turn.services.bundle, flowId, node.id, ERROR_PORT);
  if (edge) {
    turn.update({ nodeId: edge.target });
    return;
  }
  turn.say({ kind: 'system', text: systemMessage('nodeFailed', turn.state.locale), code: ENGINE_CODES.nodeFailed });
  turn.end('error', ENGINE_CODES.nodeFailed);
}
