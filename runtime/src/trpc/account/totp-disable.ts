import { z } from 'zod';
import { procedure } from '../trpc.js';
import { actorOf } from './actor-of.js';

/** Turns 2FA off; needs the password again, and is refused when my role requires 2FA. */
export const totpDisable = procedure('account.self')
  .input(z.object({ password: z.string().max(1024) }))
  .mutation(({ ctx, input }) => ctx.app.accounts.totpDisable(ctx.principal.id, input.password, actorOf(ctx)));
