/**
 * The retrieval engine of one knowledge base, in memory: BM25 over every question of
 * every article (incremental, always current) plus a matcher trained from the articles'
 * similar questions (rebuilt by `train()`), merged and calibrated into one ranked list
 * and a decision. No I/O: the store feeds it articles and decides when to train.
 */
import type { KbDecision, SearchHit } from '../kb-types.js';
import { Bm25Index } from './bm25-index.js';
import { UNTRAINED_CALIBRATION, type Calibration } from './calibration.js';
import { rankCandidates, trainedMatcher, type QueryForms, type TrainedMatcher } from './candidates.js';
import { featuresOf } from './features.js';
import { calibrateOnHeldOut } from './held-out-calibration.js';
import { calibrateOnPseudoQueries } from './pseudo-query-calibration.js';
import { LinearModel } from './linear-model.js';
import { decodeModel, encodeModel } from './model-codec.js';
import { Tokenizer } from './tokenizer.js';

export interface IndexedArticle {
  id: string;
  question: string;
  similar: string[];
}

export interface Thresholds {
  answer: number;
  suggest: number;
}

export interface RetrievalOptions {
  /** User dictionary words for jieba (domain terms: 花呗, 借呗 …), added to the defaults. */
  dictionary?: string[];
  /** Groups of synonyms, each folded to its first member; added to the defaults. */
  synonyms?: string[][];
  thresholds?: Thresholds;
  /** Seed of training shuffles and held-out folds (default 1). */
  seed?: number;
}

/** Chosen with `npm run bench:kb`; see docs/kb-retrieval.md for the figures behind them. */
export const DEFAULT_THRESHOLDS: Thresholds = { answer: 0.5, suggest: 0.3 };

/** Hits shown with a `suggest` decision ("did you mean" buttons). */
const SUGGESTIONS = 3;
/**
 * Above this many articles `train()` keeps BM25 only: the matcher's memory and training
 * time grow with articles × features (about 17 s and +600 MiB at 20k synthetic articles),
 * and a KB that large rarely has the several similar questions per article the matcher
 * learns from. See docs/kb-retrieval.md.
 */
export const MAX_TRAINED_ARTICLES = 10_000;

interface Entry {
  article: IndexedArticle;
  slot: number;
}

export interface SearchOutcome {
  decision: KbDecision;
  hits: SearchHit[];
}

export interface TrainingStats {
  trainingMs: number;
  articles: number;
}

/**
 * A trained state (matcher + calibration) kept aside so the store can train a candidate,
 * evaluate it on the KB's test set, and go back to the active one if it regressed.
 * Opaque; valid for the index that made it.
 */
export interface ModelSnapshot {
  readonly matcher: TrainedMatcher | undefined;
  readonly calibration: Calibration;
}

export interface Evaluation {
  top1: number | null;
  top3: number | null;
  cases: number;
}

export class KbIndex {
  private readonly tokenizer: Tokenizer;
  private readonly bm25 = new Bm25Index();
  private readonly entries = new Map<string, Entry>();
  private readonly slots: (Entry | undefined)[] = [];
  private readonly seed: number;
  private thresholds: Thresholds;
  private matcher: TrainedMatcher | undefined;
  private calibration: Calibration = UNTRAINED_CALIBRATION;

