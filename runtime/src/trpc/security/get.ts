import { procedure } from '../trpc.js';

export const getSecuritySettings = procedure('settings.manage').query(({ ctx }) => ctx.app.accounts.securitySettings.get());
