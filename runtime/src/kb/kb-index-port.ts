/**
 * What the store needs from the retrieval engine (`./retrieval/`), and nothing more: the
 * store keeps one index per knowledge base and feeds it incrementally. Written against
 * the engine's published API so either side can change its internals.
 */
import type { KbDecision, SearchHit } from './kb-types.js';

export interface IndexedArticle {
  id: string;
  question: string;
  similar: string[];
}

/** Shares of test cases whose expected article is first / in the top 3; null without cases. */
export interface Figures {
  top1: number | null;
  top3: number | null;
}

export interface SearchOptions {
  top: number;
  /** Which article ids may be ranked (e.g. only those inside their validity window now). */
  accept?: (id: string) => boolean;
}

export interface SearchIndex {
  upsert(article: IndexedArticle): unknown;
  remove(id: string): unknown;
  readonly size: number;
  /**
   * Ranks and decides among the articles `accept` lets through (all when absent): an
   * article refused here is not a candidate, so it neither shows up nor takes a share of
   * the confidence or a place in the decision (word statistics still count it).
   */
  search(query: string, options: SearchOptions): { decision: KbDecision; hits: SearchHit[] } | Promise<{ decision: KbDecision; hits: SearchHit[] }>;
  train(): { trainingMs: number; articles: number } | Promise<{ trainingMs: number; articles: number }>;
  evaluate(cases: { query: string; expectedId: string }[]): Figures | Promise<Figures>;
  setThresholds(thresholds: { answer: number; suggest: number }): unknown;
  /** The trained state as bytes, to keep the activated model version (optional in the engine). */
  exportModel?(): Uint8Array;
  /** Loads `exportModel` bytes instead of training; throws on bytes that are not a model. */
  importModel?(bytes: Uint8Array): void;
}
