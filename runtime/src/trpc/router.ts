/**
 * The console API. The editor imports `type AppRouter` from here and nothing else.
 * Each domain is a folder of small handler files; this file only names them.
 */
import { accountRouter } from './account/account-router.js';
import { exportAuditCsv } from './audit/export-csv.js';
import { listAudit } from './audit/list.js';
import { listCatalog } from './catalog/list.js';
import { getConversation } from './conversations/get.js';
import { listConversations } from './conversations/list.js';
import { eraseCustomer } from './customers/erase.js';
import { getCustomer } from './customers/get.js';
import { draftsRouter } from './drafts/drafts-router.js';
import { getDraft } from './flows/get-draft.js';
import { getFlow } from './flows/get.js';
import { kbRouter } from './kb/kb-router.js';
import { listFlows } from './flows/list.js';
import { publishFlow } from './flows/publish.js';
import { securityRouter } from './security/security-router.js';
import { simulatorRouter } from './simulator/simulator-router.js';
import { templatesRouter } from './templates/templates-router.js';
import { router } from './trpc.js';
import { usersRouter } from './users/users-router.js';
import { versionChanges } from './versions/changes.js';
import { diffVersions } from './versions/diff.js';
import { getVersion } from './versions/get.js';
import { listVersions } from './versions/list.js';
import { rollbackVersion } from './versions/rollback.js';

export const appRouter = router({
  catalog: router({ list: listCatalog }),
  flows: router({ list: listFlows, get: getFlow, getDraft, publish: publishFlow }),
  versions: router({ list: listVersions, get: getVersion, rollback: rollbackVersion, diff: diffVersions, changes: versionChanges }),
  simulator: simulatorRouter,
  audit: router({ list: listAudit, exportCsv: exportAuditCsv }),
  conversations: router({ list: listConversations, get: getConversation }),
  customers: router({ get: getCustomer, erase: eraseCustomer }),
  account: accountRouter,
  users: usersRouter,
  security: securityRouter,
  drafts: draftsRouter,
  templates: templatesRouter,
  kb: kbRouter,
});

export type AppRouter = typeof appRouter;
