import { isTruthy } from '@kefu/schemas';
import { defineExecutor } from '../define-executor.js';
import definition from './definition.js';

/** Branches are checked in order; the first truthy one wins (null, false, 0 and '' are false). */
export default defineExecutor(definition, (ctx, config) => {
  const branch = config.branches.find((b) => isTruthy(ctx.evaluate(b.when)));
  return { port: branch ? branch.id : 'else' };
});
