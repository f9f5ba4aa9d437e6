import { z } from 'zod';
import { ROLES } from '../../auth/permissions.js';

export const userIdInput = z.object({ id: z.string().uuid('Not a valid user id.') });
export const rolesInput = z.array(z.enum(ROLES)).min(1, 'A user needs at least one role.').max(ROLES.length);
export const skillGroupsInput = z.array(z.string().min(1).max(64)).max(50);
