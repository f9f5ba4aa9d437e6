import type { FlowDocument, Locale, NodeCatalogEntry } from '@kefu/schemas';

/** Nodes whose id, label, type title or config text contain `query` (case-insensitive), best first. */
export function findNodes(document: FlowDocument, catalog: readonly NodeCatalogEntry[], query: string, locale: Locale): string[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [];
  const titles = new Map(catalog.map((entry) => [entry.type, entry.title[locale]]));
  const scored = document.nodes.flatMap((node) => {
    const id = node.id.toLowerCase();
    const named = [node.label ?? '', titles.get(node.type) ?? node.type].join('\n').toLowerCase();
    const score = id === needle ? 0 : id.includes(needle) ? 1 : named.includes(needle) ? 2 : JSON.stringify(node.config).toLowerCase().includes(needle) ? 3 : -1;
    return score === -1 ? [] : [{ id: node.id, score }];
  });
  return scored.sort((a, b) => a.score - b.score).map((entry) => entry.id);
}
