import { defineExecutor } from '../define-executor.js';
import type { NodeContext } from '../node-context.js';
import type { NodeResult } from '../node-result.js';
import type { HandoffConfig } from './config.generated.js';
import definition from './definition.js';
import { HANDOFF_TEXTS } from './texts.js';

const DEFAULT_GROUP = 'general';
const DEFAULT_TIMEOUT = 300;
/** Visit counter: when the conversation joined the queue (seconds since the epoch). */
const QUEUED_AT = 'queuedAt';

function skillGroup(config: HandoffConfig): string {
  return config.skillGroup ?? DEFAULT_GROUP;
}

async function request(ctx: NodeContext, config: HandoffConfig): Promise<NodeResult> {
  const group = skillGroup(config);
  const outcome = await ctx.handoff.request({ skillGroup: group, conversationId: ctx.conversationId });
  const effects = [{ type: 'handoff.requested', skillGroup: group, outcome }];
  if (outcome === 'assigned') return { effects, port: 'assigned' };
  if (outcome === 'no-agent') return { effects, port: 'no-agent' };
  const text = config.message ? ctx.render(config.message) : HANDOFF_TEXTS[ctx.locale].queued;
  return {
    say: [{ kind: 'text', text }],
    effects,
    counters: { [QUEUED_AT]: Math.floor(ctx.now().getTime() / 1000) },
    wait: { for: 'input', timeoutSeconds: config.queueTimeoutSeconds ?? DEFAULT_TIMEOUT },
  };
}

/**
 * Waiting in the queue. A message does not restart the queue clock: the wait is re-armed
 * with the time left. (Agents joining resumes the node once the inbox exists.)
 */
function stillQueued(ctx: NodeContext, config: HandoffConfig): NodeResult {
  if (ctx.input?.kind === 'timer') {
    return { effects: [{ type: 'handoff.cancelled', skillGroup: skillGroup(config), reason: 'timeout' }], port: 'timeout' };
  }
  const timeout = config.queueTimeoutSeconds ?? DEFAULT_TIMEOUT;
  const elapsed = Math.floor(ctx.now().getTime() / 1000) - ctx.counter(QUEUED_AT);
  const text = config.waitingMessage ? ctx.render(config.waitingMessage) : HANDOFF_TEXTS[ctx.locale].waiting;
  return { say: [{ kind: 'text', text }], wait: { for: 'input', timeoutSeconds: Math.max(1, timeout - elapsed) } };
}

export default defineExecutor(definition, (ctx, config) => (ctx.input === null ? request(ctx, config) : stillQueued(ctx, config)));
