import { TRPCError } from '@trpc/server';
import type { FlowDocument } from '@kefu/schemas';
import { z } from 'zod';
import type { AppContext } from '../../app/app-context.js';
import { procedure } from '../trpc.js';
import { flowIdInput, versionInput } from '../inputs.js';
import { diffFlows } from './diff-flows.js';

export interface DiffSide {
  /** The published version, or null for the draft (or when nothing is published). */
  version: number | null;
  /** The draft's revision when this side is the draft. */
  revision: number | null;
  /** Null when the flow does not exist on this side (a new or a deleted flow). */
  document: FlowDocument | null;
}

async function publishedSide(app: AppContext, flowId: string, version: number | null, path: string): Promise<DiffSide> {
  if (version === null) return { version: null, revision: null, document: null };
  const published = await app.publishing.getVersion(version);
  if (!published) throw new TRPCError({ code: 'NOT_FOUND', message: `${path}: version ${version} does not exist.` });
  return { version, revision: null, document: published.bundle.flows.find((flow) => flow.id === flowId) ?? null };
}

/**
 * One flow in two places, and the node-level changes between them: by default the
 * current published version (`from`) against the draft (what publishing would change);
 * with `to`, two published versions (the history page's "compare with current").
 */
export const diffVersions = procedure('flows.view')
  .input(z.object({ flowId: flowIdInput, from: versionInput.optional(), to: versionInput.optional() }))
  .query(async ({ ctx, input }) => {
    const { app } = ctx;
    const from = await publishedSide(app, input.flowId, input.from ?? (await app.publishing.currentVersion()), '/from');
    let to: DiffSide;
    if (input.to !== undefined) {
      to = await publishedSide(app, input.flowId, input.to, '/to');
    } else {
      const draft = await app.drafts.get(input.flowId);
      to = { version: null, revision: draft?.summary.revision ?? null, document: draft?.document ?? null };
    }
    if (!from.document && !to.document) {
      throw new TRPCError({ code: 'NOT_FOUND', message: `Flow "${input.flowId}" exists on neither side.` });
    }
    return { flowId: input.flowId, from, to, changes: diffFlows(from.document, to.document) };
  });
