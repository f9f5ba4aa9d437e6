/**
 * Turns the rows of an import file into a plan (articles to create, update, remove) or
 * into the complete list of problems — never both: an import is all or nothing, so every
 * row is validated before anything is written. Rows with an id update that article;
 * rows without one update the article with the same standard question, else create.
 */
import type { Locale } from '@kefu/schemas';
import { normalizeArticle, sameContent, type ArticleContent } from '../article-input.js';
import type { Article, ArticleInput, ImportRowProblem } from '../kb-types.js';
import { contentOf } from '../sql-kb-rows.js';
import { splitCategory, splitSimilar, splitTags, type RawRecord } from './import-columns.js';

export interface ImportPlan {
  creates: ArticleContent[];
  updates: { content: ArticleContent; before: Article }[];
  removes: Article[];
  /** Rows that match an article and change nothing. */
  unchanged: number;
}

type ListField = 'similar' | 'category' | 'tags';
const SPLITTERS: Record<ListField, (cell: string) => string[]> = { similar: splitSimilar, category: splitCategory, tags: splitTags };

function textField(value: unknown, field: string, row: number, problems: ImportRowProblem[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && field === 'id') return String(value);
  problems.push({ row, field, message: `"${field}" must be text.` });
  return undefined;
}

function listField(value: unknown, field: ListField, row: number, problems: ImportRowProblem[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return SPLITTERS[field](value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  problems.push({ row, field, message: `"${field}" must be a list of texts${field === 'category' ? ' or a path like "Cards / Lost card"' : ''}.` });
  return undefined;
}

export function planImport(
  records: readonly RawRecord[],
  existing: readonly Article[],
  options: { replace: boolean; locale: Locale },
): { plan: ImportPlan; problems: ImportRowProblem[] } {
  const problems: ImportRowProblem[] = [];
  const byId = new Map(existing.map((article) => [article.id, article]));
  const byQuestion = new Map(existing.map((article) => [article.question, article]));
  const rowOfId = new Map<string, number>();
  const rowOfQuestion = new Map<string, number>();
  const plan: ImportPlan = { creates: [], updates: [], removes: [], unchanged: 0 };
  /** Article id → the row that writes it. */
  const kept = new Map<string, number>();

  for (const { row, fields } of records) {
    const before = problems.length;
    const id = textField(fields.id, 'id', row, problems)?.trim() || undefined;
    const question = textField(fields.question, 'question', row, problems) ?? '';
    const answer = textField(fields.answer, 'answer', row, problems) ?? '';
    const input: ArticleInput = { question, answer };
    const similar = listField(fields.similar, 'similar', row, problems);
    const category = listField(fields.category, 'category', row, problems);
    const tags = listField(fields.tags, 'tags', row, problems);
    if (similar) input.similar = similar;
    if (category) input.category = category;
    if (tags) input.tags = tags;

    const match = id !== undefined ? byId.get(id) : byQuestion.get(question.trim());
    if (match) input.id = match.id;
    else if (id !== undefined) input.id = id;
    // An update keeps what the file cannot say: status, validity and locale.
    const defaults = match ?? { status: 'published' as const, validFrom: null, validTo: null, locale: options.locale };
    const { content, problems: fieldProblems } = normalizeArticle(input, defaults);
    for (const problem of fieldProblems) problems.push({ row, ...problem });

    if (id !== undefined) {
      const seen = rowOfId.get(id);
      if (seen !== undefined) problems.push({ row, field: 'id', message: `The id "${id}" is also on row ${seen}.` });
      else rowOfId.set(id, row);
    } else if (content.question !== '') {
      const seen = rowOfQuestion.get(content.question);
      if (seen !== undefined) problems.push({ row, field: 'question', message: `The same question (without an id) is also on row ${seen}.` });
      else rowOfQuestion.set(content.question, row);
    }
    const writer = kept.get(content.id);
    if (problems.length === before && writer !== undefined) problems.push({ row, message: `Row ${writer} already updates the same article (${content.id}).` });
    if (problems.length > before) continue;

    kept.set(content.id, row);
    if (!match) plan.creates.push(content);
    else if (sameContent(contentOf(match), content)) plan.unchanged += 1;
    else plan.updates.push({ content, before: match });
  }
  if (options.replace) plan.removes = existing.filter((article) => !kept.has(article.id));
  return { plan, problems };
}
