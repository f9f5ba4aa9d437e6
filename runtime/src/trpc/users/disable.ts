import { actorOf } from '../account/actor-of.js';
import { procedure } from '../trpc.js';
import { userIdInput } from './inputs.js';

/** Disables the user and ends all their sessions; their open console sockets close. */
export const disableUser = procedure('users.manage')
  .input(userIdInput)
  .mutation(({ ctx, input }) => ctx.app.accounts.disableUser(input.id, actorOf(ctx)));
