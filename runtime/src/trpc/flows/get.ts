import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { procedure } from '../trpc.js';
import { flowIdInput, versionInput } from '../inputs.js';

/** One published flow document, from `version` or (when absent) the current version. */
export const getFlow = procedure('flows.view')
  .input(z.object({ flowId: flowIdInput, version: versionInput.optional() }))
  .query(async ({ ctx, input }) => {
    const { publishing } = ctx.app;
    const version = input.version ?? (await publishing.currentVersion());
    if (version === null) throw new TRPCError({ code: 'NOT_FOUND', message: 'Nothing has been published yet.' });
    const published = await publishing.getVersion(version);
    if (!published) throw new TRPCError({ code: 'NOT_FOUND', message: `Version ${version} does not exist.` });
    const document = published.bundle.flows.find((flow) => flow.id === input.flowId);
    if (!document) {
      throw new TRPCError({ code: 'NOT_FOUND', message: `Version ${version} has no flow "${input.flowId}".` });
    }
    return { version, isCurrent: published.summary.isCurrent, document };
  });
