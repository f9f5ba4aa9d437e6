import { auditActor } from '../audit-actor.js';
import { procedure } from '../trpc.js';
import { auditFilterInput } from './audit-filter-input.js';

/**
 * The matching audit entries as a CSV file. A mutation because exporting is itself a
 * privileged action: it is recorded in the audit log (with the filter used).
 */
export const exportAuditCsv = procedure('audit.view')
  .input(auditFilterInput.optional())
  .mutation(async ({ ctx, input }) => {
    const filter = input ?? {};
    const csv = await ctx.app.audit.exportCsv(filter);
    await ctx.app.audit.record({ ...auditActor(ctx), action: 'audit.export', after: { filter } });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    return { filename: `kefu-audit-${stamp}.csv`, csv };
  });
