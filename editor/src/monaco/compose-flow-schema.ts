import type { JsonSchema, NodeCatalogEntry } from '@kefu/schemas';

/**
 * The flow schema for the JSON view, with each node's `config` checked by its type's
 * config schema: one `if type is T then config is <T's schema>` per catalog entry
 * added to the node definition. Config schemas' own `$defs` are hoisted under unique
 * names (and their `$ref`s rewritten) because they now live inside another document.
 */
export function composeFlowSchema(flowSchema: JsonSchema, catalog: readonly NodeCatalogEntry[]): JsonSchema {
  const { $schema: _dialect, $id: _id, ...base } = flowSchema;
  const defs: Record<string, unknown> = { ...(asRecord(base.$defs) ?? {}) };
  const node = asRecord(defs.node) ?? {};
  const conditions = catalog.map((entry, index) => {
    const prefix = `config${index}_`;
    const { $schema: _s, $id: _i, $defs: ownDefs, ...config } = entry.configSchema;
    for (const [name, def] of Object.entries(asRecord(ownDefs) ?? {})) defs[prefix + name] = rewriteRefs(def, prefix);
    return {
      if: { properties: { type: { const: entry.type } }, required: ['type'] },
      then: { properties: { config: rewriteRefs(config, prefix) } },
    };
  });
  defs.node = { ...node, allOf: [...(Array.isArray(node.allOf) ? node.allOf : []), ...conditions] };
  return { ...base, $defs: defs };
}

function rewriteRefs(schema: unknown, prefix: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => rewriteRefs(item, prefix));
  const record = asRecord(schema);
  if (record === undefined) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/') ? `#/$defs/${prefix}${value.slice('#/$defs/'.length)}` : rewriteRefs(value, prefix);
  }
  return out;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
