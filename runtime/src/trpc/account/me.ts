import { TRPCError } from '@trpc/server';
import { permissionsOf } from '../../auth/permissions.js';
import { procedure } from '../trpc.js';

/** Who I am and what I may do; the console builds its navigation from `permissions`. */
export const me = procedure('account.self', { allowWhilePasswordExpired: true }).query(async ({ ctx }) => {
  const user = await ctx.app.accounts.getUser(ctx.principal.id);
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Log in to continue.' });
  return { user, permissions: permissionsOf(user.roles) };
});
