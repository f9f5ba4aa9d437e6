import type { JsonSchema } from '@kefu/schemas';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The empty value of a required field, by its declared type. */
function emptyValue(schema: Record<string, unknown>): unknown {
  if (schema.const !== undefined) return structuredClone(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return structuredClone(schema.enum[0]);
  switch (schema.type) {
    case 'string':
      return '';
    case 'number':
    case 'integer':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return defaultConfig(schema as JsonSchema);
    default:
      return null;
  }
}

/**
 * The config a node starts with when it is dropped on the canvas: every property's
 * schema `default`, plus an empty value for each required property without one, so
 * the form shows the fields to fill and the problems panel names what is missing.
 */
export function defaultConfig(schema: JsonSchema | undefined): Record<string, unknown> {
  if (!schema || schema.default !== undefined) return isRecord(schema?.default) ? structuredClone(schema.default) : {};
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : []);
  const config: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isRecord(property)) continue;
    if (property.default !== undefined) config[name] = structuredClone(property.default);
    else if (required.has(name)) config[name] = emptyValue(property);
  }
  return config;
}
