/**
 * Calibration for a KB without similar questions (BM25 only): there is nothing held out
 * to fit on, and the default coefficients trust a full BM25 match, which in a KB of
 * near-duplicate standard questions ("花呗安全吗" / "使用花呗有风险吗" / "这个花呗安全么")
 * is right only when nothing else matches as well. So the KB is asked its own questions:
 * standard questions perturbed (pseudo-queries.ts) are ranked against it, and the same
 * logistic calibration is fitted on whether each candidate was the source article. As in
 * held-out-calibration.ts, a tenth of the articles are left out of the index so their
 * pseudo-questions play the out-of-scope part (every candidate wrong).
 */
import { Bm25Index } from './bm25-index.js';
import { fitCalibration, UNTRAINED_CALIBRATION, type Calibration, type CandidateSignals } from './calibration.js';
import { rankCandidates, type QueryForms } from './candidates.js';
import { CALIBRATION_DEPTH, UNSEEN_ARTICLE_SHARE } from './held-out-calibration.js';
import { pseudoQuery } from './pseudo-queries.js';
import { seededRandom, shuffleInPlace } from './seeded-random.js';

/** Pseudo-questions ranked (one per sampled article): a few seconds at most. */
const PSEUDO_QUERY_CAP = 3000;
/** Temperature of nearEqualShares (calibration.ts) on the BM25 scale (≈ 0…1). */
export const TIE_TEMPERATURE = 0.1;
/** Below this many pseudo-questions the fit would be noise: keep the default coefficients. */
const MIN_PSEUDO_QUERIES = 30;

export interface PseudoCalibrationInput {
  /** Per article (label = position): its questions, the standard question first. */
  sentences: readonly (readonly string[])[];
  /** BM25 terms and re-ranking form of a question (Tokenizer.indexForms). */
  indexForms: (text: string) => { terms: string[]; han: string };
  formsOf: (text: string) => QueryForms;
  seed: number;
}

export function calibrateOnPseudoQueries(input: PseudoCalibrationInput): Calibration {
  const { sentences } = input;
  const random = seededRandom(input.seed);
  const labels = shuffleInPlace(sentences.map((_, label) => label), random);
  const unseen = new Set(labels.slice(0, Math.floor(sentences.length * UNSEEN_ARTICLE_SHARE)));
  const queries: { label: number; text: string }[] = [];
  // A second shuffle, so the left-out articles are a tenth of the questions whatever the cap.
  for (const label of shuffleInPlace([...labels], random)) {
    if (queries.length >= PSEUDO_QUERY_CAP) break;
    const text = pseudoQuery(sentences[label]![0]!, random);
    if (text !== null) queries.push({ label, text });
  }
  if (queries.length < MIN_PSEUDO_QUERIES) return UNTRAINED_CALIBRATION;

  const bm25 = new Bm25Index();
  sentences.forEach((list, label) => {
    if (unseen.has(label)) return;
    const forms = list.map(input.indexForms);
    bm25.setArticle(label, forms.map((f) => f.terms), forms.map((f) => f.han));
  });
  const rows: CandidateSignals[] = [];
  const correct: boolean[] = [];
  for (const { label, text } of queries) {
    const ranked = rankCandidates(input.formsOf(text), bm25, undefined, UNTRAINED_CALIBRATION, () => true);
    for (const candidate of ranked.slice(0, CALIBRATION_DEPTH)) {
      rows.push(candidate.signals);
      correct.push(candidate.slot === label);
    }
  }
  const fitted = fitCalibration(rows, correct, UNTRAINED_CALIBRATION, [false, false, true, true, true]);
  return { ...fitted, tieTemperature: TIE_TEMPERATURE };
}
