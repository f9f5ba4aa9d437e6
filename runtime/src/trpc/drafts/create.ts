import type { FlowDocument } from '@kefu/schemas';
import { z } from 'zod';
import type { AppContext } from '../../app/app-context.js';
import { KefuError } from '../../errors.js';
import { flowIdInput } from '../inputs.js';
import { localeInput, templateIdInput } from '../templates/template-inputs.js';
import { readTemplateFlow } from '../templates/template-library.js';
import { procedure } from '../trpc.js';
import { blankFlow } from './blank-flow.js';
import { explainConflict } from './draft-conflict.js';

const createInput = z.discriminatedUnion('from', [
  z.object({ from: z.literal('blank'), flowId: flowIdInput, name: z.string().trim().min(1).max(200), locale: localeInput }),
  z.object({ from: z.literal('template'), templateId: templateIdInput, flowId: flowIdInput, name: z.string().trim().min(1).max(200), locale: localeInput }),
  /** The current version's flow `flowId` ("Edit" on a published flow). */
  z.object({ from: z.literal('version'), flowId: flowIdInput }),
]);

type CreateInput = z.infer<typeof createInput>;

async function startingDocument(app: AppContext, input: CreateInput): Promise<FlowDocument> {
  if (input.from === 'blank') return blankFlow(input.flowId, input.name, input.locale);
  if (input.from === 'template') {
    const template = await readTemplateFlow(input.templateId, input.locale);
    return { ...template, id: input.flowId, name: input.name, locale: input.locale };
  }
  const version = await app.publishing.currentVersion();
  const published = version === null ? null : await app.publishing.getVersion(version);
  const flow = published?.bundle.flows.find((candidate) => candidate.id === input.flowId);
  if (!flow) throw new KefuError('KEFU_ERR_NOT_FOUND', `The current version has no flow "${input.flowId}".`, { path: '/flowId' });
  return flow;
}

/**
 * Starts a draft: an empty flow, a copy of a template under a new id and name, or the
 * current version of a published flow. An existing draft of that id is never replaced
 * (CONFLICT with its revision), so two people pressing "Edit" end up in one draft.
 */
export const createDraft = procedure('flows.edit')
  .input(createInput)
  .mutation(async ({ ctx, input }) => {
    const { drafts } = ctx.app;
    const document = await startingDocument(ctx.app, input);
    try {
      return { summary: await drafts.save(document, null), document };
    } catch (error) {
      throw await explainConflict(error, drafts, input.flowId, null);
    }
  });
