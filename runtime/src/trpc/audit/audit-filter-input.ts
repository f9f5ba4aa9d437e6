import { z } from 'zod';

const text = z.string().trim().min(1).max(200);
const instant = z.string().datetime({ offset: true, message: 'Not an ISO-8601 date-time.' });

/** The audit page's filter; every field optional, times as ISO-8601 instants. */
export const auditFilterInput = z
  .object({ actor: text.optional(), action: text.optional(), targetType: text.optional(), from: instant.optional(), to: instant.optional() })
  .strict();
