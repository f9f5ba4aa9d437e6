/**
 * The demo: the starter templates of `<repo>/templates` published as one version.
 * `serve --demo` and `seed` use it; `serve --demo` only on a database with no version.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundleSettings, FlowDocument } from '@kefu/schemas';
import type { AppContext, BundleVersionSummary } from '../app/app-context.js';
import { auditedPublish } from '../audit/audited-publishing.js';
import { cliActor } from './cli-actor.js';
import { readJsonFile } from './read-json-file.js';

/** `<repo>/templates`, the same relative place from `src/cli` and `dist/cli`. */
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates');

export const DEMO_MESSAGE = 'Demo templates';

/** Audited like every publish, as the built-in `kefu` operator. */
export async function publishDemoTemplates(app: Pick<AppContext, 'publishing' | 'audit'>, templatesDir = TEMPLATES_DIR): Promise<BundleVersionSummary> {
  const flowsDir = join(templatesDir, 'flows');
  const names = (await readdir(flowsDir)).filter((name) => name.endsWith('.json')).sort();
  const flows = (await Promise.all(names.map((name) => readJsonFile(join(flowsDir, name))))) as FlowDocument[];
  const settings = (await readJsonFile(join(templatesDir, 'settings.json'))) as BundleSettings;
  return auditedPublish(app, { flows, settings, message: DEMO_MESSAGE, author: 'kefu', replace: true }, cliActor('kefu'));
}
