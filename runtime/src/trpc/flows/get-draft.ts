import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { procedure } from '../trpc.js';
import { flowIdInput } from '../inputs.js';

/** One draft flow document with its revision (the editor's optimistic-concurrency token). */
export const getDraft = procedure('flows.view')
  .input(z.object({ flowId: flowIdInput }))
  .query(async ({ ctx, input }) => {
    const draft = await ctx.app.drafts.get(input.flowId);
    if (!draft) throw new TRPCError({ code: 'NOT_FOUND', message: `There is no draft "${input.flowId}".` });
    return draft;
  });
