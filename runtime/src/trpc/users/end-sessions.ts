import { actorOf } from '../account/actor-of.js';
import { procedure } from '../trpc.js';
import { userIdInput } from './inputs.js';

/** Logs the user out everywhere (console sockets included). */
export const endSessions = procedure('users.manage')
  .input(userIdInput)
  .mutation(async ({ ctx, input }) => ({ ended: await ctx.app.accounts.endAllSessions(input.id, 'ended-by-admin', actorOf(ctx)) }));
