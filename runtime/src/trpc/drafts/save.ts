import { z } from 'zod';
import { procedure } from '../trpc.js';
import { explainConflict } from './draft-conflict.js';
import { draftDocumentInput, revisionInput } from './draft-inputs.js';

/**
 * Saves a draft on top of `expectedRevision` (optimistic concurrency). A stale
 * revision is a CONFLICT whose `data.kefu.details.revision` is the stored one:
 * nothing is overwritten unless the caller saves again with that revision.
 */
export const saveDraft = procedure('flows.edit')
  .input(z.object({ document: draftDocumentInput, expectedRevision: revisionInput }))
  .mutation(async ({ ctx, input }) => {
    const { drafts } = ctx.app;
    try {
      return await drafts.save(input.document, input.expectedRevision);
    } catch (error) {
      throw await explainConflict(error, drafts, input.document.id, input.expectedRevision);
    }
  });
