/**
 * The knowledge base over the database (LeanDb: the same connection kinds as the chat
 * path, and multi-row statements for bulk imports) with one in-memory search index per
 * KB kept current by every change (`KbIndexes`).
 */
import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../audit/audit-log.js';
import type { EventBus, KefuEvent } from '../bus/event-bus.js';
import { isUniqueViolation } from '../db/is-unique-violation.js';
import type { LeanDb, LeanStatement } from '../db/lean-db.js';
import type { Logger } from '../engine/types.js';
import { normalizeArticle } from './article-input.js';
import { categoryTree } from './category-tree.js';
import { exportArticles } from './import/export-articles.js';
import { planImport } from './import/plan-import.js';
import { readImportFile } from './import/read-import-file.js';
import { articleConflict, articleNotFound, invalidArticle } from './kb-errors.js';
import type { SearchIndex } from './kb-index-port.js';
import { KbIndexes, type IndexChange, type Thresholds } from './kb-indexes.js';
import type {
  ArticlePage,
  ArticleQuery,
  ArticleRevision,
  CategoryNode,
  ExportFile,
  ImportOptions,
  KbService,
  KbThresholds,
  KnowledgeBaseInput,
  TestCase,
  UnansweredQuery,
  UnansweredResolution,
} from './kb-service.js';
import type { Article, ArticleInput, FeedbackInput, ImportFormat, ImportReport, KnowledgeBase, ModelVersion, SearchResult, UnansweredGroup, UnansweredInput } from './kb-types.js';
import { KbIndex } from './retrieval/index.js';
import { WorkerTrainer } from './retrieval/worker-trainer.js';
import { conflictOf, SqlKbArticles } from './sql-kb-articles.js';
import { SqlKbModels } from './sql-kb-models.js';
import { deleteArticles, insertArticles, insertRevisions, updateArticle } from './sql-kb-rows.js';
import { SqlUnansweredLoop } from './sql-unanswered-loop.js';

export interface SqlKbServiceOptions {
  db: LeanDb;
  logger: Logger;
  /** Debounce of the automatic retrain after changes (server: 2 s); null = explicit only (CLI). */
  retrainDelayMs?: number | null;
  /** The engine; tests may pass a scripted one. */
  createIndex?: (thresholds: Thresholds) => SearchIndex;
  now?: () => number;
  /** Where automatic model activations are recorded (explicit retrains are audited by their caller). */
  audit?: () => AuditLog;
  /**
   * The compiled training worker (default: the one beside the engine), or false to train
   * on the event loop. Without the file (TypeScript sources under the test runner)
   * training runs on the event loop (logged at debug level).
   */
  trainWorker?: URL | false;
  /**
   * A bus shared with other instances (Redis): article changes, thresholds and model
   * activations are sent to their indexes, and theirs applied here. Absent: one instance.
   */
  events?: EventBus;
}

/** More changes than this (a large import) are not sent; other instances read the articles again. */
const MAX_CHANGES_PER_EVENT = 500;

/** What a change to one article does to its KB's index. */
function indexChange(article: Article): IndexChange {
  if (article.status !== 'published') return { kind: 'remove', id: article.id };
  const time = (value: string | null) => (value === null ? null : Date.parse(value));
  return { kind: 'upsert', article: { id: article.id, question: article.question, similar: article.similar, validity: { from: time(article.validFrom), to: time(article.validTo) } } };
}

export class SqlKbService implements KbService {
  readonly #db: LeanDb;
  readonly #articles: SqlKbArticles;
  readonly #models: SqlKbModels;
  readonly #indexes: KbIndexes;
  readonly #loop: SqlUnansweredLoop;
  readonly #now: () => number;
  readonly #events: EventBus | undefined;
  /** Marks this instance's KB events, which it must not apply twice. */
  readonly #origin = randomUUID();
  readonly #unsubscribe: () => void;

