import { canonicalJson } from '@kefu/schemas';
import { procedure } from '../trpc.js';

/** How many versions the history lists changes for (each is a whole bundle to load). */
const HISTORY_LIMIT = 100;

export interface VersionFlowChanges {
  version: number;
  added: string[];
  removed: string[];
  changed: string[];
}

/**
 * For each of the newest versions, which flows it added, removed or changed compared
 * with the version before it (a rollback is compared with its predecessor too, so it
 * shows what it undid).
 */
export const versionChanges = procedure('flows.view').query(async ({ ctx }) => {
  const { publishing } = ctx.app;
  const summaries = (await publishing.listVersions()).slice(0, HISTORY_LIMIT + 1);
  const bundles = new Map<number, Map<string, string>>();
  for (const { version } of summaries) {
    const published = await publishing.getVersion(version);
    bundles.set(version, new Map((published?.bundle.flows ?? []).map((flow) => [flow.id, canonicalJson(flow)])));
  }
  const result: VersionFlowChanges[] = [];
  for (const { version } of summaries.slice(0, HISTORY_LIMIT)) {
    const now = bundles.get(version) ?? new Map<string, string>();
    const before = bundles.get(version - 1) ?? new Map<string, string>();
    result.push({
      version,
      added: [...now.keys()].filter((id) => !before.has(id)).sort(),
      removed: [...before.keys()].filter((id) => !now.has(id)).sort(),
      changed: [...now.keys()].filter((id) => before.has(id) && before.get(id) !== now.get(id)).sort(),
    });
  }
  return result;
});
