/**
 * The unanswered-question loop: every `none` decision and every thumbs-down is stored
 * with a few messages of context and joins the most similar open group of its KB (or
 * starts one). Maintainers work the groups, largest first: add their questions as
 * similar questions of an article, create an article from them, or dismiss them.
 * Resolved questions also become test cases, so the next model is evaluated on them.
 */
import { randomUUID } from 'node:crypto';
import { readJson, readTime, type LeanDb, type LeanStatement } from '../db/lean-db.js';
import { KefuError } from '../errors.js';
import { ARTICLE_LIMITS } from './article-input.js';
import { articleNotFound } from './kb-errors.js';
import type { UnansweredQuery, UnansweredResolution } from './kb-service.js';
import type { Article, ArticleInput, FeedbackInput, KnowledgeBase, UnansweredGroup, UnansweredInput, UnansweredStatus } from './kb-types.js';
import { GROUP_SIMILARITY, questionTerms, similarity, type QuestionTerms } from './question-similarity.js';
import { contentOf } from './sql-kb-rows.js';

export interface UnansweredLoopDeps {
  db: LeanDb;
  requireBase(kb: string): Promise<KnowledgeBase>;
  getArticle(kb: string, id: string): Promise<Article | null>;
  testCaseInserts(kb: string, cases: { query: string; expectedId: string }[], at: Date): Promise<LeanStatement[]>;
  saveArticle(kb: string, input: ArticleInput, expectedRevision: number | null, author: string, extra: readonly LeanStatement[]): Promise<Article>;
}

interface GroupRow {
  id: string;
  kb: string;
  representative: string;
  status: string;
  count: number;
  last_seen_at: unknown;
}

interface QuestionRow {
  id: string;
  group_id: string;
  question: string;
  reason: string;
  context: unknown;
  created_at: unknown;
}

/** Open groups compared against a new question; older ones are left to age out. */
const OPEN_GROUPS_SCANNED = 2000;
const QUESTIONS_PER_GROUP = 50;
const CONTEXT_MESSAGES = 10;
const CONTEXT_TEXT = 2000;
const QUESTION_TEXT = 1000;

const TRANSITIONS: Record<UnansweredStatus, readonly UnansweredStatus[]> = {
  new: ['pending', 'applied', 'dismissed'],
  pending: ['applied', 'dismissed'],
  applied: [],
  dismissed: [],
};

function targetStatus(resolution: UnansweredResolution): UnansweredStatus {
  if (resolution.action === 'pending') return 'pending';
  if (resolution.action === 'dismiss') return 'dismissed';
  return 'applied';
}

export class SqlUnansweredLoop {
  readonly #deps: UnansweredLoopDeps;
  /** Terms of group representatives, which never change once a group exists. */
  readonly #terms = new Map<string, QuestionTerms>();

  constructor(deps: UnansweredLoopDeps) {
    this.#deps = deps;
  }

  async log(entry: UnansweredInput): Promise<void> {
    await this.#deps.requireBase(entry.kb);
    const question = entry.question.trim().slice(0, QUESTION_TEXT);
    if (question === '') throw new KefuError('KEFU_ERR_BAD_REQUEST', 'The question is empty.', { path: '/question' });
    const context = entry.context.slice(-CONTEXT_MESSAGES).map((message) => ({ from: message.from, text: message.text.slice(0, CONTEXT_TEXT) }));
    const at = new Date();
    const group = await this.#closestOpenGroup(entry.kb, question);
    const groupId = group ?? randomUUID();
    const statements: LeanStatement[] = [
      group
        ? { sql: 'UPDATE kb_unanswered_groups SET count = count + 1, last_seen_at = ? WHERE id = ?', params: [at, group] }
        : {
            sql: 'INSERT INTO kb_unanswered_groups (id, kb, representative, status, count, last_seen_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
            params: [groupId, entry.kb, question, 'new', 1, at, at],
          },
      {
        sql: 'INSERT INTO kb_unanswered (id, kb, question, reason, conversation_id, article_id, context, group_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        params: [randomUUID(), entry.kb, question, entry.reason, entry.conversationId ?? null, entry.articleId ?? null, JSON.stringify(context), groupId, at],
      },
    ];
    await this.#deps.db.transaction(statements);
  }

