import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { NodeCatalogEntry } from '../catalog.js';
import { nodeDefinitionSchema } from '../schemas.js';
import { ajvErrorsToProblems } from './ajv-errors-to-problems.js';
import { configValidator } from './config-validators.js';
import { createAjv } from './create-ajv.js';
import { makeProblem } from './make-problem.js';
import { toValidationResult, type Problem, type ValidationResult } from './problem.js';

let compiled: ValidateFunction | null = null;

/**
 * Checks a node type's definition the way the runtime does before it offers a plugin's
 * node to anyone: the shape of the catalog entry, then what the shape cannot say — the
 * config schema compiles and is closed, ports are unique and leave `error` implicit.
 * Each problem points into the definition (`/ports/1/name`, `/configSchema`).
 */
export function validateNodeDefinition(definition: unknown): ValidationResult {
  compiled ??= createAjv().compile(nodeDefinitionSchema);
  const shapeProblems = compiled(definition) ? [] : ajvErrorsToProblems(compiled.errors);
  const entry = definition as NodeCatalogEntry;
  // The config schema is checked even when the rest is wrong, so one run reports everything.
  const schema: unknown = definition !== null && typeof definition === 'object' ? entry.configSchema : undefined;
  const configProblems = schema !== null && typeof schema === 'object' && !Array.isArray(schema) ? configSchemaProblems(entry) : [];
  return toValidationResult([...shapeProblems, ...(shapeProblems.length === 0 ? portProblems(entry) : []), ...configProblems]);
}

function portProblems(entry: NodeCatalogEntry): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, number>();
  entry.ports.forEach((port, index) => {
    const path = `/ports/${index}/name`;
    if (port.name === 'error') problems.push(makeProblem('error', 'KEFU_NODE_PORT_RESERVED', path));
    const earlier = first.get(port.name);
    if (earlier !== undefined) problems.push(makeProblem('error', 'KEFU_NODE_PORT_DUPLICATE', path, { name: port.name, firstIndex: earlier }));
    else first.set(port.name, index);
  });
  return problems;
}

function configSchemaProblems(entry: NodeCatalogEntry): Problem[] {
  const schema = entry.configSchema;
  if (schema.type !== 'object') return [makeProblem('error', 'KEFU_NODE_CONFIG_NOT_OBJECT', '/configSchema/type')];
  if (schema.additionalProperties !== false) return [makeProblem('error', 'KEFU_NODE_CONFIG_NOT_CLOSED', '/configSchema/additionalProperties')];
  const result = configValidator(entry);
  return result.ok ? [] : [makeProblem('error', 'KEFU_NODE_CONFIG_SCHEMA_INVALID', '/configSchema', { detail: result.detail })];
}
