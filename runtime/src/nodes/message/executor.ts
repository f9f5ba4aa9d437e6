import type { OutgoingMessage } from '../../engine/types.js';
import { defineExecutor } from '../define-executor.js';
import definition from './definition.js';

export default defineExecutor(definition, (ctx, config) => {
  const text = ctx.render(config.text);
  const message: OutgoingMessage =
    config.buttons && config.buttons.length > 0
      ? { kind: 'text', text, choices: config.buttons.map((b) => ({ id: b.id, label: b.label })) }
      : { kind: 'text', text };
  return { say: [message], port: 'next' };
});
