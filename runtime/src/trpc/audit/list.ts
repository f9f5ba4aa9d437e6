import { z } from 'zod';
import { procedure } from '../trpc.js';
import { auditFilterInput } from './audit-filter-input.js';

/** A page of audit entries, newest first; `cursor` is the previous page's `nextCursor`. */
export const listAudit = procedure('audit.view')
  .input(auditFilterInput.extend({ cursor: z.number().int().positive().nullish(), limit: z.number().int().min(1).max(500).optional() }).optional())
  .query(({ ctx, input }) => {
    const { cursor, limit, ...filter } = input ?? {};
    return ctx.app.audit.list(filter, { ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) });
  });
