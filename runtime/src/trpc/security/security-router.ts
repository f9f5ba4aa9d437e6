import { router } from '../trpc.js';
import { getSecuritySettings } from './get.js';
import { updateSecuritySettings } from './update.js';

/** Instance security settings: `settings.manage` (admins). */
export const securityRouter = router({ get: getSecuritySettings, update: updateSecuritySettings });
