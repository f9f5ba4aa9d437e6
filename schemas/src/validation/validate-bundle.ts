import type { NodeCatalogEntry } from '../catalog.js';
import { collectWidgetFields } from './collect-widget-fields.js';
import { makeProblem } from './make-problem.js';
import { pointerSegment, toValidationResult, type Problem, type ValidationResult } from './problem.js';
import { readFlowShape } from './read-flow-shape.js';
import { validateFlow } from './validate-flow.js';
import { validateSettings } from './validate-settings.js';

/**
 * Validates everything that would be published together: each flow (paths prefixed
 * `/flows/<i>`), the settings (`/settings`), and what only the whole bundle can show:
 * repeated flow ids, sub-flow calls to flows that are not published, and entry flows
 * that are missing or in the wrong language.
 */
export function validateBundle(input: { flows: unknown[]; settings: unknown }, catalog: readonly NodeCatalogEntry[]): ValidationResult {
  const problems: Problem[] = [];
  const flows: unknown[] = Array.isArray(input?.flows) ? input.flows : [];
  if (!Array.isArray(input?.flows)) problems.push(makeProblem('error', 'KEFU_SCHEMA_TYPE', '/flows', { expected: 'array' }));

  const shapes = flows.map((flow) => readFlowShape(flow));
  flows.forEach((flow, i) => {
    for (const problem of validateFlow(flow, catalog).problems) problems.push({ ...problem, path: `/flows/${i}${problem.path}` });
  });
  for (const problem of validateSettings(input?.settings).problems) problems.push({ ...problem, path: `/settings${problem.path}` });

  const flowsById = new Map<string, { index: number; locale: unknown }>();
  shapes.forEach((shape, i) => {
    if (shape.id === null) return;
    const first = flowsById.get(shape.id);
    if (first !== undefined) {
      problems.push(makeProblem('error', 'KEFU_BUNDLE_DUPLICATE_FLOW_ID', `/flows/${i}/id`, { id: shape.id, firstIndex: first.index }, { flowId: shape.id }));
      return;
    }
    flowsById.set(shape.id, { index: i, locale: (flows[i] as { locale?: unknown }).locale });
  });

  const catalogByType = new Map(catalog.map((entry) => [entry.type, entry]));
  shapes.forEach((shape, i) => {
    for (const node of shape.nodes) {
      const entry = node.type === null ? undefined : catalogByType.get(node.type);
      if (entry === undefined) continue;
      for (const field of collectWidgetFields(node.config, entry.configSchema)) {
        if (field.widget !== 'flow' || typeof field.value !== 'string' || flowsById.has(field.value)) continue;
        const extra = shape.id === null ? { nodeId: node.id } : { nodeId: node.id, flowId: shape.id };
        problems.push(makeProblem('error', 'KEFU_BUNDLE_UNKNOWN_FLOW', `/flows/${i}/nodes/${node.index}/config${field.pointer}`, { id: field.value }, extra));
      }
    }
  });

  problems.push(...checkEntryFlows(input?.settings, flowsById));
  return toValidationResult(problems);
}

function checkEntryFlows(settings: unknown, flowsById: ReadonlyMap<string, { locale: unknown }>): Problem[] {
  if (settings === null || typeof settings !== 'object') return [];
  const { entryFlows, defaultLocale } = settings as { entryFlows?: unknown; defaultLocale?: unknown };
  const problems: Problem[] = [];
  const entries = entryFlows !== null && typeof entryFlows === 'object' && !Array.isArray(entryFlows) ? Object.entries(entryFlows) : [];
  for (const [locale, id] of entries) {
    if (typeof id !== 'string') continue;
    const path = `/settings/entryFlows/${pointerSegment(locale)}`;
    const flow = flowsById.get(id);
    if (flow === undefined) {
      problems.push(makeProblem('error', 'KEFU_BUNDLE_ENTRY_FLOW_MISSING', path, { locale, id }));
    } else if (flow.locale !== locale) {
      problems.push(makeProblem('error', 'KEFU_BUNDLE_ENTRY_FLOW_LOCALE', path, { locale, id, flowLocale: String(flow.locale) }));
    }
  }
  if (typeof defaultLocale === 'string' && !entries.some(([locale]) => locale === defaultLocale)) {
    problems.push(makeProblem('error', 'KEFU_BUNDLE_NO_DEFAULT_ENTRY', '/settings/defaultLocale', { locale: defaultLocale }));
  }
  return problems;
}
