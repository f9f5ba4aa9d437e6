import { procedure } from '../trpc.js';

/** Every published version, newest first, with author, message, hash and rollback origin. */
export const listVersions = procedure('flows.view').query(({ ctx }) => ctx.app.publishing.listVersions());
