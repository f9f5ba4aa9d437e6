import { TRPCError } from '@trpc/server';
import { validateFlow } from '@kefu/schemas';
import { z } from 'zod';
import { auditedPublish } from '../../audit/audited-publishing.js';
import { KefuError } from '../../errors.js';
import { auditActor } from '../audit-actor.js';
import { flowIdInput } from '../inputs.js';
import { procedure } from '../trpc.js';

/**
 * Publishes a draft on top of the current version (the other flows and the settings
 * carry over), through the audited publish. `expectedRevision` is the draft revision
 * the publisher reviewed: if someone saved since, the publish is refused rather than
 * shipping changes nobody looked at. Problems come back with pointers into the draft.
 * Answers the new version and the draft's revision after the publish.
 */
export const publishFlow = procedure('flows.publish')
  .input(
    z.object({
      flowId: flowIdInput,
      expectedRevision: z.number().int().positive(),
      message: z.string().trim().min(1, 'Say what this version changes.').max(1000),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const draft = await ctx.app.drafts.get(input.flowId);
    if (!draft) throw new TRPCError({ code: 'NOT_FOUND', message: `There is no draft "${input.flowId}".` });
    if (draft.summary.revision !== input.expectedRevision) {
      throw new KefuError(
        'KEFU_ERR_DRAFT_CONFLICT',
        `The draft is at revision ${draft.summary.revision}, not ${input.expectedRevision}: review the latest changes, then publish.`,
        { path: '/expectedRevision' },
      );
    }
    const problems = validateFlow(draft.document, ctx.app.catalog).problems.filter((problem) => problem.severity === 'error');
    if (problems.length > 0) {
      throw new KefuError('KEFU_ERR_FLOW_INVALID', `The draft has ${problems.length} problem(s); nothing was published.`, {
        path: problems[0]?.path,
        details: problems,
      });
    }
    const published = await auditedPublish(ctx.app, { flows: [draft.document], message: input.message, author: ctx.principal.name }, auditActor(ctx));
    // Publishing stores the published document as the draft again (a new revision): the
    // editor adopts that revision so its next save is not mistaken for a conflict.
    const after = await ctx.app.drafts.get(input.flowId);
    return { ...published, draftRevision: after?.summary.revision ?? draft.summary.revision };
  });
