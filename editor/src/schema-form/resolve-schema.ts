import type { JsonSchema } from '@kefu/schemas';
import { isRecord } from './json-pointer';

/** Follows local `$ref`s (`#/$defs/x`); keywords beside a `$ref` win over the target's. */
export function resolveSchema(schema: unknown, root: JsonSchema): JsonSchema {
  let current: JsonSchema = isRecord(schema) ? schema : {};
  for (let hops = 0; typeof current.$ref === 'string' && hops < 16; hops++) {
    const target = current.$ref.startsWith('#/') ? followRef(root, current.$ref) : undefined;
    if (!isRecord(target)) return current;
    const { $ref: _ref, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return current;
}

function followRef(root: JsonSchema, ref: string): unknown {
  let current: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isRecord(current) || !Object.hasOwn(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}
