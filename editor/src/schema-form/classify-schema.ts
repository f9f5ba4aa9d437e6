import type { JsonSchema } from '@kefu/schemas';
import { isRecord } from './json-pointer';
import { readHints } from './ui-hints';
import { objectVariants, type ObjectVariants } from './object-variants';
import { resolveSchema } from './resolve-schema';

/** What the form renders for a schema. Anything it does not understand becomes `json`. */
export type FieldKind =
  | { kind: 'object' }
  | { kind: 'string'; format?: string }
  | { kind: 'enum'; options: readonly (string | number | boolean)[] }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'scalar'; types: readonly ScalarType[] }
  | { kind: 'string-list'; items: JsonSchema }
  | { kind: 'object-list'; items: JsonSchema }
  | { kind: 'variants'; variants: ObjectVariants }
  | { kind: 'hidden' }
  | { kind: 'json' };

export type ScalarType = 'string' | 'number' | 'integer' | 'boolean';
const SCALARS: readonly string[] = ['string', 'number', 'integer', 'boolean'];

export function schemaTypes(schema: JsonSchema): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.filter((type): type is string => typeof type === 'string');
  if (isRecord(schema.properties)) return ['object'];
  if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map((option) => typeof option))];
  return [];
}

export function classifySchema(schema: JsonSchema, root: JsonSchema): FieldKind {
  if (readHints(schema, 'en').widget === 'hidden') return { kind: 'hidden' };
  const variants = objectVariants(schema, root);
  if (variants !== null) return { kind: 'variants', variants };
  if (Array.isArray(schema.enum) && schema.enum.every(isScalar)) return { kind: 'enum', options: schema.enum };
  const types = schemaTypes(schema).filter((type) => type !== 'null');
  if (types.length > 1 && types.every((type) => SCALARS.includes(type))) return { kind: 'scalar', types: types as ScalarType[] };
  switch (types.length === 1 ? types[0] : undefined) {
    case 'object':
      return { kind: 'object' };
    case 'string':
      return typeof schema.format === 'string' ? { kind: 'string', format: schema.format } : { kind: 'string' };
    case 'number':
      return { kind: 'number', integer: false };
    case 'integer':
      return { kind: 'number', integer: true };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array':
      return classifyArray(resolveSchema(schema.items, root));
    default:
      return { kind: 'json' };
  }
}

function classifyArray(items: JsonSchema): FieldKind {
  const types = schemaTypes(items);
  if (types.length === 1 && types[0] === 'string' && !Array.isArray(items.enum)) return { kind: 'string-list', items };
  if (types.length === 1 && types[0] === 'object') return { kind: 'object-list', items };
  return { kind: 'json' };
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
