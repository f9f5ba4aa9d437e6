import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { flowIdInput } from '../inputs.js';
import { procedure } from '../trpc.js';

/** Discards a draft (published versions are untouched). */
export const deleteDraft = procedure('flows.edit')
  .input(z.object({ flowId: flowIdInput }))
  .mutation(async ({ ctx, input }) => {
    if (!(await ctx.app.drafts.delete(input.flowId))) {
      throw new TRPCError({ code: 'NOT_FOUND', message: `There is no draft "${input.flowId}".` });
    }
    return { deleted: input.flowId };
  });
