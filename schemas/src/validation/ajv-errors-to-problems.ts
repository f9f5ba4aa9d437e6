import type { ErrorObject } from 'ajv/dist/2020.js';
import { closestName } from './closest-name.js';
import { makeProblem } from './make-problem.js';
import { pointerSegment, type Problem } from './problem.js';
import { pruneAlternatives } from './prune-alternatives.js';

const RANGE_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']);
const COMPARISON_SYMBOLS: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };

/**
 * Turns ajv's errors into problems a business user can read, each at its JSON Pointer:
 * `prefix` is where the validated value sits in the whole document (e.g. a node's
 * `/nodes/3/config`). Duplicates (same place, same message) are reported once.
 */
export function ajvErrorsToProblems(
  errors: readonly ErrorObject[] | null | undefined,
  prefix = '',
  extra: Pick<Problem, 'flowId' | 'nodeId'> = {},
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const pruned = pruneAlternatives(errors ?? []);
  // A wrong type already says what is expected (with the bounds), so range errors on it are noise.
  const wrongType = new Set(pruned.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
  for (const error of pruned) {
    if (RANGE_KEYWORDS.has(error.keyword) && wrongType.has(error.instancePath)) continue;
    const { code, params, path } = describe(error);
    const problem = makeProblem('error', code, prefix + path, params, extra);
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

interface Described {
  code: string;
  params: Record<string, string | number>;
  path: string;
}

function describe(error: ErrorObject): Described {
  const path = error.instancePath;
  const schema = error.parentSchema ?? {};
  const isInteger = schema.type === 'integer';
  switch (error.keyword) {
    case 'required':
      return { code: 'KEFU_SCHEMA_REQUIRED', params: { field: String(error.params.missingProperty) }, path };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const field = String(error.params.additionalProperty ?? error.params.unevaluatedProperty);
      const known = schema.properties !== null && typeof schema.properties === 'object' ? Object.keys(schema.properties) : [];
      const suggestion = closestName(field, known);
      return { code: 'KEFU_SCHEMA_UNKNOWN_FIELD', params: suggestion === undefined ? { field } : { field, suggestion }, path };
    }
    case 'type': {
      const params: Record<string, string | number> = { expected: String(error.params.type) };
      if (isInteger && typeof schema.minimum === 'number') params.minimum = schema.minimum;
      if (isInteger && typeof schema.maximum === 'number') params.maximum = schema.maximum;
      return { code: 'KEFU_SCHEMA_TYPE', params, path };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        code: 'KEFU_SCHEMA_RANGE',
        params: { comparison: COMPARISON_SYMBOLS[String(error.params.comparison)] ?? String(error.params.comparison), limit: Number(error.params.limit), integer: isInteger ? 1 : 0 },
        path,
      };
    case 'multipleOf':
      return { code: 'KEFU_SCHEMA_MULTIPLE_OF', params: { multipleOf: Number(error.params.multipleOf) }, path };
    case 'minLength':
      return Number(error.params.limit) === 1
        ? { code: 'KEFU_SCHEMA_NOT_EMPTY', params: {}, path }
        : { code: 'KEFU_SCHEMA_MIN_LENGTH', params: { limit: Number(error.params.limit) }, path };
    case 'maxLength':
      return { code: 'KEFU_SCHEMA_MAX_LENGTH', params: { limit: Number(error.params.limit) }, path };
    case 'pattern': {
      const params: Record<string, string | number> = { pattern: String(error.params.pattern) };
      // A schema's description of the format reads better than a regular expression:
      // its own, else the editor hint's (plugin schemas often carry only that one).
      const ui = (schema['x-ui'] as { description?: Record<string, unknown> } | undefined)?.description;
      const hint = typeof schema.description === 'string' ? schema.description : typeof ui?.en === 'string' ? ui.en : undefined;
      if (hint !== undefined) params.hint = hint;
      if (typeof ui?.['zh-CN'] === 'string') params.hintZh = ui['zh-CN'];
      return { code: 'KEFU_SCHEMA_PATTERN', params, path };
    }
    case 'format':
      return { code: 'KEFU_SCHEMA_FORMAT', params: { format: String(error.params.format) }, path };
    case 'enum':
      return { code: 'KEFU_SCHEMA_ENUM', params: { allowed: listValues(error.params.allowedValues) }, path };
    case 'const':
      return { code: 'KEFU_SCHEMA_CONST', params: { allowed: JSON.stringify(error.params.allowedValue) }, path };
    case 'minItems':
      return { code: 'KEFU_SCHEMA_MIN_ITEMS', params: { limit: Number(error.params.limit) }, path };
    case 'maxItems':
      return { code: 'KEFU_SCHEMA_MAX_ITEMS', params: { limit: Number(error.params.limit) }, path };
    case 'uniqueItems':
      return { code: 'KEFU_SCHEMA_UNIQUE_ITEMS', params: { first: Number(error.params.j), second: Number(error.params.i) }, path };
    case 'minProperties':
      return { code: 'KEFU_SCHEMA_MIN_PROPERTIES', params: { limit: Number(error.params.limit) }, path };
    case 'maxProperties':
      return { code: 'KEFU_SCHEMA_MAX_PROPERTIES', params: { limit: Number(error.params.limit) }, path };
    case 'propertyNames': {
      const field = String(error.params.propertyName);
      const names = schema.propertyNames as { enum?: unknown } | undefined;
      const params: Record<string, string | number> = { field };
      if (Array.isArray(names?.enum)) params.allowed = names.enum.map(String).join(', ');
      return { code: 'KEFU_SCHEMA_PROPERTY_NAME', params, path: `${path}/${pointerSegment(field)}` };
    }
    default:
      return { code: 'KEFU_SCHEMA_INVALID', params: { detail: error.message ?? error.keyword }, path };
  }
}

function listValues(values: unknown): string {
  return Array.isArray(values) ? values.map((value) => JSON.stringify(value)).join(', ') : String(values);
}
