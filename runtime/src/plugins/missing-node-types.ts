import type { AppContext } from '../app/app-context.js';

/**
 * Node types the current published version uses that this instance cannot run (a
 * plugin removed from KEFU_PLUGINS, or not installed on this machine). Conversations
 * that reach such a node leave by its `error` port; the server says so at start.
 */
export async function missingNodeTypes(app: Pick<AppContext, 'publishing' | 'catalog'>): Promise<{ version: number; types: string[] } | null> {
  const version = await app.publishing.currentVersion();
  if (version === null) return null;
  const bundle = (await app.publishing.getVersion(version))?.bundle;
  if (!bundle) return null;
  const known = new Set(app.catalog.map((entry) => entry.type));
  const types = [...new Set(bundle.flows.flatMap((flow) => flow.nodes.map((node) => node.type)))].filter((type) => !known.has(type)).sort();
  return types.length > 0 ? { version, types } : null;
}
