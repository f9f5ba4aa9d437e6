/**
 * One place that decides what a valid article is, for the editor's save and for every
 * import row alike: trims, drops empty and duplicate similar questions and tags,
 * sanitises the answer, and reports each problem with the field it is in.
 */
import { randomUUID } from 'node:crypto';
import { LOCALES, type Locale } from '@kefu/schemas';
import type { Article, ArticleInput, ArticleStatus } from './kb-types.js';
import { sanitizeAnswer } from './sanitize-answer.js';

export const ARTICLE_LIMITS = {
  id: 128,
  question: 500,
  similar: 500,
  similarCount: 1000,
  answer: 20_000,
  categorySegment: 100,
  categoryDepth: 10,
  tag: 50,
  tagCount: 50,
} as const;

export interface FieldProblem {
  field: string;
  message: string;
}

/** An article's content as stored, before the store adds revision and authorship. */
export type ArticleContent = Omit<Article, 'kb' | 'revision' | 'updatedAt' | 'updatedBy'>;

// eslint-disable-next-line no-control-regex
const ID_PATTERN = /^[^\u0000-\u001F\u007F/\\]+$/;

function cleanList(values: readonly string[] | undefined, exclude?: string): string[] {
  const seen = new Set<string>(exclude === undefined ? [] : [exclude]);
  const result: string[] = [];
  for (const raw of values ?? []) {
    const value = raw.trim();
    if (value === '' || seen.has(value)) continue;
    seen.add(value);
    result.push(value);
  }
  return result;
}

function parseTime(value: string | null | undefined, field: string, problems: FieldProblem[]): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    problems.push({ field, message: `"${value}" is not a date and time (ISO-8601, e.g. 2026-01-31T00:00:00Z).` });
    return null;
  }
  return new Date(time).toISOString();
}

/**
 * Normalises `input`; `defaults` supplies what the input leaves out (the existing
 * article's status, validity and locale on an update, the KB's locale on a create).
 */
export function normalizeArticle(
  input: ArticleInput,
  defaults: { status: ArticleStatus; validFrom: string | null; validTo: string | null; locale: Locale },
): { content: ArticleContent; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const id = input.id?.trim() || randomUUID();
  if (id.length > ARTICLE_LIMITS.id) problems.push({ field: 'id', message: `An id has at most ${ARTICLE_LIMITS.id} characters.` });
  else if (!ID_PATTERN.test(id)) problems.push({ field: 'id', message: 'An id may not contain control characters, "/" or "\\".' });

  const question = input.question.trim();
  if (question === '') problems.push({ field: 'question', message: 'The standard question is required.' });
  else if (question.length > ARTICLE_LIMITS.question) problems.push({ field: 'question', message: `The question has more than ${ARTICLE_LIMITS.question} characters.` });

  const similar = cleanList(input.similar, question);
  const tooLong = similar.findIndex((value) => value.length > ARTICLE_LIMITS.similar);
  if (tooLong >= 0) problems.push({ field: 'similar', message: `Similar question ${tooLong + 1} has more than ${ARTICLE_LIMITS.similar} characters.` });
  if (similar.length > ARTICLE_LIMITS.similarCount) problems.push({ field: 'similar', message: `At most ${ARTICLE_LIMITS.similarCount} similar questions.` });

  const answer = sanitizeAnswer(input.answer);
  if (answer === '') problems.push({ field: 'answer', message: 'The answer is required (and must not be only HTML).' });
  else if (answer.length > ARTICLE_LIMITS.answer) problems.push({ field: 'answer', message: `The answer has more than ${ARTICLE_LIMITS.answer} characters.` });

  const category = (input.category ?? []).map((segment) => segment.trim()).filter((segment) => segment !== '');
  if (category.length > ARTICLE_LIMITS.categoryDepth) problems.push({ field: 'category', message: `A category path has at most ${ARTICLE_LIMITS.categoryDepth} levels.` });
  if (category.some((segment) => segment.length > ARTICLE_LIMITS.categorySegment)) {
    problems.push({ field: 'category', message: `A category name has at most ${ARTICLE_LIMITS.categorySegment} characters.` });
  }

  const tags = cleanList(input.tags);
  if (tags.length > ARTICLE_LIMITS.tagCount) problems.push({ field: 'tags', message: `At most ${ARTICLE_LIMITS.tagCount} tags.` });
  if (tags.some((tag) => tag.length > ARTICLE_LIMITS.tag)) problems.push({ field: 'tags', message: `A tag has at most ${ARTICLE_LIMITS.tag} characters.` });

  const status = input.status ?? defaults.status;
  if (status !== 'draft' && status !== 'published') problems.push({ field: 'status', message: 'The status is "draft" or "published".' });
  const locale = input.locale ?? defaults.locale;
  if (!LOCALES.includes(locale)) problems.push({ field: 'locale', message: `The locale is one of ${LOCALES.join(', ')}.` });

  const validFrom = input.validFrom === undefined ? defaults.validFrom : parseTime(input.validFrom, 'validFrom', problems);
  const validTo = input.validTo === undefined ? defaults.validTo : parseTime(input.validTo, 'validTo', problems);
  if (validFrom !== null && validTo !== null && validFrom >= validTo) problems.push({ field: 'validTo', message: 'The end of validity must be after its start.' });

  return { content: { id, question, similar, answer, category, tags, status, validFrom, validTo, locale }, problems };
}

/** True when the two contents would show and answer the same. */
export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
