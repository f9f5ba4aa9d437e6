/**
 * One query → merged candidates with calibrated scores. The matcher's and BM25's best
 * few are unioned (each catches what the other misses: the matcher paraphrases, BM25 rare
 * exact terms and articles added since the last training), every candidate gets its
 * signals, and the calibration ranks them.
 */
import type { Bm25Index } from './bm25-index.js';
import { calibrate, nearEqualShares, UNTRAINED_CALIBRATION, type Calibration, type CandidateSignals } from './calibration.js';
import type { LinearModel } from './linear-model.js';

/** How many candidates each ranker contributes before merging. */
export const CANDIDATES_PER_RANKER = 20;

export interface TrainedMatcher {
  model: LinearModel;
  /** Article slot of each model class. */
  classSlots: readonly number[];
  /** The same slots as a set: articles added since training are not in it. */
  modelled: ReadonlySet<number>;
}

export function trainedMatcher(model: LinearModel, classSlots: readonly number[]): TrainedMatcher {
  return { model, classSlots, modelled: new Set(classSlots) };
}

export interface QueryForms {
  /** Tokens without stopwords (BM25). */
  tokens: readonly string[];
  /** Folded Chinese characters BM25 re-ranks its best candidates by ('' for other scripts). */
  han: string;
  /** Hashed features (the matcher); computed only when there is a trained matcher. */
  features: () => Map<number, number>;
}

export interface Candidate {
  slot: number;
  signals: CandidateSignals;
  score: number;
}

/** Margin of each entry against the best other entry of the list (the list includes a 0 floor). */
function margins(scores: Map<number, number>, floor: number): (slot: number) => number {
  let first = floor;
  let second = floor;
  for (const score of scores.values()) {
    if (score > first) {
      second = first;
      first = score;
    } else if (score > second) second = score;
  }
  return (slot) => {
    const score = scores.get(slot) ?? floor;
    return score >= first ? score - second : score - first;
  };
}

export function rankCandidates(
  query: QueryForms,
  bm25: Bm25Index,
  matcher: TrainedMatcher | undefined,
  calibration: Calibration,
  isLive: (slot: number) => boolean,
): Candidate[] {
  const lexical = new Map<number, number>();
  for (const hit of bm25.search(query.tokens, CANDIDATES_PER_RANKER, query.han)) if (isLive(hit.slot)) lexical.set(hit.slot, hit.score);
  const trained = new Map<number, number>();
  let modelFloor = 0;
  if (matcher) {
    for (const { label, score } of matcher.model.score(query.features(), CANDIDATES_PER_RANKER)) {
      if (label < 0) continue;
      const slot = matcher.classSlots[label]!;
      if (isLive(slot)) trained.set(slot, score);
    }
    modelFloor = Math.min(0, ...trained.values());
  }
  const modelMargin = margins(trained, modelFloor);
  const bm25Margin = margins(lexical, 0);
  const slots = new Set([...trained.keys(), ...lexical.keys()]);
  const candidates: Candidate[] = [];
  for (const slot of slots) {
    // An article added since the last training has no matcher score yet; judge it as
    // before any training (BM25 alone) rather than as one the matcher rejected.
    const known = matcher?.modelled.has(slot) ?? false;
    const bm25 = lexical.get(slot) ?? 0;
    const margin = bm25Margin(slot);
    // The lead as a share of the score: 0.05 ahead at 0.9 is a near-duplicate tie, at 0.2 it is not.
    const relativeMargin = bm25 > 0 ? margin / bm25 : 0;
    const signals: CandidateSignals = known
      ? [trained.get(slot) ?? modelFloor, modelMargin(slot), bm25, margin, relativeMargin]
      : [0, 0, bm25, margin, relativeMargin];
    candidates.push({ slot, signals, score: calibrate(known || !matcher ? calibration : UNTRAINED_CALIBRATION, signals) });
  }
  if (!matcher && calibration.tieTemperature && candidates.length > 0) {
    const shares = nearEqualShares(candidates.map((c) => c.signals[2]), calibration.tieTemperature);
    candidates.forEach((candidate, i) => (candidate.score *= shares[i]!));
  }
  candidates.sort((a, b) => b.score - a.score || a.slot - b.slot);
  return candidates;
}
