import { actorOf } from '../account/actor-of.js';
import { procedure } from '../trpc.js';
import { userIdInput } from './inputs.js';

/** A temporary password, shown once; the user must change it and their sessions end. */
export const resetPassword = procedure('users.manage')
  .input(userIdInput)
  .mutation(({ ctx, input }) => ctx.app.accounts.resetPassword(input.id, actorOf(ctx)));
