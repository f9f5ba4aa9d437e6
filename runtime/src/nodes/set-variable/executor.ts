import type { Vars } from '../../engine/types.js';
import { defineExecutor } from '../define-executor.js';
import definition from './definition.js';

export default defineExecutor(definition, (ctx, config) => {
  const assigned: Vars = {};
  for (const { variable, value } of config.assignments) {
    // Later assignments see earlier ones: evaluate against a scope that already has them.
    assigned[variable] = ctx.evaluate(value, { ...ctx.vars, ...assigned });
  }
  return { vars: assigned, port: 'next' };
});
