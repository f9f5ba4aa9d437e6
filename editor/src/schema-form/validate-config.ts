import { formatProblem, validateFlow, type Locale, type NodeCatalogEntry } from '@kefu/schemas';
import { appendPointer } from './json-pointer';
import type { FormProblem } from './form-problem';

const CONFIG_PATH = '/nodes/0/config';

/**
 * Checks one node's config as you type with the same rules as publishing: the type's
 * config schema (ajv) and the semantic field checks (expressions parse, variables are
 * declared). The config is placed in a one-node flow and only the problems inside its
 * config are kept, so the messages are exactly the ones the problems panel shows.
 */
export function validateConfig(entry: NodeCatalogEntry, config: unknown, variables: readonly string[], locale: Locale): FormProblem[] {
  const flow = {
    schemaVersion: 1,
    id: 'form',
    name: 'form',
    locale,
    variables: variables.map((name) => ({ name, type: 'any' })),
    startNodeId: 'node',
    nodes: [{ id: 'node', type: entry.type, typeVersion: entry.typeVersion, position: { x: 0, y: 0 }, config }],
    edges: [],
  };
  const { problems } = validateFlow(flow, [entry]);
  const found: FormProblem[] = [];
  for (const problem of problems) {
    if (problem.path !== CONFIG_PATH && !problem.path.startsWith(`${CONFIG_PATH}/`)) continue;
    let pointer = problem.path.slice(CONFIG_PATH.length);
    // A missing required field is reported at its parent object; show it at the field itself.
    if (problem.code === 'KEFU_SCHEMA_REQUIRED' && typeof problem.params?.field === 'string') pointer = appendPointer(pointer, problem.params.field);
    found.push({ pointer, message: formatProblem(problem, locale) });
  }
  return found;
}
