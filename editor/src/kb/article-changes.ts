/**
 * The history shows what each save changed: the fields that differ between the
 * article before the change and after it (the next newer revision's "before", or the
 * current article for the newest change).
 */
import type { ArticleFields } from './article-form';

export const ARTICLE_FIELDS = ['question', 'similar', 'answer', 'category', 'tags', 'status', 'validFrom', 'validTo', 'locale'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

type Comparable = Pick<ArticleFields, ArticleField>;

export function changedFields(before: Comparable | null, after: Comparable | null): ArticleField[] {
  if (!before || !after) return [];
  return ARTICLE_FIELDS.filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}

/** Pairs each history entry (newest first) with the state after it. */
export function withStateAfter<Entry extends { before: Comparable | null; change: string }>(
  entries: readonly Entry[],
  current: Comparable | null,
): { entry: Entry; after: Comparable | null }[] {
  return entries.map((entry, index) => ({ entry, after: entry.change === 'delete' ? null : index === 0 ? current : (entries[index - 1]?.before ?? null) }));
}
