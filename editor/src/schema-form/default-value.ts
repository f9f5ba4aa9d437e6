import type { JsonSchema } from '@kefu/schemas';
import { classifySchema } from './classify-schema';
import { resolveSchema } from './resolve-schema';
import { isRecord } from './json-pointer';
import { selectVariant } from './object-variants';

/**
 * A new value for a schema, used when an item is added to a list or a variant is
 * chosen: the schema's `default`/`const` when it has one, else the smallest value that
 * fills the required fields (so a new button appears with its id and label inputs).
 * Optional fields are left out: a closed schema accepts their absence.
 */
export function defaultValue(schema: JsonSchema, root: JsonSchema, depth = 0): unknown {
  const resolved = resolveSchema(schema, root);
  if (resolved.default !== undefined) return structuredClone(resolved.default);
  if (resolved.const !== undefined) return structuredClone(resolved.const);
  if (depth > 16) return null;
  const kind = classifySchema(resolved, root);
  switch (kind.kind) {
    case 'object':
      return requiredDefaults(resolved, root, depth);
    case 'variants': {
      const option = selectVariant(kind.variants, undefined);
      return { ...(requiredDefaults(option.schema, root, depth) as object), [kind.variants.discriminator]: option.value };
    }
    case 'enum':
      return kind.options[0];
    case 'string':
      return '';
    case 'number':
      return typeof resolved.minimum === 'number' ? resolved.minimum : 0;
    case 'boolean':
      return false;
    case 'scalar':
      return '';
    case 'string-list':
    case 'object-list':
      return [];
    default:
      return null;
  }
}

function requiredDefaults(schema: JsonSchema, root: JsonSchema, depth: number): Record<string, unknown> {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  const value: Record<string, unknown> = {};
  for (const name of required) {
    if (typeof name !== 'string' || !Object.hasOwn(properties, name)) continue;
    value[name] = defaultValue(resolveSchema(properties[name], root), root, depth + 1);
  }
  return value;
}
