/**
 * The console API. The editor imports `type AppRouter` from here and nothing else.
 * Each domain is a folder of small handler files; this file only names them.
 */
import { listCatalog } from './catalog/list.js';
import { getDraft } from './flows/get-draft.js';
import { getFlow } from './flows/get.js';
import { listFlows } from './flows/list.js';
import { router } from './trpc.js';
import { getVersion } from './versions/get.js';
import { listVersions } from './versions/list.js';
import { rollbackVersion } from './versions/rollback.js';

export const appRouter = router({
  catalog: router({ list: listCatalog }),
  flows: router({ list: listFlows, get: getFlow, getDraft }),
  versions: router({ list: listVersions, get: getVersion, rollback: rollbackVersion }),
});

export type AppRouter = typeof appRouter;