  constructor(options: SqlKbServiceOptions) {
    this.#db = options.db;
    this.#events = options.events;
    this.#now = options.now ?? Date.now;
    this.#articles = new SqlKbArticles(options.db);
    this.#models = new SqlKbModels(options.db);
    const trainer = options.trainWorker === false ? null : WorkerTrainer.create(options.trainWorker);
    if (!trainer && options.trainWorker !== false) options.logger.debug({}, 'knowledge base training worker not found (TypeScript sources?); retrains run on the event loop');
    this.#indexes = new KbIndexes({
      source: {
        searchable: async (kb) =>
          (await this.#articles.searchable(kb)).map(({ validFrom, validTo, ...article }) => ({ ...article, validity: { from: validFrom, to: validTo } })),
        thresholds: async (kb) => (await this.#articles.requireBase(kb)).thresholds,
        testCases: async (kb) => (await this.#models.listTestCases(kb)).map(({ query, expectedId }) => ({ query, expectedId })),
        recordModel: (kb, model, bytes) => this.#models.recordModel(kb, model, bytes),
        activeModelBytes: (kb) => this.#models.activeModelBytes(kb),
      },
      createIndex: options.createIndex ?? ((thresholds) => new KbIndex({ thresholds })),
      trainModel: trainer ? (articles, thresholds) => trainer.train(articles, { thresholds }) : undefined,
      closeTrainer: trainer ? () => trainer.close() : undefined,
      retrainDelayMs: options.retrainDelayMs === undefined ? 2000 : options.retrainDelayMs,
      logger: options.logger,
      now: this.#now,
      onAutomaticRetrain: async (model) => {
        this.#activated(model);
        await options.audit?.().record({
          actor: { id: null, name: 'system' },
          action: model.active ? 'kb.model.activate' : 'kb.model.reject',
          target: { type: 'kb-model', id: `${model.kb}/${model.version}` },
          after: { top1: model.top1, top3: model.top3, testCases: model.testCases, note: model.note },
        });
      },
    });
    this.#unsubscribe = options.events?.subscribeAll((event) => this.#fromElsewhere(event)) ?? (() => undefined);
    this.#loop = new SqlUnansweredLoop({
      db: options.db,
      requireBase: (kb) => this.#articles.requireBase(kb),
      getArticle: (kb, id) => this.#articles.get(kb, id),
      testCaseInserts: (kb, cases, at) => this.#models.testCaseInserts(kb, cases, 'unanswered', at),
      saveArticle: (kb, input, expectedRevision, author, extra) => this.#save(kb, input, expectedRevision, author, extra),
    });
  }

  listBases(): Promise<KnowledgeBase[]> {
    return this.#articles.listBases();
  }

  getBase(name: string): Promise<KnowledgeBase> {
    return this.#articles.requireBase(name);
  }

  createBase(input: KnowledgeBaseInput): Promise<KnowledgeBase> {
    return this.#articles.createBase(input);
  }

  async updateBase(name: string, patch: { title?: string; thresholds?: KbThresholds }): Promise<KnowledgeBase> {
    const base = await this.#articles.updateBase(name, patch);
    this.#indexes.setThresholds(name, base.thresholds);
    this.#events?.publish({ type: 'kb.thresholds', origin: this.#origin, kb: name, thresholds: base.thresholds });
    return base;
  }

  async listArticles(kb: string, query: ArticleQuery = {}): Promise<ArticlePage> {
    await this.#articles.requireBase(kb);
    return this.#articles.list(kb, query);
  }

  getArticle(kb: string, id: string): Promise<Article | null> {
    return this.#articles.get(kb, id);
  }

  async article(kb: string, id: string): Promise<Article | null> {
    const article = await this.#articles.get(kb, id);
    if (!article || article.status !== 'published') return null;
    const now = this.#now();
    if (article.validFrom !== null && Date.parse(article.validFrom) > now) return null;
    if (article.validTo !== null && Date.parse(article.validTo) <= now) return null;
    return article;
  }

  saveArticle(kb: string, input: ArticleInput, expectedRevision: number | null, author: string): Promise<Article> {
    return this.#save(kb, input, expectedRevision, author, []);
  }

  /** Saves one article; `extra` statements commit in the same transaction (the unanswered loop's). */
  async #save(kb: string, input: ArticleInput, expectedRevision: number | null, author: string, extra: readonly LeanStatement[]): Promise<Article> {
    const base = await this.#articles.requireBase(kb);
    const existing = input.id === undefined ? null : await this.#articles.get(kb, input.id.trim());
    if (expectedRevision !== null && !existing) throw articleNotFound(kb, input.id ?? '');
    if (expectedRevision === null && existing) throw articleConflict(`An article with id "${existing.id}" already exists.`);
    if (existing && existing.revision !== expectedRevision) throw articleConflict(`Article "${existing.id}" was changed by someone else; reload it.`);
    const { content, problems } = normalizeArticle(input, existing ?? { status: 'published', validFrom: null, validTo: null, locale: base.locale });
    if (problems.length > 0) throw invalidArticle(problems);
    const at = new Date(this.#now());
    const revision = (existing?.revision ?? 0) + 1;
    const statements: LeanStatement[] = existing
      ? [updateArticle(kb, content, revision, at, author, existing.revision)]
      : insertArticles(kb, [content], at, author);
    statements.push(...insertRevisions(kb, [{ articleId: content.id, revision, change: existing ? 'update' : 'create', before: existing }], at, author), ...extra);
    try {
      await this.#db.transaction(statements);
    } catch (error) {
      throw conflictOf(error, content, !existing);
    }
    const saved: Article = { kb, ...content, revision, updatedAt: at.toISOString(), updatedBy: author };
    this.#changed(kb, [indexChange(saved)]);
    return saved;
  }

  async deleteArticle(kb: string, id: string, author: string): Promise<void> {
    const existing = await this.#articles.get(kb, id);
    if (!existing) throw articleNotFound(kb, id);
    const at = new Date(this.#now());
    await this.#db.transaction([
      ...insertRevisions(kb, [{ articleId: id, revision: existing.revision, change: 'delete', before: existing }], at, author),
      { sql: 'DELETE FROM kb_articles WHERE kb = ? AND id = ? AND revision = ?', params: [kb, id, existing.revision], expectChanges: 1 },
    ]).catch((error: unknown) => {
      throw conflictOf(error, { ...existing }, false);
    });
    this.#changed(kb, [{ kind: 'remove', id }]);
  }

  history(kb: string, id: string): Promise<ArticleRevision[]> {
    return this.#articles.history(kb, id);
  }

  async categories(kb: string): Promise<CategoryNode[]> {
    await this.#articles.requireBase(kb);
    return categoryTree(await this.#articles.categoryPaths(kb));
  }

  async importArticles(kb: string, format: ImportFormat, content: Buffer, options: ImportOptions): Promise<ImportReport> {
    const base = await this.#articles.requireBase(kb);
    const read = await readImportFile(format, content);
    const existing = await this.#articles.all(kb);
    const { plan, problems } = planImport(read.records, existing, { replace: options.replace ?? false, locale: base.locale });
    const allProblems = [...read.problems, ...problems].sort((a, b) => a.row - b.row);
    const report: ImportReport = { ok: allProblems.length === 0, created: plan.creates.length, updated: plan.updates.length, removed: plan.removes.length, problems: allProblems };
    if (!report.ok) return { ...report, created: 0, updated: 0, removed: 0 };
    if (options.dryRun) return report;

    const at = new Date(this.#now());
    const author = options.author;
    const statements: LeanStatement[] = [
      ...insertArticles(kb, plan.creates, at, author),
      ...plan.updates.map(({ content: updated, before }) => updateArticle(kb, updated, before.revision + 1, at, author, before.revision)),
      ...deleteArticles(kb, plan.removes.map((article) => article.id)),
      ...insertRevisions(
        kb,
        [
          ...plan.creates.map((created) => ({ articleId: created.id, revision: 1, change: 'create' as const, before: null })),
          ...plan.updates.map(({ before }) => ({ articleId: before.id, revision: before.revision + 1, change: 'update' as const, before })),
          ...plan.removes.map((before) => ({ articleId: before.id, revision: before.revision, change: 'delete' as const, before })),
        ],
        at,
        author,
      ),
    ];
    try {
      await this.#db.transaction(statements);
    } catch (error) {
      // An editor's save or another import got there first: nothing was written.
      if (isUniqueViolation(error) || (error instanceof Error && error.name === 'StaleWriteError')) throw articleConflict('Articles changed while the file was imported; import it again.');
      throw error;
    }
    const stamp = { kb, updatedAt: at.toISOString(), updatedBy: author };
    this.#changed(kb, [
      ...plan.creates.map((created) => indexChange({ ...stamp, ...created, revision: 1 })),
      ...plan.updates.map(({ content: updated, before }) => indexChange({ ...stamp, ...updated, revision: before.revision + 1 })),
      ...plan.removes.map((removed): IndexChange => ({ kind: 'remove', id: removed.id })),
    ]);
    return report;
  }

  async exportArticles(kb: string, format: ImportFormat): Promise<ExportFile> {
    await this.#articles.requireBase(kb);
    return { filename: `${kb}-articles.${format}`, content: await exportArticles(await this.#articles.all(kb), format) };
  }

  async search(kb: string, query: string, options: { top?: number } = {}): Promise<SearchResult> {
    if (query.trim() === '') return { query, decision: 'none', hits: [] };
    return this.#indexes.search(kb, query, options.top ?? 5);
  }

  suggest(kb: string, query: string): Promise<SearchResult> {
    return this.search(kb, query, { top: 3 });
  }

  async listTestCases(kb: string): Promise<TestCase[]> {
    await this.#articles.requireBase(kb);
    return this.#models.listTestCases(kb);
  }

  async addTestCase(kb: string, query: string, expectedId: string, source = 'manual'): Promise<TestCase> {
    if (!(await this.#articles.get(kb, expectedId))) throw articleNotFound(kb, expectedId);
    return this.#models.addTestCase(kb, query, expectedId, source);
  }

  removeTestCase(kb: string, id: number): Promise<void> {
    return this.#models.removeTestCase(kb, id);
  }

  async listModels(kb: string): Promise<ModelVersion[]> {
    await this.#articles.requireBase(kb);
    return this.#models.listModels(kb);
  }

  async retrain(kb: string): Promise<ModelVersion> {
    await this.#articles.requireBase(kb);
    const model = await this.#indexes.retrain(kb);
    this.#activated(model);
    return model;
  }

  logUnanswered(entry: UnansweredInput): Promise<void> {
    return this.#loop.log(entry);
  }

  recordFeedback(entry: FeedbackInput): Promise<void> {
    return this.#loop.feedback(entry);
  }

  listUnanswered(kb: string, query: UnansweredQuery = {}): Promise<{ groups: UnansweredGroup[]; total: number }> {
    return this.#loop.list(kb, query);
  }

  resolveUnanswered(kb: string, groupId: string, resolution: UnansweredResolution, author: string): Promise<UnansweredGroup> {
    return this.#loop.resolve(kb, groupId, resolution, author);
  }

  async warmUp(): Promise<void> {
    for (const base of await this.#articles.listBases()) await this.#indexes.warm(base.name);
  }

  close(): Promise<void> {
    this.#unsubscribe();
    return this.#indexes.close();
  }

  #changed(kb: string, changes: IndexChange[]): void {
    this.#indexes.changed(kb, changes);
    if (changes.length === 0) return;
    this.#events?.publish({ type: 'kb.changed', origin: this.#origin, kb, changes: changes.length <= MAX_CHANGES_PER_EVENT ? changes : null });
  }

  #activated(model: ModelVersion): void {
    if (model.active) this.#events?.publish({ type: 'kb.model-activated', origin: this.#origin, kb: model.kb });
  }

  /** Another instance's KB event: its change applied to this index, which it retrains. */
  #fromElsewhere(event: KefuEvent): void {
    if (event.type === 'bus.resumed') return this.#indexes.reloadAll();
    if (!('origin' in event) || event.origin === this.#origin) return;
    if (event.type === 'kb.changed') {
      if (event.changes) this.#indexes.changed(event.kb, event.changes, { retrain: false });
      else this.#indexes.reload(event.kb);
    } else if (event.type === 'kb.model-activated') this.#indexes.reload(event.kb);
    else if (event.type === 'kb.thresholds') this.#indexes.setThresholds(event.kb, event.thresholds);
  }
}
