import { z } from 'zod';
import { actorOf } from '../account/actor-of.js';
import { procedure } from '../trpc.js';
import { rolesInput, skillGroupsInput } from './inputs.js';

/**
 * Creates a user. Without `password` a temporary one is generated and returned once;
 * either way the user must change it at first login.
 */
export const createUser = procedure('users.manage')
  .input(
    z.object({
      username: z.string().min(1).max(64),
      displayName: z.string().min(1).max(200).optional(),
      roles: rolesInput,
      skillGroups: skillGroupsInput.default([]),
      password: z.string().max(1024).optional(),
    }),
  )
  .mutation(({ ctx, input }) => ctx.app.accounts.createUser({ ...input, mustChangePassword: true }, actorOf(ctx)));
