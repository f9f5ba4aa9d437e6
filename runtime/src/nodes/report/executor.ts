import type { Vars } from '../../engine/types.js';
import { defineExecutor } from '../define-executor.js';
import definition from './definition.js';

export default defineExecutor(definition, (ctx, config) => {
  const data: Vars = {};
  for (const { key, value } of config.data ?? []) data[key] = ctx.evaluate(value);
  return { effects: [{ type: 'report', name: config.name, data }], port: 'next' };
});
