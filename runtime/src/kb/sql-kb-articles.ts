/**
 * Knowledge bases and their articles in the database: reads, the editor's save and
 * delete (each with a history row, in one transaction), and the filtered article list.
 */
import { LOCALES, type Locale } from '@kefu/schemas';
import { readJson, readTime, type LeanDb, type SqlValue } from '../db/lean-db.js';
import { isUniqueViolation } from '../db/is-unique-violation.js';
import { KefuError } from '../errors.js';
import { DEFAULT_THRESHOLDS } from './retrieval/index.js';
import type { ArticleContent } from './article-input.js';
import { articleConflict, kbNotFound } from './kb-errors.js';
import type { ArticlePage, ArticleQuery, ArticleRevision, KbThresholds, KnowledgeBaseInput } from './kb-service.js';
import type { Article, KnowledgeBase } from './kb-types.js';
import { ARTICLE_COLUMNS, articleFromRow, likeEscape, type ArticleRow } from './sql-kb-rows.js';

interface BaseRow {
  name: string;
  title: string;
  locale: string;
  thresholds: unknown;
  created_at: unknown;
  updated_at: unknown;
  article_count: number;
}

interface RevisionRow {
  revision: number;
  change: string;
  content: unknown;
  changed_at: unknown;
  changed_by: string;
}

const BASE_SELECT = `SELECT b.name, b.title, b.locale, b.thresholds, b.created_at, b.updated_at,
  (SELECT COUNT(*) FROM kb_articles a WHERE a.kb = b.name) AS article_count FROM knowledge_bases b`;

/** Same rule as the console API's input, for callers that are not the console (the CLI). */
const KB_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** The knowledge base every install has; created on first use. */
export const DEFAULT_KB: KnowledgeBaseInput = { name: 'default', title: 'Default', locale: 'zh-CN' };

function baseFromRow(row: BaseRow): KnowledgeBase {
  return {
    name: row.name,
    title: row.title,
    locale: row.locale as Locale,
    articleCount: Number(row.article_count),
    thresholds: row.thresholds === null ? { ...DEFAULT_THRESHOLDS } : readJson<KbThresholds>(row.thresholds),
    createdAt: readTime(row.created_at).toISOString(),
    updatedAt: readTime(row.updated_at).toISOString(),
  };
}

export class SqlKbArticles {
  constructor(private readonly db: LeanDb) {}

  async listBases(): Promise<KnowledgeBase[]> {
    await this.findBase(DEFAULT_KB.name);
    return (await this.db.all<BaseRow>(`${BASE_SELECT} ORDER BY b.name`)).map(baseFromRow);
  }

  /** The KB, or null; `default` is created when missing. */
  async findBase(name: string): Promise<KnowledgeBase | null> {
    const row = await this.db.get<BaseRow>(`${BASE_SELECT} WHERE b.name = ?`, [name]);
    if (row) return baseFromRow(row);
    if (name !== DEFAULT_KB.name) return null;
    try {
      return await this.createBase(DEFAULT_KB);
    } catch (error) {
      // Another request created it first (createBase reports the violation as its cause).
      if (!isUniqueViolation(error instanceof Error ? error.cause : undefined)) throw error;
      return this.findBase(name);
    }
  }

  async requireBase(name: string): Promise<KnowledgeBase> {
    const base = await this.findBase(name);
    if (!base) throw kbNotFound(name);
    return base;
  }

