import { z } from 'zod';
import { auditActor } from '../audit-actor.js';
import { procedure } from '../trpc.js';
import { articleIdInput, articleInput, kbNameInput, pageFields } from './inputs.js';

/** Groups of similar unanswered questions, largest first. */
export const listUnanswered = procedure('kb.view')
  .input(
    z
      .object({
        kb: kbNameInput,
        status: z.enum(['new', 'pending', 'applied', 'dismissed']).optional(),
        ...pageFields,
      })
      .strict(),
  )
  .query(({ ctx, input }) => {
    const { kb, ...query } = input;
    return ctx.app.kb.listUnanswered(kb, query);
  });

const note = z.string().max(1000).optional();
const resolution = z.discriminatedUnion('action', [
  z.object({ action: z.literal('pending'), note }).strict(),
  z.object({ action: z.literal('dismiss'), note }).strict(),
  z.object({ action: z.literal('add-similar'), articleId: articleIdInput, note }).strict(),
  z.object({ action: z.literal('create-article'), article: articleInput, note }).strict(),
]);

/** new → pending → applied / dismissed; anything else is a CONFLICT. */
export const resolveUnanswered = procedure('kb.edit')
  .input(z.object({ kb: kbNameInput, groupId: z.string().min(1).max(36), resolution }).strict())
  .mutation(async ({ ctx, input }) => {
    const group = await ctx.app.kb.resolveUnanswered(input.kb, input.groupId, input.resolution, ctx.principal.name);
    await ctx.app.audit.record({
      ...auditActor(ctx),
      action: 'kb.unanswered.resolve',
      target: { type: 'kb-unanswered-group', id: input.groupId },
      after: { action: input.resolution.action, status: group.status, questions: group.count },
    });
    return group;
  });
