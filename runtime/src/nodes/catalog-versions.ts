import type { NodeCatalogEntry } from '@kefu/schemas';

/** The `{ type: typeVersion }` map frozen into a bundle. */
export function catalogVersions(catalog: readonly NodeCatalogEntry[]): Record<string, number> {
  return Object.fromEntries(catalog.map((entry) => [entry.type, entry.typeVersion]));
}
