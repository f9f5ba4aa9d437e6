import { z } from 'zod';
import { auditedRollback } from '../../audit/audited-publishing.js';
import { auditActor } from '../audit-actor.js';
import { procedure } from '../trpc.js';
import { versionInput } from '../inputs.js';

/**
 * Makes `version`'s content current again by publishing it as a new version (history
 * stays linear and append-only); the caller is recorded as the author, and the
 * rollback (or the failed attempt) in the audit log.
 */
export const rollbackVersion = procedure('flows.publish')
  .input(z.object({ version: versionInput }))
  .mutation(({ ctx, input }) => auditedRollback(ctx.app, input.version, ctx.principal.name, auditActor(ctx)));
