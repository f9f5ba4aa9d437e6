/**
 * Turns a candidate's raw signals into the probability that it is the right article:
 * logistic regression (Platt scaling with several inputs) over
 * [matcher score, matcher margin, BM25 score, BM25 margin], fitted on similar questions
 * held out of a training fold. Because it is fitted on "was this candidate correct", the
 * same function both ranks the merged candidate list and gives thresholds a meaning
 * ("answer at 0.6" ≈ 60 % of such answers are right on the KB's own phrasings).
 */
export type CandidateSignals = readonly [model: number, modelMargin: number, bm25: number, bm25Margin: number];

export interface Calibration {
  weights: readonly [number, number, number, number];
  bias: number;
}

/**
 * Before any training (BM25 only) and for KBs without enough similar questions to hold
 * some out. Fitted on Banking77/AFQMC with the model signals at zero; see docs/kb-retrieval.md.
 */
export const UNTRAINED_CALIBRATION: Calibration = { weights: [0, 0, 5, 6], bias: -3.5 };
/** For a trained model when the KB has too few similar questions to fit its own. */
export const DEFAULT_TRAINED_CALIBRATION: Calibration = { weights: [4, 8, 2, 3], bias: -4 };

export function calibrate(calibration: Calibration, signals: CandidateSignals): number {
  let z = calibration.bias;
  for (let i = 0; i < 4; i++) z += calibration.weights[i]! * signals[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Batch gradient descent on the log loss with a little L2; a handful of inputs, so this is instant. */
export function fitCalibration(rows: readonly CandidateSignals[], labels: readonly boolean[], start: Calibration): Calibration {
  const w = [...start.weights];
  let bias = start.bias;
  const rate = 0.5;
  const l2 = 1e-4;
  const n = rows.length;
  for (let iteration = 0; iteration < 400; iteration++) {
    const gradient = [0, 0, 0, 0];
    let gradientBias = 0;
    for (let k = 0; k < n; k++) {
      const x = rows[k]!;
      let z = bias;
      for (let i = 0; i < 4; i++) z += w[i]! * x[i]!;
      const error = 1 / (1 + Math.exp(-z)) - (labels[k] ? 1 : 0);
      for (let i = 0; i < 4; i++) gradient[i] = gradient[i]! + error * x[i]!;
      gradientBias += error;
    }
    for (let i = 0; i < 4; i++) w[i] = w[i]! - rate * (gradient[i]! / n + l2 * w[i]!);
    bias -= (rate * gradientBias) / n;
  }
  return { weights: [w[0]!, w[1]!, w[2]!, w[3]!], bias };
}
