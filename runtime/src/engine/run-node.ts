import { evaluateExpression, renderTemplate, type ExpressionScope, type FlowDocument, type FlowNode } from '@kefu/schemas';
import type { NodeContext, NodeInput } from '../nodes/node-context.js';
import type { NodeResult } from '../nodes/node-result.js';
import { NO_AGENTS } from './handoff-service.js';
import { NO_KB } from './no-kb-runtime.js';
import type { Turn } from './turn.js';
import type { Logger, Vars } from './types.js';

export type NodeOutcome = { ok: true; result: NodeResult } | { ok: false; error: Error };

function boundLogger(logger: Logger, fields: object): Logger {
  return {
    debug: (obj, msg) => logger.debug({ ...fields, ...obj }, msg),
    info: (obj, msg) => logger.info({ ...fields, ...obj }, msg),
    warn: (obj, msg) => logger.warn({ ...fields, ...obj }, msg),
    error: (obj, msg) => logger.error({ ...fields, ...obj }, msg),
  };
}

/**
 * Runs one node's executor. Never throws: an unknown type, a version mismatch, a bad
 * expression or an executor exception come back as `{ ok: false }` for the engine to
 * route to the node's `error` port.
 */
export async function runNode(turn: Turn, flow: FlowDocument, node: FlowNode, input: NodeInput): Promise<NodeOutcome> {
  const executor = turn.executors.get(node.type);
  if (!executor) return { ok: false, error: new Error(`Unknown node type '${node.type}'`) };
  if (executor.typeVersion !== node.typeVersion) {
    return {
      ok: false,
      error: new Error(`Node type '${node.type}' version ${node.typeVersion} is not supported (runtime has ${executor.typeVersion})`),
    };
  }
  const state = turn.state;
  const scope = (vars: Readonly<Vars>): ExpressionScope => ({
    vars,
    message: { text: state.lastMessage ?? '' },
    conversation: { locale: state.locale },
  });
  const ctx: NodeContext = {
    node,
    flow,
    vars: Object.freeze({ ...state.vars }),
    locale: state.locale,
    input,
    counter: (name) => turn.counter(node.id, name),
    render: (template) => renderTemplate(template, scope(state.vars)),
    evaluate: (expression, vars) => evaluateExpression(expression, scope(vars ?? state.vars)),
    now: () => turn.services.now(),
    logger: boundLogger(turn.services.logger, { flowId: flow.id, nodeId: node.id, nodeType: node.type }),
    kb: turn.services.kb ?? NO_KB,
    handoff: turn.services.handoff ?? NO_AGENTS,
    conversationId: turn.services.conversationId ?? null,
    recentMessages: async (limit) => (turn.services.recentMessages ? turn.services.recentMessages(limit) : []),
  };
  try {
    return { ok: true, result: await executor.run(ctx, node.config) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}
