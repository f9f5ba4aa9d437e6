import type { OutgoingMessage } from '../../engine/types.js';
import { defineExecutor } from '../define-executor.js';
import type { NodeContext } from '../node-context.js';
import type { AskConfig } from './config.generated.js';
import definition from './definition.js';
import { retryHint } from './retry-hint.js';
import { validateAnswer } from './validate-answer.js';

const DEFAULT_RETRIES = 2;

function question(ctx: NodeContext, config: AskConfig, text: string): OutgoingMessage {
  const choices = config.validation.kind === 'choice' ? config.validation.choices : undefined;
  return choices && choices.length > 0
    ? { kind: 'text', text, choices: choices.map((c) => ({ id: c.id, label: c.label })) }
    : { kind: 'text', text };
}

export default defineExecutor(definition, (ctx, config) => {
  const wait = { for: 'input' as const, ...(config.timeoutSeconds ? { timeoutSeconds: config.timeoutSeconds } : {}) };
  const input = ctx.input;
  if (input === null) return { say: [question(ctx, config, ctx.render(config.prompt))], wait };
  if (input.kind === 'timer') return { port: 'timeout' };

  const answer = input.kind === 'choice' ? { text: input.text, choiceId: input.choiceId } : { text: input.text };
  const check = validateAnswer(answer, config.validation);
  if (check.ok) return { vars: { [config.variable]: check.value }, port: 'answered' };

  const failures = ctx.counter('retries');
  if (failures >= (config.retries ?? DEFAULT_RETRIES)) {
    ctx.logger.info({ variable: config.variable, failures: failures + 1 }, 'ask: retries exhausted');
    return { port: 'invalid' };
  }
  const say: OutgoingMessage[] = config.retryPrompt
    ? [question(ctx, config, ctx.render(config.retryPrompt))]
    : [
        { kind: 'text', text: retryHint(config.validation.kind, ctx.locale) },
        question(ctx, config, ctx.render(config.prompt)),
      ];
  return { say, counters: { retries: failures + 1 }, wait };
});
