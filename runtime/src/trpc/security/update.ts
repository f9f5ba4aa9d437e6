import { securitySettingsSchema } from '../../accounts/security-settings-store.js';
import { actorOf } from '../account/actor-of.js';
import { procedure } from '../trpc.js';

/** Password policy, 2FA per role and session timeouts; changes apply to the next request. */
export const updateSecuritySettings = procedure('settings.manage')
  .input(securitySettingsSchema.partial().strict())
  .mutation(({ ctx, input }) => ctx.app.accounts.securitySettings.update(input, actorOf(ctx)));