  async createBase(input: KnowledgeBaseInput): Promise<KnowledgeBase> {
    if (!KB_NAME.test(input.name)) throw new KefuError('KEFU_ERR_BAD_REQUEST', 'A knowledge base name has 1 to 64 letters, digits, "_" or "-".', { path: '/name' });
    if (!LOCALES.includes(input.locale)) throw new KefuError('KEFU_ERR_BAD_REQUEST', `The locale is one of ${LOCALES.join(', ')}.`, { path: '/locale' });
    const now = new Date();
    try {
      await this.db.run('INSERT INTO knowledge_bases (name, title, locale, thresholds, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [
        input.name,
        input.title,
        input.locale,
        input.thresholds ? JSON.stringify(input.thresholds) : null,
        now,
        now,
      ]);
    } catch (error) {
      if (isUniqueViolation(error)) throw new KefuError('KEFU_ERR_BAD_REQUEST', `A knowledge base "${input.name}" already exists.`, { path: '/name', cause: error });
      throw error;
    }
    return this.requireBase(input.name);
  }

  async updateBase(name: string, patch: { title?: string; thresholds?: KbThresholds }): Promise<KnowledgeBase> {
    const base = await this.requireBase(name);
    await this.db.run('UPDATE knowledge_bases SET title = ?, thresholds = ?, updated_at = ? WHERE name = ?', [
      patch.title ?? base.title,
      JSON.stringify(patch.thresholds ?? base.thresholds),
      new Date(),
      name,
    ]);
    return this.requireBase(name);
  }

  async get(kb: string, id: string): Promise<Article | null> {
    const row = await this.db.get<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM kb_articles WHERE kb = ? AND id = ?`, [kb, id]);
    return row ? articleFromRow(row) : null;
  }

  async all(kb: string): Promise<Article[]> {
    return (await this.db.all<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM kb_articles WHERE kb = ? ORDER BY id`, [kb])).map(articleFromRow);
  }

  async list(kb: string, query: ArticleQuery): Promise<ArticlePage> {
    const where: string[] = ['kb = ?'];
    const params: SqlValue[] = [kb];
    const text = query.text?.trim().toLowerCase();
    if (text) {
      const pattern = `%${likeEscape(text)}%`;
      where.push(`(LOWER(id) LIKE ? ESCAPE '\\' OR LOWER(question) LIKE ? ESCAPE '\\' OR LOWER(CAST("similar" AS TEXT)) LIKE ? ESCAPE '\\' OR LOWER(answer) LIKE ? ESCAPE '\\')`);
      params.push(pattern, pattern, pattern, pattern);
    }
    if (query.category && query.category.length > 0) {
      // Category paths are stored as JSON arrays; a prefix path is a prefix of that text.
      const exact = JSON.stringify(query.category);
      where.push(`(CAST(category AS TEXT) = ? OR CAST(category AS TEXT) LIKE ? ESCAPE '\\')`);
      params.push(exact, `${likeEscape(exact.slice(0, -1))},%`);
    }
    if (query.tag) {
      where.push(`CAST(tags AS TEXT) LIKE ? ESCAPE '\\'`);
      params.push(`%${likeEscape(JSON.stringify(query.tag))}%`);
    }
    if (query.status) {
      where.push('status = ?');
      params.push(query.status);
    }
    const condition = where.join(' AND ');
    const total = await this.db.get<{ total: number }>(`SELECT COUNT(*) AS total FROM kb_articles WHERE ${condition}`, params);
    const limit = Math.min(query.limit ?? 50, 200);
    const rows = await this.db.all<ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM kb_articles WHERE ${condition} ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`,
      [...params, limit, query.offset ?? 0],
    );
    return { articles: rows.map(articleFromRow), total: Number(total?.total ?? 0) };
  }

  async categoryPaths(kb: string): Promise<string[][]> {
    const rows = await this.db.all<{ category: unknown }>('SELECT category FROM kb_articles WHERE kb = ?', [kb]);
    return rows.map((row) => readJson<string[]>(row.category)).filter((path) => path.length > 0);
  }

  async history(kb: string, id: string): Promise<ArticleRevision[]> {
    const rows = await this.db.all<RevisionRow>(
      'SELECT revision, change, content, changed_at, changed_by FROM kb_article_revisions WHERE kb = ? AND article_id = ? ORDER BY seq DESC',
      [kb, id],
    );
    return rows.map((row) => ({
      revision: Number(row.revision),
      change: row.change as ArticleRevision['change'],
      changedAt: readTime(row.changed_at).toISOString(),
      changedBy: row.changed_by,
      before: row.content === null ? null : readJson<Article>(row.content),
    }));
  }

  /** Content of published articles for the index. */
  async searchable(kb: string): Promise<{ id: string; question: string; similar: string[]; validFrom: number | null; validTo: number | null }[]> {
    const rows = await this.db.all<{ id: string; question: string; similar: unknown; valid_from: unknown; valid_to: unknown }>(
      `SELECT id, question, "similar", valid_from, valid_to FROM kb_articles WHERE kb = ? AND status = 'published'`,
      [kb],
    );
    const time = (value: unknown) => (value === null || value === undefined ? null : readTime(value).getTime());
    return rows.map((row) => ({ id: row.id, question: row.question, similar: readJson<string[]>(row.similar), validFrom: time(row.valid_from), validTo: time(row.valid_to) }));
  }
}

/** Rethrows a stale revision or a taken id as the editor's "changed by someone else". */
export function conflictOf(error: unknown, content: ArticleContent, creating: boolean): unknown {
  if (creating && isUniqueViolation(error)) return articleConflict(`An article with id "${content.id}" already exists.`);
  if (error instanceof Error && error.name === 'StaleWriteError') return articleConflict(`Article "${content.id}" was changed by someone else; reload it.`);
  return error;
}
