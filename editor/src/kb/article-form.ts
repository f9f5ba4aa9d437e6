/**
 * The article editor's form state and its conversion to what `kb.articles.save` takes.
 * Dates are edited as local date-times (`<input type="datetime-local">`) and stored as ISO
 * instants; category paths are typed as `Cards / Lost card`; tags as `a, b`.
 */
import type { ArticleRow } from './kb-api';

export type ArticleStatus = ArticleRow['status'];
export type ArticleLocale = ArticleRow['locale'];

/** The editable part of an article, as `kb.articles.get` returns it. */
export type ArticleFields = Pick<ArticleRow, 'id' | 'question' | 'similar' | 'answer' | 'category' | 'tags' | 'status' | 'validFrom' | 'validTo' | 'locale'>;

export interface ArticleForm {
  id: string;
  question: string;
  similar: string[];
  answer: string;
  category: string;
  tags: string;
  status: ArticleStatus;
  validFrom: string;
  validTo: string;
  locale: ArticleLocale;
}

export const CATEGORY_SEPARATOR = ' / ';

export function parseCategoryPath(text: string): string[] {
  return text
    .split('/')
    .map((segment) => segment.trim())
    .filter(Boolean);
}

export function formatCategoryPath(path: readonly string[]): string {
  return path.join(CATEGORY_SEPARATOR);
}

export function parseTags(text: string): string[] {
  return uniqueTrimmed(text.split(/[,，|]/));
}

/** Non-empty, trimmed, each once, in first-seen order: similar questions pasted one per line, tags. */
export function uniqueTrimmed(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

export function splitLines(text: string): string[] {
  return uniqueTrimmed(text.split(/\r?\n/));
}

const pad = (value: number) => String(value).padStart(2, '0');

/** ISO instant → the value of a datetime-local input, in the viewer's time zone. */
export function isoToLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function toArticleForm(article: ArticleFields | null, locale: ArticleLocale): ArticleForm {
  return {
    id: article?.id ?? '',
    question: article?.question ?? '',
    similar: article?.similar ?? [],
    answer: article?.answer ?? '',
    category: formatCategoryPath(article?.category ?? []),
    tags: (article?.tags ?? []).join(', '),
    status: article?.status ?? 'draft',
    validFrom: isoToLocalInput(article?.validFrom ?? null),
    validTo: isoToLocalInput(article?.validTo ?? null),
    locale: article?.locale ?? locale,
  };
}

/** The save input; an empty id on a new article lets the store generate one. */
export function toArticleInput(form: ArticleForm): Omit<ArticleFields, 'id'> & { id?: string } {
  const id = form.id.trim();
  return {
    ...(id ? { id } : {}),
    question: form.question.trim(),
    similar: uniqueTrimmed(form.similar),
    answer: form.answer,
    category: parseCategoryPath(form.category),
    tags: parseTags(form.tags),
    status: form.status,
    validFrom: localInputToIso(form.validFrom),
    validTo: localInputToIso(form.validTo),
    locale: form.locale,
  };
}
