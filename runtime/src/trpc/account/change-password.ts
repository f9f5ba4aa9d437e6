import { z } from 'zod';
import { procedure } from '../trpc.js';
import { actorOf } from './actor-of.js';

/** Changes my password; my other sessions end, this one stays. Allowed while the password must change. */
export const changePassword = procedure('account.self', { allowWhilePasswordExpired: true })
  .input(z.object({ currentPassword: z.string().max(1024), newPassword: z.string().max(1024) }))
  .mutation(({ ctx, input }) =>
    ctx.app.accounts.changePassword(ctx.principal.id, input.currentPassword, input.newPassword, actorOf(ctx), ctx.principal.sessionId),
  );
