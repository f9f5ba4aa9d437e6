/**
 * Rows of the KB tables and the statements that write articles, shared by the editor's
 * save, the importer and the unanswered loop. Written for `LeanDb` (`?` placeholders,
 * SQL both dialects share); multi-row INSERTs keep a 100,000-row import to a few
 * hundred statements inside its one transaction.
 */
import type { Locale } from '@kefu/schemas';
import { readJson, readTime, type LeanStatement, type SqlValue } from '../db/lean-db.js';
import type { ArticleContent } from './article-input.js';
import type { Article, ArticleStatus } from './kb-types.js';

export interface ArticleRow {
  kb: string;
  id: string;
  question: string;
  similar: unknown;
  answer: string;
  category: unknown;
  tags: unknown;
  status: string;
  valid_from: unknown;
  valid_to: unknown;
  locale: string;
  revision: number;
  updated_at: unknown;
  updated_by: string;
}

/** `similar` is quoted: it is a reserved word in PostgreSQL (SIMILAR TO). */
export const ARTICLE_COLUMNS = 'kb, id, question, "similar", answer, category, tags, status, valid_from, valid_to, locale, revision, updated_at, updated_by';

/** Rows per multi-row INSERT: 14 columns × 400 stays far below both databases' parameter limits. */
const INSERT_BATCH = 400;

function optionalTime(value: unknown): string | null {
  return value === null || value === undefined ? null : readTime(value).toISOString();
}

export function articleFromRow(row: ArticleRow): Article {
  return {
    kb: row.kb,
    id: row.id,
    question: row.question,
    similar: readJson<string[]>(row.similar),
    answer: row.answer,
    category: readJson<string[]>(row.category),
    tags: readJson<string[]>(row.tags),
    status: row.status as ArticleStatus,
    validFrom: optionalTime(row.valid_from),
    validTo: optionalTime(row.valid_to),
    locale: row.locale as Locale,
    revision: Number(row.revision),
    updatedAt: readTime(row.updated_at).toISOString(),
    updatedBy: row.updated_by,
  };
}

/** The editable part of an article, in the key order `normalizeArticle` produces. */
export function contentOf(article: Article): ArticleContent {
  const { id, question, similar, answer, category, tags, status, validFrom, validTo, locale } = article;
  return { id, question, similar, answer, category, tags, status, validFrom, validTo, locale };
}

function timeOrNull(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}

function articleValues(kb: string, content: ArticleContent, revision: number, at: Date, author: string): SqlValue[] {
  return [
    kb,
    content.id,
    content.question,
    JSON.stringify(content.similar),
    content.answer,
    JSON.stringify(content.category),
    JSON.stringify(content.tags),
    content.status,
    timeOrNull(content.validFrom),
    timeOrNull(content.validTo),
    content.locale,
    revision,
    at,
    author,
  ];
}

function batched<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

function multiRowInsert(table: string, columns: string, width: number, rows: SqlValue[][]): LeanStatement[] {
  const placeholders = `(${new Array<string>(width).fill('?').join(', ')})`;
  return batched(rows, INSERT_BATCH).map((batch) => ({
    sql: `INSERT INTO ${table} (${columns}) VALUES ${batch.map(() => placeholders).join(', ')}`,
    params: batch.flat(),
  }));
}

export function insertArticles(kb: string, contents: readonly ArticleContent[], at: Date, author: string): LeanStatement[] {
  return multiRowInsert('kb_articles', ARTICLE_COLUMNS, 14, contents.map((content) => articleValues(kb, content, 1, at, author)));
}

/** Updates one article; with `expectedRevision` the transaction fails unless it still matches. */
export function updateArticle(kb: string, content: ArticleContent, revision: number, at: Date, author: string, expectedRevision?: number): LeanStatement {
  const values = articleValues(kb, content, revision, at, author);
  return {
    sql: `UPDATE kb_articles SET question = ?, "similar" = ?, answer = ?, category = ?, tags = ?, status = ?, valid_from = ?, valid_to = ?, locale = ?, revision = ?, updated_at = ?, updated_by = ?
          WHERE kb = ? AND id = ?${expectedRevision === undefined ? '' : ' AND revision = ?'}`,
    params: [...values.slice(2), kb, content.id, ...(expectedRevision === undefined ? [] : [expectedRevision])],
    expectChanges: 1,
  };
}

export interface RevisionRecord {
  articleId: string;
  revision: number;
  change: 'create' | 'update' | 'delete';
  before: Article | null;
}

export function insertRevisions(kb: string, records: readonly RevisionRecord[], at: Date, author: string): LeanStatement[] {
  const rows = records.map((record): SqlValue[] => [kb, record.articleId, record.revision, record.before === null ? null : JSON.stringify(record.before), record.change, at, author]);
  return multiRowInsert('kb_article_revisions', 'kb, article_id, revision, content, change, changed_at, changed_by', 7, rows);
}

export function deleteArticles(kb: string, ids: readonly string[]): LeanStatement[] {
  return batched(ids, INSERT_BATCH).map((batch) => ({
    sql: `DELETE FROM kb_articles WHERE kb = ? AND id IN (${batch.map(() => '?').join(', ')})`,
    params: [kb, ...batch],
  }));
}

/** Escapes `%`, `_` and `\` for `LIKE … ESCAPE '\'`. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
