/**
 * The demo's flows, read from templates/ (what `serve --demo` publishes), so the specs
 * check the console and the bot against the real documents rather than copied strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface TemplateFlow {
  id: string;
  name: string;
  locale: string;
  startNodeId: string;
  nodes: { id: string; type: string; config: Record<string, unknown> }[];
  edges: { id: string; source: string; sourcePort: string; target: string }[];
}

export function templateFlows(): TemplateFlow[] {
  const dir = join(templatesDir, 'flows');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as TemplateFlow);
}

/** The entry flow of a locale, as the demo settings name it. */
export function entryFlow(locale: 'en' | 'zh-CN'): TemplateFlow {
  const settings = JSON.parse(readFileSync(join(templatesDir, 'settings.json'), 'utf8')) as { entryFlows: Record<string, string> };
  const flow = templateFlows().find((candidate) => candidate.id === settings.entryFlows[locale]);
  if (!flow) throw new Error(`templates have no entry flow for ${locale}`);
  return flow;
}

export function nodeConfig(flow: TemplateFlow, nodeId: string): Record<string, unknown> {
  const node = flow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) throw new Error(`${flow.id} has no node ${nodeId}`);
  return node.config;
}
