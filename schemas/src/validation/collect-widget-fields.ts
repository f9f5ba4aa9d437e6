import type { JsonSchema, UiHints } from '../catalog.js';
import { pointerSegment } from './problem.js';

export interface WidgetField {
  widget: NonNullable<UiHints['widget']>;
  /** JSON Pointer relative to the config, e.g. `/branches/0/when`. */
  pointer: string;
  value: unknown;
  /** The property's `minLength`, when it has one (an empty value is then the schema's problem). */
  minLength?: number;
}

/**
 * Walks a node's config alongside its config schema and returns every value whose
 * schema property carries an `x-ui.widget` hint (template, expression, variable,
 * flow…). Follows `properties`, `items`, `additionalProperties`, local `$ref`s and
 * the alternatives of `anyOf`/`oneOf`/`allOf`, so hints on nested fields count too.
 */
export function collectWidgetFields(config: unknown, configSchema: JsonSchema): WidgetField[] {
  const fields: WidgetField[] = [];
  const seen = new Set<string>();
  walk(config, configSchema, configSchema, '', fields, seen, 0);
  return fields;
}

function walk(value: unknown, schema: unknown, root: JsonSchema, pointer: string, fields: WidgetField[], seen: Set<string>, depth: number): void {
  if (!isObject(schema) || depth > 32 || value === undefined) return;
  const resolved = resolveRef(schema, root);
  const hints = resolved['x-ui'];
  if (isObject(hints) && typeof hints.widget === 'string') {
    const key = `${pointer}\u0000${hints.widget}`;
    if (!seen.has(key)) {
      seen.add(key);
      fields.push({ widget: hints.widget as WidgetField['widget'], pointer, value, ...(typeof resolved.minLength === 'number' ? { minLength: resolved.minLength } : {}) });
    }
  }
  for (const combinator of ['anyOf', 'oneOf', 'allOf'] as const) {
    const alternatives = resolved[combinator];
    if (Array.isArray(alternatives)) for (const alt of alternatives) walk(value, alt, root, pointer, fields, seen, depth + 1);
  }
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => walk(item, resolved.items, root, `${pointer}/${i}`, fields, seen, depth + 1));
    return;
  }
  if (!isObject(value)) return;
  const properties = isObject(resolved.properties) ? resolved.properties : {};
  for (const [name, item] of Object.entries(value)) {
    const propertySchema = Object.hasOwn(properties, name) ? properties[name] : resolved.additionalProperties;
    walk(item, propertySchema, root, `${pointer}/${pointerSegment(name)}`, fields, seen, depth + 1);
  }
}

function resolveRef(schema: Record<string, unknown>, root: JsonSchema): Record<string, unknown> {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 16; hops++) {
    const target = current.$ref.startsWith('#') ? followPointer(root, current.$ref.slice(1)) : undefined;
    if (!isObject(target)) return current;
    // Keywords beside a $ref (e.g. x-ui) apply too; the local ones win.
    const { $ref: _ref, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return current;
}

function followPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let current: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(current) || !Object.hasOwn(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
