import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { procedure } from '../trpc.js';
import { versionInput } from '../inputs.js';
import { summarizeFlow } from '../flows/summarize-flow.js';

/** One version: its summary, the flows it holds (without graphs) and its settings. */
export const getVersion = procedure('flows.view')
  .input(z.object({ version: versionInput }))
  .query(async ({ ctx, input }) => {
    const published = await ctx.app.publishing.getVersion(input.version);
    if (!published) throw new TRPCError({ code: 'NOT_FOUND', message: `Version ${input.version} does not exist.` });
    return {
      summary: published.summary,
      flows: published.bundle.flows.map(summarizeFlow),
      settings: published.bundle.settings,
    };
  });
