import type { JsonSchema, NodeCatalogEntry } from '@kefu/schemas';

const entries = new WeakMap<JsonSchema, NodeCatalogEntry>();
let counter = 0;

/**
 * A stand-in catalog entry for validating a config against `schema` alone. One entry
 * per schema object, so the compiled validator is reused while the same node type's
 * form stays open.
 */
export function formCatalogEntry(schema: JsonSchema): NodeCatalogEntry {
  let entry = entries.get(schema);
  if (entry === undefined) {
    counter += 1;
    const title = { en: 'Form', 'zh-CN': '表单' };
    entry = { type: `form-${counter}`, typeVersion: 1, title, category: 'logic', icon: 'form', ports: [], waitsForInput: false, configSchema: schema };
    entries.set(schema, entry);
  }
  return entry;
}
