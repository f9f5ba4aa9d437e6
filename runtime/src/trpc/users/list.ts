import { procedure } from '../trpc.js';

export const listUsers = procedure('users.manage').query(({ ctx }) => ctx.app.accounts.listUsers());
