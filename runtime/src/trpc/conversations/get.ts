import { z } from 'zod';
import { viewerScope } from '../../conversations/viewer-scope.js';
import { KefuError } from '../../errors.js';
import { procedure } from '../trpc.js';

/** One conversation with its transcript; outside the caller's scope it is NOT_FOUND, like a missing id. */
export const getConversation = procedure('conversations.view')
  .input(z.object({ id: z.string().min(1).max(64) }).strict())
  .query(async ({ ctx, input }) => {
    const found = await ctx.app.conversations.get(input.id, viewerScope(ctx.principal));
    if (!found) throw new KefuError('KEFU_ERR_NOT_FOUND', 'No such conversation.', { path: '/id' });
    return found;
  });
