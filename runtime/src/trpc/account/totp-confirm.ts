import { z } from 'zod';
import { procedure } from '../trpc.js';
import { actorOf } from './actor-of.js';

export const totpConfirm = procedure('account.self')
  .input(z.object({ code: z.string().regex(/^\s*\d{3}\s?\d{3}\s*$/, 'Enter the 6 digits from your authenticator app.') }))
  .mutation(({ ctx, input }) => ctx.app.accounts.totpConfirm(ctx.principal.id, input.code, actorOf(ctx)));
