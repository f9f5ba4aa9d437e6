/**
 * The retrieval engine of one knowledge base, in memory: BM25 over every question of
 * every article (incremental, always current) plus a matcher trained from the articles'
 * similar questions (rebuilt by `train()`), merged and calibrated into one ranked list
 * and a decision. No I/O: the store feeds it articles and decides when to train.
 */
import type { KbDecision, SearchHit } from '../kb-types.js';
import { Bm25Index } from './bm25-index.js';
import {
  DEFAULT_TRAINED_CALIBRATION,
  fitCalibration,
  UNTRAINED_CALIBRATION,
  type Calibration,
  type CandidateSignals,
} from './calibration.js';
import { rankCandidates, type QueryForms, type TrainedMatcher } from './candidates.js';
import { featuresOf } from './features.js';
import { LinearModel, type TrainingSample } from './linear-model.js';
import { seededRandom, shuffleInPlace } from './seeded-random.js';
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
export const DEFAULT_THRESHOLDS: Thresholds = { answer: 0.5, suggest: 0.2 };

/** Hits shown with a `suggest` decision ("did you mean" buttons). */
const SUGGESTIONS = 3;
/** Held-out similar questions used to fit the calibration: share per article and cap. */
const HOLDOUT_SHARE = 0.2;
const HOLDOUT_CAP = 3000;
const MIN_HOLDOUT = 30;
/** Candidates per held-out question that become calibration rows. */
const CALIBRATION_DEPTH = 5;

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
    this.bm25.setArticle(entry.slot, sentencesOf(copy).map((s) => this.tokenizer.tokenize(s)));
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

  search(query: string, options: { top?: number } = {}): SearchOutcome {
    const top = Math.max(1, options.top ?? 5);
    const candidates = rankCandidates(this.formsOf(query), this.bm25, this.matcher, this.calibration, (slot) => this.slots[slot] !== undefined);
    const best = candidates[0]?.score ?? 0;
    const decision: KbDecision = best >= this.thresholds.answer ? 'answer' : best >= this.thresholds.suggest ? 'suggest' : 'none';
    const hits = candidates.slice(0, decision === 'suggest' ? Math.min(top, SUGGESTIONS) : top).map(({ slot, score }) => {
      const { article } = this.slots[slot]!;
      return { id: article.id, question: article.question, score: Math.round(score * 10_000) / 10_000 };
    });
    return { decision, hits };
  }

  /**
   * Trains the matcher on every article's questions, after fitting the calibration on a
   * held-out fold (a fifth of the similar questions, seeded) so confidences are measured
   * on phrasings the fold's model has not seen.
   */
  train(): TrainingStats {
    const started = process.hrtime.bigint();
    const live = this.slots.filter((e): e is Entry => e !== undefined);
    const random = seededRandom(this.seed);
    const sentences = live.map((entry) => sentencesOf(entry.article));
    const heldOut: { label: number; text: string }[] = [];
    sentences.forEach((list, label) => {
      const similar = shuffleInPlace(list.slice(1), random);
      const count = list.length >= 3 ? Math.max(1, Math.floor(similar.length * HOLDOUT_SHARE)) : 0;
      for (const text of similar.slice(0, count)) {
        heldOut.push({ label, text });
      }
    });
    shuffleInPlace(heldOut, random).splice(HOLDOUT_CAP);

    const features = sentences.map((list) => list.map((text) => featuresOf(this.tokenizer, text)));
    const samples = (keep: (label: number, text: string) => boolean): TrainingSample[] =>
      sentences.flatMap((list, label) => list.flatMap((text, i) => (keep(label, text) ? [{ label, features: features[label]![i]! }] : [])));

    let calibration = live.length > 0 ? DEFAULT_TRAINED_CALIBRATION : UNTRAINED_CALIBRATION;
    if (heldOut.length >= MIN_HOLDOUT) {
      const inFold = new Set(heldOut.map((h) => `${h.label}\u0000${h.text}`));
      const foldMatcher: TrainedMatcher = {
        model: LinearModel.train(samples((label, text) => !inFold.has(`${label}\u0000${text}`)), live.length, { seed: this.seed }),
        classSlots: live.map((_, label) => label),
      };
      const foldBm25 = new Bm25Index();
      sentences.forEach((list, label) =>
        foldBm25.setArticle(label, list.filter((text) => !inFold.has(`${label}\u0000${text}`)).map((t) => this.tokenizer.tokenize(t))),
      );
      const rows: CandidateSignals[] = [];
      const labels: boolean[] = [];
      for (const { label, text } of heldOut) {
        const ranked = rankCandidates(this.formsOf(text), foldBm25, foldMatcher, DEFAULT_TRAINED_CALIBRATION, () => true);
        for (const candidate of ranked.slice(0, CALIBRATION_DEPTH)) {
          rows.push(candidate.signals);
          labels.push(candidate.slot === label);
        }
      }
      calibration = fitCalibration(rows, labels, DEFAULT_TRAINED_CALIBRATION);
    }
    this.matcher = live.length > 0 ? { model: LinearModel.train(samples(() => true), live.length, { seed: this.seed }), classSlots: live.map((e) => e.slot) } : undefined;
    this.calibration = calibration;
    return { trainingMs: Number(process.hrtime.bigint() - started) / 1e6, articles: live.length };
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

  private formsOf(text: string): QueryForms {
    return { tokens: this.tokenizer.tokenize(text), features: featuresOf(this.tokenizer, text) };
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