  async feedback(entry: FeedbackInput): Promise<void> {
    await this.#deps.requireBase(entry.kb);
    await this.#deps.db.run('INSERT INTO kb_feedback (kb, article_id, rating, conversation_id, created_at) VALUES (?, ?, ?, ?, ?)', [
      entry.kb,
      entry.articleId,
      entry.rating,
      entry.conversationId ?? null,
      new Date(),
    ]);
    if (entry.rating === 'down') {
      await this.log({
        kb: entry.kb,
        question: entry.question,
        reason: 'thumbs-down',
        articleId: entry.articleId,
        context: entry.context,
        ...(entry.conversationId ? { conversationId: entry.conversationId } : {}),
      });
    }
  }

  async list(kb: string, query: UnansweredQuery): Promise<{ groups: UnansweredGroup[]; total: number }> {
    await this.#deps.requireBase(kb);
    const filter = query.status ? ' AND status = ?' : '';
    const params = query.status ? [kb, query.status] : [kb];
    const total = await this.#deps.db.get<{ total: number }>(`SELECT COUNT(*) AS total FROM kb_unanswered_groups WHERE kb = ?${filter}`, params);
    const rows = await this.#deps.db.all<GroupRow>(
      `SELECT id, kb, representative, status, count, last_seen_at FROM kb_unanswered_groups WHERE kb = ?${filter} ORDER BY count DESC, last_seen_at DESC, id LIMIT ? OFFSET ?`,
      [...params, Math.min(query.limit ?? 50, 200), query.offset ?? 0],
    );
    return { groups: await this.#withQuestions(rows), total: Number(total?.total ?? 0) };
  }

  async resolve(kb: string, groupId: string, resolution: UnansweredResolution, author: string): Promise<UnansweredGroup> {
    const group = await this.#group(kb, groupId);
    const status = targetStatus(resolution);
    if (!TRANSITIONS[group.status].includes(status)) {
      throw new KefuError('KEFU_ERR_BAD_REQUEST', `The group is ${group.status}; it cannot become ${status}.`, { path: '/resolution/action' });
    }
    const update: LeanStatement = {
      sql: 'UPDATE kb_unanswered_groups SET status = ?, resolution_note = ?, resolved_by = ? WHERE id = ? AND status = ?',
      params: [status, resolution.note ?? null, author, groupId, group.status],
      expectChanges: 1,
    };
    const questions = await this.#allQuestions(groupId);
    const at = new Date();
    if (resolution.action === 'add-similar') {
      const article = await this.#deps.getArticle(kb, resolution.articleId);
      if (!article) throw articleNotFound(kb, resolution.articleId);
      const tests = await this.#deps.testCaseInserts(kb, questions.map((query) => ({ query, expectedId: article.id })), at);
      await this.#deps.saveArticle(kb, { ...contentOf(article), similar: [...article.similar, ...questions] }, article.revision, author, [update, ...tests]);
    } else if (resolution.action === 'create-article') {
      const id = resolution.article.id ?? randomUUID();
      const tests = await this.#deps.testCaseInserts(kb, questions.map((query) => ({ query, expectedId: id })), at);
      await this.#deps.saveArticle(kb, { ...resolution.article, id, similar: [...(resolution.article.similar ?? []), ...questions] }, null, author, [update, ...tests]);
    } else {
      await this.#deps.db.transaction([update]);
    }
    return this.#group(kb, groupId);
  }

  async #group(kb: string, id: string): Promise<UnansweredGroup> {
    const row = await this.#deps.db.get<GroupRow>('SELECT id, kb, representative, status, count, last_seen_at FROM kb_unanswered_groups WHERE kb = ? AND id = ?', [kb, id]);
    if (!row) throw new KefuError('KEFU_ERR_NOT_FOUND', `There is no unanswered-question group ${id} in knowledge base "${kb}".`, { path: '/groupId' });
    const [group] = await this.#withQuestions([row]);
    return group!;
  }

  /** Every distinct question of the group, oldest first (capped at the similar-question limit). */
  async #allQuestions(groupId: string): Promise<string[]> {
    const rows = await this.#deps.db.all<{ question: string }>('SELECT question FROM kb_unanswered WHERE group_id = ? ORDER BY created_at, id', [groupId]);
    return [...new Set(rows.map((row) => row.question))].slice(0, ARTICLE_LIMITS.similarCount);
  }

  async #closestOpenGroup(kb: string, question: string): Promise<string | null> {
    const rows = await this.#deps.db.all<{ id: string; representative: string }>(
      "SELECT id, representative FROM kb_unanswered_groups WHERE kb = ? AND status IN ('new', 'pending') ORDER BY last_seen_at DESC LIMIT ?",
      [kb, OPEN_GROUPS_SCANNED],
    );
    const terms = questionTerms(question);
    let best: { id: string; score: number } | null = null;
    for (const row of rows) {
      let groupTerms = this.#terms.get(row.id);
      if (!groupTerms) {
        groupTerms = questionTerms(row.representative);
        if (this.#terms.size >= OPEN_GROUPS_SCANNED * 2) this.#terms.clear();
        this.#terms.set(row.id, groupTerms);
      }
      const score = similarity(terms, groupTerms);
      if (score >= GROUP_SIMILARITY && (!best || score > best.score)) best = { id: row.id, score };
    }
    return best?.id ?? null;
  }

  async #withQuestions(rows: readonly GroupRow[]): Promise<UnansweredGroup[]> {
    if (rows.length === 0) return [];
    const questions = await this.#deps.db.all<QuestionRow>(
      `SELECT id, group_id, question, reason, context, created_at FROM kb_unanswered WHERE group_id IN (${rows.map(() => '?').join(', ')}) ORDER BY created_at DESC, id`,
      rows.map((row) => row.id),
    );
    const byGroup = new Map<string, UnansweredGroup['questions']>();
    for (const row of questions) {
      const list = byGroup.get(row.group_id) ?? [];
      if (list.length < QUESTIONS_PER_GROUP) {
        list.push({ id: row.id, question: row.question, reason: row.reason as UnansweredInput['reason'], createdAt: readTime(row.created_at).toISOString(), context: readJson(row.context) });
      }
      byGroup.set(row.group_id, list);
    }
    return rows.map((row) => ({
      id: row.id,
      kb: row.kb,
      representative: row.representative,
      status: row.status as UnansweredStatus,
      count: Number(row.count),
      questions: byGroup.get(row.id) ?? [],
      lastSeenAt: readTime(row.last_seen_at).toISOString(),
    }));
  }
}
