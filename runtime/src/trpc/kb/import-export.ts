import { z } from 'zod';
import { KefuError } from '../../errors.js';
import { auditActor } from '../audit-actor.js';
import { procedure } from '../trpc.js';
import { formatInput, kbNameInput } from './inputs.js';

/** An XLSX of a few MB, base64-encoded (4/3), with room to spare. */
const MAX_BASE64_CHARS = 24 * 1024 * 1024;

/**
 * All-or-nothing import. `dryRun` validates and reports without writing; a bad file
 * answers `ok: false` with every row problem (not an error: the wizard shows them).
 */
export const importArticles = procedure('kb.edit')
  .input(
    z
      .object({
        kb: kbNameInput,
        format: formatInput,
        contentBase64: z.string().max(MAX_BASE64_CHARS),
        replace: z.boolean().default(false),
        dryRun: z.boolean().default(false),
      })
      .strict(),
  )
  .mutation(async ({ ctx, input }) => {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64)) {
      throw new KefuError('KEFU_ERR_BAD_REQUEST', 'The file content is not valid base64.', { path: '/contentBase64' });
    }
    const content = Buffer.from(input.contentBase64, 'base64');
    const report = await ctx.app.kb.importArticles(input.kb, input.format, content, { replace: input.replace, dryRun: input.dryRun, author: ctx.principal.name });
    if (!input.dryRun) {
      await ctx.app.audit.record({
        ...auditActor(ctx),
        action: 'kb.import',
        target: { type: 'kb', id: input.kb },
        outcome: report.ok ? 'success' : 'failure',
        after: { format: input.format, bytes: content.length, replace: input.replace, created: report.created, updated: report.updated, removed: report.removed, problems: report.problems.length },
      });
    }
    return report;
  });

export const exportArticles = procedure('kb.view')
  .input(z.object({ kb: kbNameInput, format: formatInput }).strict())
  .query(async ({ ctx, input }) => {
    const file = await ctx.app.kb.exportArticles(input.kb, input.format);
    return { filename: file.filename, contentBase64: file.content.toString('base64') };
  });
