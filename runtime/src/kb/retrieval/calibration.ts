/**
 * Turns a candidate's raw signals into the probability that it is the right article:
 * logistic regression (Platt scaling with several inputs) over
 * [matcher score, matcher margin, BM25 score, BM25 margin, BM25 relative margin], fitted
 * on similar questions held out of a training fold (held-out-calibration.ts) or, in a KB
 * without similar questions, on perturbed standard questions (pseudo-query-calibration.ts).
 * Because it is fitted on "was this candidate correct", the
 * same function both ranks the merged candidate list and gives thresholds a meaning
 * ("answer at 0.6" ≈ 60 % of such answers are right on the KB's own phrasings).
 */
export type CandidateSignals = readonly [model: number, modelMargin: number, bm25: number, bm25Margin: number, bm25RelativeMargin: number];

/** Number of signals; a model exported with fewer weights (before the relative margin) reads the missing ones as 0. */
const SIGNALS = 5;

export interface Calibration {
  weights: readonly number[];
  bias: number;
  /**
   * BM25-only KBs after `train()`: each candidate's probability is multiplied by its
   * share of exp(BM25 score / T) over the candidates, so k near-equal articles split the
   * confidence (at most ≈ 1/k each) and lead to `suggest` (see nearEqualShares).
   */
  tieTemperature?: number;
}

/** Which weights a fit may move (the others keep their start value). */
export type FreeWeights = readonly boolean[];

/**
 * Before any training (BM25 only) and for KBs without enough similar questions to hold
 * some out. Fitted on Banking77/AFQMC with the model signals at zero; see docs/kb-retrieval.md.
 */
export const UNTRAINED_CALIBRATION: Calibration = { weights: [0, 0, 5, 6, 0], bias: -3.5 };
/** For a trained model when the KB has too few similar questions to fit its own. */
export const DEFAULT_TRAINED_CALIBRATION: Calibration = { weights: [4, 8, 2, 3, 0], bias: -4 };

export function calibrate(calibration: Calibration, signals: CandidateSignals): number {
  let z = calibration.bias;
  for (let i = 0; i < SIGNALS; i++) z += (calibration.weights[i] ?? 0) * signals[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Batch gradient descent on the log loss with a little L2; a handful of inputs, so this is instant. */
export function fitCalibration(rows: readonly CandidateSignals[], labels: readonly boolean[], start: Calibration, free: FreeWeights): Calibration {
  const w = Array.from({ length: SIGNALS }, (_, i) => start.weights[i] ?? 0);
  let bias = start.bias;
  const rate = 0.5;
  const l2 = 1e-4;
  const n = rows.length;
  for (let iteration = 0; iteration < 400; iteration++) {
    const gradient = new Array<number>(SIGNALS).fill(0);
    let gradientBias = 0;
    for (let k = 0; k < n; k++) {
      const x = rows[k]!;
      let z = bias;
      for (let i = 0; i < SIGNALS; i++) z += w[i]! * x[i]!;
      const error = 1 / (1 + Math.exp(-z)) - (labels[k] ? 1 : 0);
      for (let i = 0; i < SIGNALS; i++) gradient[i] = gradient[i]! + error * x[i]!;
      gradientBias += error;
    }
    for (let i = 0; i < SIGNALS; i++) if (free[i]) w[i] = w[i]! - rate * (gradient[i]! / n + l2 * w[i]!);
    bias -= (rate * gradientBias) / n;
  }
  return { weights: w, bias };
}

/**
 * Softmax of the BM25 scores at temperature T: the share of the confidence each candidate
 * keeps when the KB cannot tell near-equal candidates apart. A lead of T over the next
 * candidate keeps e/(e+1) ≈ 73 % of it; a tie halves it.
 */
export function nearEqualShares(bm25Scores: readonly number[], temperature: number): number[] {
  const best = Math.max(...bm25Scores);
  const weights = bm25Scores.map((score) => Math.exp((score - best) / temperature));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}
