import { auditActor } from '../audit-actor.js';
import { procedure } from '../trpc.js';
import { kbOnly } from './inputs.js';

/** Model versions, newest first, with their evaluation figures. */
export const listModels = procedure('kb.view')
  .input(kbOnly)
  .query(({ ctx, input }) => ctx.app.kb.listModels(input.kb));

export const retrainModel = procedure('kb.edit')
  .input(kbOnly)
  .mutation(async ({ ctx, input }) => {
    const model = await ctx.app.kb.retrain(input.kb);
    await ctx.app.audit.record({
      ...auditActor(ctx),
      action: model.active ? 'kb.model.activate' : 'kb.model.reject',
      target: { type: 'kb-model', id: `${input.kb}/${model.version}` },
      after: { top1: model.top1, top3: model.top3, testCases: model.testCases, note: model.note },
    });
    return model;
  });
