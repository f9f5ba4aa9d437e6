import { z } from 'zod';
import { procedure } from '../trpc.js';
import { articleIdInput, kbNameInput, kbOnly } from './inputs.js';

export const listTestCases = procedure('kb.view')
  .input(kbOnly)
  .query(({ ctx, input }) => ctx.app.kb.listTestCases(input.kb));

export const addTestCase = procedure('kb.edit')
  .input(z.object({ kb: kbNameInput, query: z.string().trim().min(1).max(1000), expectedId: articleIdInput }).strict())
  .mutation(({ ctx, input }) => ctx.app.kb.addTestCase(input.kb, input.query, input.expectedId, 'manual'));

export const removeTestCase = procedure('kb.edit')
  .input(z.object({ kb: kbNameInput, id: z.number().int().positive() }).strict())
  .mutation(async ({ ctx, input }) => {
    await ctx.app.kb.removeTestCase(input.kb, input.id);
    return { removed: input.id };
  });
