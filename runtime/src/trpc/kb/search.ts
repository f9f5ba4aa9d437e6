import { z } from 'zod';
import { procedure } from '../trpc.js';
import { kbNameInput } from './inputs.js';

const queryInput = z.string().trim().min(1).max(1000);

/** The retrieval test panel: the decision, the top hits and how long the search took. */
export const searchKb = procedure('kb.view')
  .input(z.object({ kb: kbNameInput, query: queryInput, top: z.number().int().min(1).max(20).default(5) }).strict())
  .query(async ({ ctx, input }) => {
    const started = performance.now();
    const result = await ctx.app.kb.search(input.kb, input.query, { top: input.top });
    return { ...result, tookMs: Math.round((performance.now() - started) * 100) / 100 };
  });

/** Top-3 suggestions for an agent composing a reply. */
export const suggestKb = procedure('kb.view')
  .input(z.object({ kb: kbNameInput, query: queryInput }).strict())
  .query(({ ctx, input }) => ctx.app.kb.suggest(input.kb, input.query));
