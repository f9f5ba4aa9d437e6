import { procedure } from '../trpc.js';

/** Every node type the runtime knows (built-in and plugins): what the editor draws. */
export const listCatalog = procedure('flows.view').query(({ ctx }) => ctx.app.catalog);
