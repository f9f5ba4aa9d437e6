import { z } from 'zod';
import { auditActor } from '../audit-actor.js';
import { procedure } from '../trpc.js';

/**
 * Erases a customer and everything of theirs (right to erasure). The audit entry
 * names the customer by id only: the log must not keep what was erased.
 */
export const eraseCustomer = procedure('customers.erase')
  .input(z.object({ id: z.string().min(1).max(64) }).strict())
  .mutation(async ({ ctx, input }) => {
    const target = { type: 'customer', id: input.id };
    try {
      const erased = await ctx.app.customers.erase(input.id);
      await ctx.app.audit.record({ ...auditActor(ctx), action: 'customer.erase', target, after: erased });
      return erased;
    } catch (error) {
      await ctx.app.audit.record({ ...auditActor(ctx), action: 'customer.erase', target, outcome: 'failure' });
      throw error;
    }
  });
