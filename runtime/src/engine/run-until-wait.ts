import type { NodeInput } from '../nodes/node-context.js';
import { bundleIndex } from './bundle-index.js';
import { callFlow } from './call-flow.js';
import { ENGINE_CODES, TIMERS } from './engine-codes.js';
import { failNode } from './fail-node.js';
import { followPort, returnFromFlow } from './follow-port.js';
import { runNode } from './run-node.js';
import { systemMessage } from './system-messages.js';
import type { Turn } from './turn.js';

function stopAtStepLimit(turn: Turn): void {
  const { flowId, nodeId } = turn.state;
  turn.services.logger.warn({ flowId, nodeId, maxSteps: turn.maxSteps }, 'step limit reached; ending the conversation');
  turn.say({ kind: 'system', text: systemMessage('stepLimit', turn.state.locale), code: ENGINE_CODES.stepLimit });
  turn.end('step-limit', ENGINE_CODES.stepLimit);
}

/**
 * Runs nodes from the current one until a node waits, the conversation ends, or the
 * per-turn step limit is hit. `input` goes to the first node only (a resumed wait).
 */
export async function runUntilWait(turn: Turn, firstInput: NodeInput): Promise<void> {
  let input = firstInput;
  while (turn.state.status === 'active' && turn.state.nodeId !== null) {
    if (turn.steps >= turn.maxSteps) return stopAtStepLimit(turn);
    turn.steps += 1;

    const { flowId, nodeId, waitingFor } = turn.state;
    const flow = bundleIndex.flow(turn.services.bundle, flowId);
    const node = bundleIndex.node(turn.services.bundle, flowId, nodeId);
    if (!flow || !node) {
      turn.services.logger.error({ flowId, nodeId }, 'current node is not in the bundle');
      turn.say({ kind: 'system', text: systemMessage('nodeFailed', turn.state.locale), code: ENGINE_CODES.nodeFailed });
      return turn.end('error', ENGINE_CODES.nodeFailed);
    }

    const ran = runNode(turn, flow, node, input);
    const outcome = ran instanceof Promise ? await ran : ran;
    input = null;
    if (outcome.ok && outcome.result.wait) {
      const { result } = outcome;
      if (result.counters) turn.setCounters(node.id, result.counters);
      turn.setVars(result.vars ?? {});
      turn.say(...(result.say ?? []));
      turn.effect(...(result.effects ?? []));
      turn.update({ waitingFor: result.wait });
      const seconds = result.wait?.timeoutSeconds;
      if (seconds) turn.effect({ type: 'timer.set', name: TIMERS.node, dueInSeconds: seconds });
      return;
    }

    // The node leaves (or failed): its wait, timer and visit counters are over.
    if (waitingFor?.timeoutSeconds) turn.effect({ type: 'timer.cancel', name: TIMERS.node });
    turn.update({ waitingFor: null });
    turn.clearCounters(node.id);
    if (!outcome.ok) {
      failNode(turn, node, outcome.error);
      continue;
    }
    const { result } = outcome;
    turn.setVars(result.vars ?? {});
    turn.say(...(result.say ?? []));
    turn.effect(...(result.effects ?? []));
    if (result.end) {
      returnFromFlow(turn, result.end.reason);
    } else if (result.call) {
      const error = callFlow(turn, node, result.call.flowId);
      if (error) failNode(turn, node, error);
    } else {
      followPort(turn, node, result.port ?? 'next');
    }
  }
}