  constructor(options: RetrievalOptions = {}) {
    this.tokenizer = new Tokenizer(options);
    this.thresholds = validThresholds(options.thresholds ?? DEFAULT_THRESHOLDS);
    this.seed = options.seed ?? 1;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds or replaces one article; costs what this article costs (the matcher catches up at the next `train()`). */
  upsert(article: IndexedArticle): void {
    const copy: IndexedArticle = { id: article.id, question: article.question, similar: [...article.similar] };
    let entry = this.entries.get(article.id);
    if (entry) entry.article = copy;
    else {
      entry = { article: copy, slot: this.slots.length };
      this.entries.set(article.id, entry);
      this.slots.push(entry);
    }
    const forms = sentencesOf(copy).map((s) => this.tokenizer.indexForms(s));
    this.bm25.setArticle(entry.slot, forms.map((f) => f.terms), forms.map((f) => f.han));
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.bm25.removeArticle(entry.slot);
    this.entries.delete(id);
    this.slots[entry.slot] = undefined;
  }

  setThresholds(thresholds: Thresholds): void {
    this.thresholds = validThresholds(thresholds);
  }

  /** `accept`: which article ids may be ranked at all (see `SearchIndex.search`). */
  search(query: string, options: { top?: number; accept?: (id: string) => boolean } = {}): SearchOutcome {
    const top = Math.max(1, options.top ?? 5);
    const { accept } = options;
    const isLive = accept
      ? (slot: number) => {
          const entry = this.slots[slot];
          return entry !== undefined && accept(entry.article.id);
        }
      : (slot: number) => this.slots[slot] !== undefined;
    const candidates = rankCandidates(this.formsOf(query), this.bm25, this.matcher, this.calibration, isLive);
    // Decide on the rounded score the caller sees, so "score ≥ threshold" holds for what is shown.
    const shown = (score: number) => Math.round(score * 10_000) / 10_000;
    const best = shown(candidates[0]?.score ?? 0);
    // When near-equal candidates split the confidence (a BM25-only KB after train()), the
    // scores are shares of one probability, and the suggestions are right when any of them
    // is: their sum is what `suggest` is compared with.
    const suggested = this.calibration.tieTemperature && !this.matcher
      ? shown(candidates.slice(0, SUGGESTIONS).reduce((sum, c) => sum + c.score, 0))
      : best;
    const decision: KbDecision = best >= this.thresholds.answer ? 'answer' : suggested >= this.thresholds.suggest ? 'suggest' : 'none';
    const hits = candidates.slice(0, decision === 'suggest' ? Math.min(top, SUGGESTIONS) : top).map(({ slot, score }) => {
      const { article } = this.slots[slot]!;
      return { id: article.id, question: article.question, score: shown(score) };
    });
    return { decision, hits };
  }

  /**
   * Trains the matcher on every article's questions, after fitting the calibration on a
   * held-out fold (see held-out-calibration.ts) so confidences are measured on phrasings
   * the fold's model has not seen.
   */
  train(): TrainingStats {
    const started = process.hrtime.bigint();
    const live = this.slots.filter((e): e is Entry => e !== undefined);
    // Without any similar question the matcher is a TF-IDF copy of the standard questions
    // BM25 already indexes: on AFQMC (no similar questions) it scored 11.1 % top-1 alone
    // against BM25's 14.9 %, and merging it cost 1–3 points. Keep BM25 only until there are phrasings to learn.
    const learnable = live.some((entry) => entry.article.similar.some((s) => s.trim().length > 0));
    if (live.length > MAX_TRAINED_ARTICLES || !learnable) {
      this.matcher = undefined;
      // No similar questions to hold out: calibrate on perturbed standard questions, so
      // near-duplicate articles lead to `suggest` rather than a confident wrong answer.
      this.calibration =
        live.length > MAX_TRAINED_ARTICLES
          ? UNTRAINED_CALIBRATION
          : calibrateOnPseudoQueries({ sentences: live.map((entry) => sentencesOf(entry.article)), ...this.calibrationTools() });
      return { trainingMs: Number(process.hrtime.bigint() - started) / 1e6, articles: live.length };
    }
    const sentences = live.map((entry) => sentencesOf(entry.article));
    const features = sentences.map((list) => list.map((text) => featuresOf(this.tokenizer, text)));
    this.calibration = calibrateOnHeldOut({ sentences, features, ...this.calibrationTools() });
    const samples = features.flatMap((list, label) => list.map((f) => ({ label, features: f })));
    this.matcher = trainedMatcher(LinearModel.train(samples, live.length, { seed: this.seed }), live.map((e) => e.slot));
    return { trainingMs: Number(process.hrtime.bigint() - started) / 1e6, articles: live.length };
  }

  /** The current trained state, to `restoreModel` later (e.g. when a retrain regresses). */
  snapshotModel(): ModelSnapshot {
    return { matcher: this.matcher, calibration: this.calibration };
  }

  restoreModel(snapshot: ModelSnapshot): void {
    this.matcher = snapshot.matcher;
    this.calibration = snapshot.calibration;
  }

  /** The trained state as bytes (see model-codec.ts), e.g. to store the activated model version. */
  exportModel(): Uint8Array {
    const ids = this.matcher?.classSlots.map((slot) => this.slots[slot]?.article.id ?? '') ?? [];
    return encodeModel(this.matcher?.model, ids, this.calibration);
  }

  /**
   * Loads bytes from `exportModel`. Classes are matched to articles by id; articles the
   * model does not know are found by BM25 until the next `train()`, classes whose article
   * is gone are ignored. Throws a RangeError on bytes that are not such a model.
   */
  importModel(bytes: Uint8Array): void {
    const decoded = decodeModel(bytes);
    this.matcher = decoded.model
      ? trainedMatcher(decoded.model, decoded.classIds.map((id) => this.entries.get(id)?.slot ?? -1))
      : undefined;
    this.calibration = decoded.calibration;
  }

  /** top-1 / top-3 accuracy on (query → expected article id) cases; null figures for an empty set. */
  evaluate(cases: readonly { query: string; expectedId: string }[]): Evaluation {
    if (cases.length === 0) return { top1: null, top3: null, cases: 0 };
    let top1 = 0;
    let top3 = 0;
    for (const { query, expectedId } of cases) {
      const ranked = rankCandidates(this.formsOf(query), this.bm25, this.matcher, this.calibration, (slot) => this.slots[slot] !== undefined);
      const position = ranked.slice(0, 3).findIndex((c) => this.slots[c.slot]?.article.id === expectedId);
      if (position === 0) top1 += 1;
      if (position >= 0) top3 += 1;
    }
    return { top1: top1 / cases.length, top3: top3 / cases.length, cases: cases.length };
  }

  /** What both calibrations need to rank the KB's own (held-out or perturbed) questions. */
  private calibrationTools() {
    return {
      indexForms: (text: string) => this.tokenizer.indexForms(text),
      formsOf: (text: string) => this.formsOf(text),
      seed: this.seed,
    };
  }

  private formsOf(text: string): QueryForms {
    const { terms, han } = this.tokenizer.indexForms(text);
    return { tokens: terms, han, features: () => featuresOf(this.tokenizer, text) };
  }
}

function sentencesOf(article: IndexedArticle): string[] {
  return [article.question, ...article.similar].filter((s) => s.trim().length > 0);
}

function validThresholds(thresholds: Thresholds): Thresholds {
  const { answer, suggest } = thresholds;
  if (!(suggest >= 0 && answer <= 1 && suggest <= answer)) {
    throw new RangeError(`thresholds must satisfy 0 ≤ suggest ≤ answer ≤ 1 (got suggest ${suggest}, answer ${answer})`);
  }
  return { answer, suggest };
}
