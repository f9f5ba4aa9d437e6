import type { DraftService } from '../../app/app-context.js';
import { isKefuError, KefuError } from '../../errors.js';

/**
 * Rewrites a revision conflict so the editor can act on it: the message says who is
 * ahead and `details.revision` carries the stored revision (null when the draft was
 * deleted), so "keep mine" can save again on top of it after the user has seen the
 * difference. Other errors pass through.
 */
export async function explainConflict(error: unknown, drafts: DraftService, flowId: string, expectedRevision: number | null): Promise<unknown> {
  if (!isKefuError(error) || error.code !== 'KEFU_ERR_DRAFT_CONFLICT') return error;
  const current = await drafts.get(flowId);
  const revision = current?.summary.revision ?? null;
  const message =
    revision === null
      ? `Draft "${flowId}" no longer exists; it was deleted or published by someone else.`
      : expectedRevision === null
        ? `A draft "${flowId}" already exists (revision ${revision}).`
        : `Draft "${flowId}" was saved by someone else: you edited revision ${expectedRevision}, the latest is ${revision}.`;
  return new KefuError('KEFU_ERR_DRAFT_CONFLICT', message, { path: '/expectedRevision', details: { revision }, cause: error });
}
