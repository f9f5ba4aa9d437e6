import { actorOf } from '../account/actor-of.js';
import { procedure } from '../trpc.js';
import { userIdInput } from './inputs.js';

export const enableUser = procedure('users.manage')
  .input(userIdInput)
  .mutation(({ ctx, input }) => ctx.app.accounts.enableUser(input.id, actorOf(ctx)));
