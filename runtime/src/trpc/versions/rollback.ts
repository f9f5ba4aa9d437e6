import { z } from 'zod';
import { procedure } from '../trpc.js';
import { versionInput } from '../inputs.js';

/**
 * Makes `version`'s content current again by publishing it as a new version (history
 * stays linear and append-only); the caller is recorded as the author.
 */
export const rollbackVersion = procedure('flows.publish')
  .input(z.object({ version: versionInput }))
  .mutation(({ ctx, input }) => ctx.app.publishing.rollback(input.version, ctx.principal.name));
