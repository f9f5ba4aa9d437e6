import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { NodeCatalogEntry } from '../catalog.js';
import { canonicalJson } from '../canonical-json.js';
import { createAjv } from './create-ajv.js';

export type CompiledConfig = { ok: true; validate: ValidateFunction } | { ok: false; detail: string };

interface CacheEntry {
  schema: object;
  canonical: string;
  compiled: CompiledConfig;
}

const ajv = createAjv();
const cache = new Map<string, CacheEntry>();

/**
 * The validator of a node type's config schema, compiled once per type+version.
 * A catalog re-fetched by the editor holds equal but new schema objects, so a cached
 * entry is reused when the schema is the same object or has the same content. A
 * schema ajv rejects is reported (plugin authors need to know), never thrown.
 */
export function configValidator(entry: NodeCatalogEntry): CompiledConfig {
  const key = `${entry.type}@${entry.typeVersion}`;
  const cached = cache.get(key);
  if (cached !== undefined && cached.schema === entry.configSchema) return cached.compiled;
  const canonical = canonicalJson(entry.configSchema);
  if (cached !== undefined && cached.canonical === canonical) {
    cached.schema = entry.configSchema;
    return cached.compiled;
  }
  let compiled: CompiledConfig;
  try {
    // Compile a copy without $id so two versions of a plugin schema cannot collide in ajv's registry.
    const { $id: _ignored, ...schema } = entry.configSchema;
    compiled = { ok: true, validate: ajv.compile(schema) };
  } catch (error) {
    compiled = { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  cache.set(key, { schema: entry.configSchema, canonical, compiled });
  return compiled;
}
