import type { Locale, NodeCatalogEntry, NodeCategory } from '@kefu/schemas';

/** Categories in the order a flow is usually built. */
const CATEGORY_ORDER: readonly NodeCategory[] = ['flow', 'message', 'input', 'logic', 'knowledge', 'handoff', 'integration'];

export interface PaletteGroup {
  category: NodeCategory;
  entries: NodeCatalogEntry[];
}

function matches(entry: NodeCatalogEntry, query: string, locale: Locale): boolean {
  if (query === '') return true;
  const haystack = [entry.type, entry.title.en, entry.title['zh-CN'], entry.description?.[locale] ?? ''].join('\n').toLowerCase();
  return haystack.includes(query);
}

/** The catalog grouped by category, filtered by a search over type, titles and description. */
export function paletteGroups(catalog: readonly NodeCatalogEntry[], search: string, locale: Locale): PaletteGroup[] {
  const query = search.trim().toLowerCase();
  const groups = new Map<NodeCategory, NodeCatalogEntry[]>();
  for (const entry of catalog) {
    if (!matches(entry, query, locale)) continue;
    groups.set(entry.category, [...(groups.get(entry.category) ?? []), entry]);
  }
  return [...groups]
    .sort(([a], [b]) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b))
    .map(([category, entries]) => ({ category, entries: entries.sort((a, b) => a.title[locale].localeCompare(b.title[locale], locale)) }));
}
