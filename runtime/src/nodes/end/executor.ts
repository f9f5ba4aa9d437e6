import { defineExecutor } from '../define-executor.js';
import definition from './definition.js';

export default defineExecutor(definition, (ctx, config) => ({
  say: config.message ? [{ kind: 'text', text: ctx.render(config.message) }] : [],
  end: { reason: 'completed' },
}));
