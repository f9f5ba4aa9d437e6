/**
 * The knowledge base as the rest of Kefu sees it: the contract between the store
 * (kb/ over the database), the retrieval engine (kb/retrieval/), the `kb-answer`
 * node, the console (tRPC `kb.*`) and the CLI (`kefu kb …`). Surfaces depend on these
 * types only.
 */
import type { Locale } from '@kefu/schemas';

export type KbDecision = 'answer' | 'suggest' | 'none';

export interface KnowledgeBase {
  /** Stable identifier, e.g. `default`, `banking`. Letters, digits, `_`, `-`. */
  name: string;
  title: string;
  locale: Locale;
  articleCount: number;
  /** Confidence thresholds: ≥ answer → auto-reply; ≥ suggest → "did you mean"; else none. */
  thresholds: { answer: number; suggest: number };
  createdAt: string;
  updatedAt: string;
}

export type ArticleStatus = 'draft' | 'published';

export interface Article {
  kb: string;
  /** The id from the import file when there was one, else generated. Unique per KB. */
  id: string;
  question: string;
  similar: string[];
  /** Markdown subset (paragraphs, **bold**, *italic*, lists, [links](https://…), ![images](https://…)); sanitised on save. */
  answer: string;
  /** Category path, segments joined by ` / ` on display, e.g. ["Cards", "Lost card"]. Empty = uncategorised. */
  category: string[];
  tags: string[];
  status: ArticleStatus;
  /** ISO-8601; null = no bound. Outside the window the article is not answered from. */
  validFrom: string | null;
  validTo: string | null;
  locale: Locale;
  /** Increments on every save (optimistic concurrency for the article editor). */
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

export interface ArticleInput {
  id?: string;
  question: string;
  similar?: string[];
  answer: string;
  category?: string[];
  tags?: string[];
  status?: ArticleStatus;
  validFrom?: string | null;
  validTo?: string | null;
  locale?: Locale;
}

export interface SearchHit {
  id: string;
  question: string;
  /** Calibrated confidence in [0, 1] that this article answers the query. */
  score: number;
}

export interface SearchResult {
  query: string;
  decision: KbDecision;
  hits: SearchHit[];
}

/** One bad row of an import file. `row` is 1-based as a spreadsheet shows it (CSV/XLSX: header is row 1). */
export interface ImportRowProblem {
  row: number;
  field?: string;
  message: string;
}

export interface ImportReport {
  ok: boolean;
  created: number;
  updated: number;
  /** Articles removed because of `replace`. */
  removed: number;
  problems: ImportRowProblem[];
}

export type ImportFormat = 'jsonl' | 'csv' | 'xlsx';

/** What the `kb-answer` node and agents' suggestions need: search one KB, read an article. */
export interface KbRuntime {
  search(kb: string, query: string, options?: { top?: number }): Promise<SearchResult>;
  /** A published, currently valid article, or null. */
  article(kb: string, id: string): Promise<Article | null>;
  /** Logs a `none` decision or a thumbs-down into the unanswered-question loop. */
  logUnanswered(entry: UnansweredInput): Promise<void>;
  /** A customer's thumbs-up/down on an answer; a thumbs-down is also logged as unanswered. */
  recordFeedback(entry: FeedbackInput): Promise<void>;
}

export interface FeedbackInput {
  kb: string;
  articleId: string;
  rating: 'up' | 'down';
  /** The customer's question that the article answered. */
  question: string;
  conversationId?: string;
  context: UnansweredInput['context'];
}

export interface UnansweredInput {
  kb: string;
  question: string;
  reason: 'no-answer' | 'thumbs-down';
  conversationId?: string;
  /** The article that got the thumbs-down. */
  articleId?: string;
  /** A few messages before the question, oldest first. */
  context: { from: 'customer' | 'bot' | 'agent'; text: string }[];
}

export type UnansweredStatus = 'new' | 'pending' | 'applied' | 'dismissed';

export interface UnansweredGroup {
  id: string;
  kb: string;
  /** The most typical question of the group. */
  representative: string;
  status: UnansweredStatus;
  /** How many logged questions the group holds (its rank). */
  count: number;
  questions: { id: string; question: string; reason: UnansweredInput['reason']; createdAt: string; context: UnansweredInput['context'] }[];
  lastSeenAt: string;
}

export interface ModelVersion {
  kb: string;
  version: number;
  /** Evaluation on the KB's test set; null figures when the test set is empty. */
  testCases: number;
  top1: number | null;
  top3: number | null;
  active: boolean;
  /** Why it was (not) activated, e.g. "top-1 fell from 0.91 to 0.88". */
  note: string;
  articleCount: number;
  trainingMs: number;
  createdAt: string;
}
