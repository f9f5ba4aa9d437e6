import { z } from 'zod';
import { auditActor } from '../audit-actor.js';
import { procedure } from '../trpc.js';
import { kbNameInput, localeInput, thresholdsInput } from './inputs.js';

/** Every knowledge base with its article count; `default` always exists. */
export const listBases = procedure('kb.view').query(({ ctx }) => ctx.app.kb.listBases());

export const createBase = procedure('kb.edit')
  .input(z.object({ name: kbNameInput, title: z.string().trim().min(1).max(200), locale: localeInput, thresholds: thresholdsInput.optional() }).strict())
  .mutation(async ({ ctx, input }) => {
    const created = await ctx.app.kb.createBase(input);
    await ctx.app.audit.record({ ...auditActor(ctx), action: 'kb.create', target: { type: 'kb', id: input.name }, after: input });
    return created;
  });

/** Title and confidence thresholds; threshold changes apply to the next search. */
export const updateBase = procedure('kb.edit')
  .input(z.object({ name: kbNameInput, title: z.string().trim().min(1).max(200).optional(), thresholds: thresholdsInput.optional() }).strict())
  .mutation(async ({ ctx, input }) => {
    const { name, ...patch } = input;
    const before = await ctx.app.kb.getBase(name);
    const after = await ctx.app.kb.updateBase(name, patch);
    await ctx.app.audit.record({
      ...auditActor(ctx),
      action: 'kb.update',
      target: { type: 'kb', id: name },
      before: { title: before.title, thresholds: before.thresholds },
      after: { title: after.title, thresholds: after.thresholds },
    });
    return after;
  });
