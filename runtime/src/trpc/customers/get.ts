import { z } from 'zod';
import { viewerScope } from '../../conversations/viewer-scope.js';
import { KefuError } from '../../errors.js';
import { procedure } from '../trpc.js';

/**
 * A customer's profile, decrypted for a caller allowed to see it: admins, and agents
 * with a conversation of that customer in their skill groups. Otherwise NOT_FOUND,
 * exactly like a missing id.
 */
export const getCustomer = procedure('customers.view')
  .input(z.object({ id: z.string().min(1).max(64) }).strict())
  .query(async ({ ctx, input }) => {
    const customer = await ctx.app.customers.get(input.id, viewerScope(ctx.principal));
    if (!customer) throw new KefuError('KEFU_ERR_NOT_FOUND', 'No such customer.', { path: '/id' });
    return customer;
  });
