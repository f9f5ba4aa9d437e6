/**
 * The starter templates of `<repo>/templates`, read at call time from `index.json`
 * and the flow files it names, so a template added to the folder shows in the
 * gallery without a restart. Both `src/` and `dist/` find the folder through
 * TEMPLATES_DIR (the demo publish reads the same place).
 */
import { join, normalize, sep } from 'node:path';
import type { FlowDocument, LocalizedText } from '@kefu/schemas';
import { z } from 'zod';
import { TEMPLATES_DIR } from '../../cli/demo-templates.js';
import { readJsonFile } from '../../cli/read-json-file.js';
import { KefuError } from '../../errors.js';

const localized = z.object({ en: z.string(), 'zh-CN': z.string() });

const indexSchema = z.object({
  templates: z.array(
    z.object({
      id: z.string(),
      title: localized,
      description: localized,
      category: z.string(),
      flows: z.record(z.string(), z.string()),
      requires: z.array(z.string()).optional(),
    }),
  ),
  categories: z.record(z.string(), localized).optional(),
});

export interface TemplateSummary {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  category: string;
  /** The category's title, or the category id in both languages when the index has none. */
  categoryTitle: LocalizedText;
  /** Languages the template has a flow for. */
  locales: string[];
  /** Other templates whose flows this one calls as sub-flows. */
  requires: string[];
}

async function readIndex(dir: string): Promise<z.infer<typeof indexSchema>> {
  const parsed = indexSchema.safeParse(await readJsonFile(join(dir, 'index.json')));
  if (!parsed.success) throw new KefuError('KEFU_ERR_CONFIG_INVALID', `templates/index.json is not valid: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

export async function listTemplates(dir = TEMPLATES_DIR): Promise<TemplateSummary[]> {
  const index = await readIndex(dir);
  return index.templates.map((template) => ({
    id: template.id,
    title: template.title,
    description: template.description,
    category: template.category,
    categoryTitle: index.categories?.[template.category] ?? { en: template.category, 'zh-CN': template.category },
    locales: Object.keys(template.flows),
    requires: template.requires ?? [],
  }));
}

/** The template's flow in `locale`; NOT_FOUND (with the input's path) when either is unknown. */
export async function readTemplateFlow(templateId: string, locale: string, dir = TEMPLATES_DIR): Promise<FlowDocument> {
  const index = await readIndex(dir);
  const template = index.templates.find((candidate) => candidate.id === templateId);
  if (!template) throw new KefuError('KEFU_ERR_NOT_FOUND', `There is no template "${templateId}".`, { path: '/templateId' });
  const file = template.flows[locale];
  if (file === undefined) {
    throw new KefuError('KEFU_ERR_NOT_FOUND', `Template "${templateId}" has no ${locale} flow.`, { path: '/locale' });
  }
  // The index is ours, but a path leaving the folder is still refused.
  const path = normalize(join(dir, file));
  if (!path.startsWith(normalize(dir) + sep)) throw new KefuError('KEFU_ERR_CONFIG_INVALID', `templates/index.json: "${file}" is outside the templates folder.`);
  return (await readJsonFile(path)) as FlowDocument;
}
