import type { JsonSchema } from '@kefu/schemas';
import { isRecord } from './json-pointer';
import { resolveSchema } from './resolve-schema';

/**
 * A `oneOf`/`anyOf` of objects told apart by one property holding a `const` in each
 * alternative (`{ kind: { const: 'email' } }`): the form shows a select of that
 * property and the chosen alternative's other fields.
 */
export interface ObjectVariants {
  discriminator: string;
  options: readonly VariantOption[];
}

export interface VariantOption {
  value: string | number | boolean;
  schema: JsonSchema;
}

export function objectVariants(schema: JsonSchema, root: JsonSchema): ObjectVariants | null {
  const alternatives = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : null;
  if (alternatives === null || alternatives.length === 0) return null;
  const resolved = alternatives.map((alternative) => resolveSchema(alternative, root));
  const candidates = Object.keys(propertiesOf(resolved[0] ?? {}));
  for (const name of candidates) {
    const values = resolved.map((alternative) => constOf(propertiesOf(alternative)[name]));
    if (values.some((value) => value === undefined)) continue;
    if (new Set(values).size !== values.length) continue;
    return {
      discriminator: name,
      options: resolved.map((alternative, i) => ({ value: values[i] as string | number | boolean, schema: mergeParent(schema, alternative) })),
    };
  }
  return null;
}

/** The alternative whose discriminator matches the value's, else the first. */
export function selectVariant(variants: ObjectVariants, value: unknown): VariantOption {
  const current = isRecord(value) ? value[variants.discriminator] : undefined;
  return variants.options.find((option) => option.value === current) ?? (variants.options[0] as VariantOption);
}

function propertiesOf(schema: JsonSchema): Record<string, unknown> {
  return isRecord(schema.properties) ? schema.properties : {};
}

function constOf(schema: unknown): string | number | boolean | undefined {
  if (!isRecord(schema)) return undefined;
  const value = schema.const ?? (Array.isArray(schema.enum) && schema.enum.length === 1 ? schema.enum[0] : undefined);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

/** Properties declared beside the `oneOf` apply to every alternative. */
function mergeParent(parent: JsonSchema, alternative: JsonSchema): JsonSchema {
  const properties = { ...propertiesOf(parent), ...propertiesOf(alternative) };
  const required = [...new Set([...stringList(parent.required), ...stringList(alternative.required)])];
  return { ...alternative, type: 'object', properties, required };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
