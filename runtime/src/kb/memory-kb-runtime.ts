/**
 * A knowledge base held in memory: articles plus one retrieval index per KB. Used where
 * there is no database — conversation tests (`kefu test`, golden tests, template tests)
 * and the simulator — so flows with a `kb-answer` node run exactly as in production,
 * minus the storage. Logged questions and feedback are kept in arrays to inspect.
 */
import type { Article, ArticleInput, FeedbackInput, KbDecision, KbRuntime, SearchResult, UnansweredInput } from './kb-types.js';

/** What this runtime needs from a retrieval index (the engine's `KbIndex` has this shape). */
export interface KbSearchIndex {
  upsert(article: { id: string; question: string; similar: string[] }): void;
  /** Ranks and decides among the ids `accept` lets through (see `SearchIndex.search`). */
  search(
    query: string,
    options: { top: number; accept?: (id: string) => boolean },
  ): { decision: KbDecision; hits: { id: string; score: number }[] } | Promise<{ decision: KbDecision; hits: { id: string; score: number }[] }>;
  /** Called once after the initial upserts (a trained matcher fits here). */
  train?(): unknown;
}

export interface MemoryKbOptions {
  /** Articles by KB name. Inputs without an id get `a1`, `a2`, … in file order. */
  bases: Record<string, readonly ArticleInput[]>;
  createIndex(kb: string): KbSearchIndex;
  now?: () => Date;
}

const DEFAULT_TOP = 3;
const EPOCH = '1970-01-01T00:00:00.000Z';

function toArticle(kb: string, input: ArticleInput, index: number): Article {
  return {
    kb,
    id: input.id ?? `a${index + 1}`,
    question: input.question,
    similar: input.similar ?? [],
    answer: input.answer,
    category: input.category ?? [],
    tags: input.tags ?? [],
    status: input.status ?? 'published',
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    locale: input.locale ?? 'en',
    revision: 1,
    updatedAt: EPOCH,
    updatedBy: 'memory',
  };
}

export class MemoryKbRuntime implements KbRuntime {
  readonly unanswered: UnansweredInput[] = [];
  readonly feedback: FeedbackInput[] = [];
  readonly #articles = new Map<string, Map<string, Article>>();
  readonly #indexes = new Map<string, KbSearchIndex>();
  readonly #trained: Promise<void>;
  readonly #now: () => Date;

  constructor(options: MemoryKbOptions) {
    this.#now = options.now ?? (() => new Date());
    const training: unknown[] = [];
    for (const [kb, inputs] of Object.entries(options.bases)) {
      const articles = new Map(inputs.map((input, index) => toArticle(kb, input, index)).map((a) => [a.id, a] as const));
      const index = options.createIndex(kb);
      // Drafts are never answered from, so they are never indexed.
      for (const a of articles.values()) if (a.status === 'published') index.upsert({ id: a.id, question: a.question, similar: a.similar });
      training.push(index.train?.());
      this.#articles.set(kb, articles);
      this.#indexes.set(kb, index);
    }
    this.#trained = Promise.all(training).then(() => undefined);
  }

  async search(kb: string, query: string, options: { top?: number } = {}): Promise<SearchResult> {
    const index = this.#base(kb).index;
    await this.#trained;
    // Drafts and articles outside their validity window are not ranked at all.
    const found = await index.search(query, { top: options.top ?? DEFAULT_TOP, accept: (id) => this.#answerable(kb, id) !== null });
    const hits = [];
    for (const hit of found.hits) {
      const article = this.#answerable(kb, hit.id);
      if (article) hits.push({ id: article.id, question: article.question, score: hit.score });
    }
    return { query, decision: found.decision, hits };
  }

  async article(kb: string, id: string): Promise<Article | null> {
    this.#base(kb);
    return this.#answerable(kb, id);
  }

  async logUnanswered(entry: UnansweredInput): Promise<void> {
    this.#base(entry.kb);
    this.unanswered.push(entry);
  }

  async recordFeedback(entry: FeedbackInput): Promise<void> {
    this.#base(entry.kb);
    this.feedback.push(entry);
    if (entry.rating === 'down') {
      const { kb, question, conversationId, articleId, context } = entry;
      this.unanswered.push({ kb, question, reason: 'thumbs-down', articleId, context, ...(conversationId ? { conversationId } : {}) });
    }
  }

  #base(kb: string): { index: KbSearchIndex } {
    const index = this.#indexes.get(kb);
    if (!index) throw new Error(`There is no knowledge base '${kb}'`);
    return { index };
  }

  /** Published and inside its validity window now, else null. */
  #answerable(kb: string, id: string): Article | null {
    const article = this.#articles.get(kb)?.get(id);
    if (!article || article.status !== 'published') return null;
    const now = this.#now().getTime();
    if (article.validFrom !== null && now < Date.parse(article.validFrom)) return null;
    if (article.validTo !== null && now >= Date.parse(article.validTo)) return null;
    return article;
  }
}
