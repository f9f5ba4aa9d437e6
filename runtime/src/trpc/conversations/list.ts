import { z } from 'zod';
import { viewerScope } from '../../conversations/viewer-scope.js';
import { procedure } from '../trpc.js';

/** Conversations the caller may see (agents: their skill groups'), newest first. */
export const listConversations = procedure('conversations.view')
  .input(z.object({ limit: z.number().int().min(1).max(200).optional(), cursor: z.string().max(100).nullish() }).strict().optional())
  .query(({ ctx, input }) =>
    ctx.app.conversations.list(viewerScope(ctx.principal), {
      ...(input?.limit ? { limit: input.limit } : {}),
      ...(input?.cursor ? { cursor: input.cursor } : {}),
    }),
  );
