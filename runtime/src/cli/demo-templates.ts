/**
 * The demo: the starter templates of `<repo>/templates` published as one version, and
 * the sample knowledge bases their FAQ flows answer from. `serve --demo` and `seed` use
 * it; `serve --demo` only on a database with no version.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundleSettings, FlowDocument, Locale } from '@kefu/schemas';
import type { AppContext, BundleVersionSummary } from '../app/app-context.js';
import { auditedPublish } from '../audit/audited-publishing.js';
import { KefuError } from '../errors.js';
import { cliActor } from './cli-actor.js';
import { readJsonFile } from './read-json-file.js';

/** `<repo>/templates`, the same relative place from `src/cli` and `dist/cli`. */
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates');

export const DEMO_MESSAGE = 'Demo templates';

/**
 * The knowledge bases the FAQ templates name (`kb` in their kb-answer nodes), one per
 * language: `default` is the Chinese one the KB migration creates, English gets its own.
 */
export const DEMO_KNOWLEDGE_BASES: readonly { name: string; title: string; locale: Locale; file: string }[] = [
  { name: 'default', title: '示例常见问题（客服商城）', locale: 'zh-CN', file: 'kb/sample.zh-CN.jsonl' },
  { name: 'default-en', title: 'Sample FAQ (Kefu Shop)', locale: 'en', file: 'kb/sample.en.jsonl' },
];

export interface SeededKnowledgeBase {
  name: string;
  /** Articles imported now; 0 when the knowledge base already had articles (left alone). */
  imported: number;
}

/**
 * Fills each demo knowledge base from its sample file when it is missing or empty; one
 * that already has articles is never touched, so re-seeding keeps a maintainer's edits.
 */
export async function seedDemoKnowledgeBases(app: Pick<AppContext, 'kb'>, templatesDir = TEMPLATES_DIR): Promise<SeededKnowledgeBase[]> {
  const existing = new Map((await app.kb.listBases()).map((base) => [base.name, base]));
  const seeded: SeededKnowledgeBase[] = [];
  for (const sample of DEMO_KNOWLEDGE_BASES) {
    const base = existing.get(sample.name) ?? (await app.kb.createBase({ name: sample.name, title: sample.title, locale: sample.locale }));
    if (base.articleCount > 0) {
      seeded.push({ name: sample.name, imported: 0 });
      continue;
    }
    const content = await readFile(join(templatesDir, sample.file));
    const report = await app.kb.importArticles(sample.name, 'jsonl', content, { author: 'kefu' });
    if (!report.ok) {
      const first = report.problems[0];
      throw new KefuError('KEFU_ERR_CONFIG_INVALID', `${sample.file}: row ${first?.row ?? '?'}: ${first?.message ?? 'cannot be imported'}`);
    }
    seeded.push({ name: sample.name, imported: report.created });
  }
  return seeded;
}

/** Seeds the sample knowledge bases, then publishes every template flow, audited as the built-in `kefu` operator. */
export async function publishDemoTemplates(
  app: Pick<AppContext, 'publishing' | 'audit' | 'kb'>,
  templatesDir = TEMPLATES_DIR,
): Promise<BundleVersionSummary & { knowledgeBases: SeededKnowledgeBase[] }> {
  const knowledgeBases = await seedDemoKnowledgeBases(app, templatesDir);
  const flowsDir = join(templatesDir, 'flows');
  const names = (await readdir(flowsDir)).filter((name) => name.endsWith('.json')).sort();
  const flows = (await Promise.all(names.map((name) => readJsonFile(join(flowsDir, name))))) as FlowDocument[];
  const settings = (await readJsonFile(join(templatesDir, 'settings.json'))) as BundleSettings;
  const published = await auditedPublish(app, { flows, settings, message: DEMO_MESSAGE, author: 'kefu', replace: true }, cliActor('kefu'));
  return { ...published, knowledgeBases };
}
