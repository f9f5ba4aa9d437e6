import type { FlowDocument } from '@kefu/schemas';
import { z } from 'zod';
import { flowIdInput } from '../inputs.js';

/**
 * A draft document. Drafts may be incomplete or invalid (that is what the problems
 * panel is for), so only what makes a draft addressable and listable is checked here;
 * the full schema and semantic checks run in the editor and again at publish.
 */
const draftShape = z.looseObject({
  id: flowIdInput,
  name: z.string().trim().min(1, 'A flow needs a name.').max(200),
  locale: z.enum(['en', 'zh-CN']),
  nodes: z.array(z.unknown()).max(5000),
  edges: z.array(z.unknown()).max(20000),
});

/** Typed as a FlowDocument for the client; checked against `draftShape` on the server. */
export const draftDocumentInput = z
  .custom<FlowDocument>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'A flow document is an object.')
  .superRefine((document, ctx) => {
    const checked = draftShape.safeParse(document);
    if (checked.success) return;
    for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });

export const revisionInput = z.number().int().positive();
