import { z } from 'zod';
import { actorOf } from '../account/actor-of.js';
import { procedure } from '../trpc.js';
import { rolesInput, skillGroupsInput, userIdInput } from './inputs.js';

/** Name, roles and skill groups; role changes take effect on the user's next request. */
export const updateUser = procedure('users.manage')
  .input(userIdInput.extend({ displayName: z.string().min(1).max(200).optional(), roles: rolesInput.optional(), skillGroups: skillGroupsInput.optional() }))
  .mutation(({ ctx, input }) => {
    const { id, ...patch } = input;
    return ctx.app.accounts.updateUser(id, patch, actorOf(ctx));
  });
