/**
 * Fits the calibration on the KB's own phrasings: a fold model is trained without a
 * fifth of the similar questions (seeded), and those questions are ranked by it. A tenth
 * of the articles are left out of the fold entirely, so their questions play the part of
 * out-of-scope customer questions (every candidate wrong): without them the calibration
 * only ever sees answerable questions and is overconfident on the rest.
 */
import { Bm25Index } from './bm25-index.js';
import { DEFAULT_TRAINED_CALIBRATION, fitCalibration, type Calibration, type CandidateSignals } from './calibration.js';
import { rankCandidates, trainedMatcher, type QueryForms } from './candidates.js';
import { LinearModel, type TrainingSample } from './linear-model.js';
import { seededRandom, shuffleInPlace } from './seeded-random.js';

const HOLDOUT_SHARE = 0.2;
export const UNSEEN_ARTICLE_SHARE = 0.1;
const HOLDOUT_CAP = 3000;
const MIN_HOLDOUT = 30;
/** Candidates per held-out question that become calibration rows. */
export const CALIBRATION_DEPTH = 5;

export interface CalibrationInput {
  /** Per article (label = position): its questions, the standard question first. */
  sentences: readonly (readonly string[])[];
  /** Matcher features of each question, same shape as `sentences`. */
  features: readonly (readonly Map<number, number>[])[];
  /** BM25 terms and re-ranking form of a question (Tokenizer.indexForms). */
  indexForms: (text: string) => { terms: string[]; han: string };
  formsOf: (text: string) => QueryForms;
  seed: number;
}

/** The fitted calibration, or the default when the KB has too few similar questions to hold some out. */
export function calibrateOnHeldOut(input: CalibrationInput): Calibration {
  const { sentences, features, seed } = input;
  const random = seededRandom(seed);
  const labels = sentences.map((_, label) => label);
  const unseen = new Set(sentences.length >= 10 ? shuffleInPlace(labels, random).slice(0, Math.floor(sentences.length * UNSEEN_ARTICLE_SHARE)) : []);
  /** `held[label]` = indexes of that article's questions kept out of the fold. */
  const held = sentences.map(() => new Set<number>());
  const queries: { label: number; index: number }[] = [];
  sentences.forEach((list, label) => {
    if (list.length < 3) return;
    const similar = shuffleInPlace(list.map((_, i) => i).slice(1), random);
    const count = Math.max(1, Math.floor(similar.length * HOLDOUT_SHARE));
    for (const index of similar.slice(0, count)) queries.push({ label, index });
  });
  shuffleInPlace(queries, random).splice(HOLDOUT_CAP);
  if (queries.length < MIN_HOLDOUT) return DEFAULT_TRAINED_CALIBRATION;
  for (const { label, index } of queries) held[label]!.add(index);
  const inFold = (label: number, index: number) => !unseen.has(label) && !held[label]!.has(index);

  const samples: TrainingSample[] = [];
  const bm25 = new Bm25Index();
  sentences.forEach((list, label) => {
    list.forEach((_, index) => {
      if (inFold(label, index)) samples.push({ label, features: features[label]![index]! });
    });
    const forms = list.filter((_, index) => inFold(label, index)).map(input.indexForms);
    bm25.setArticle(label, forms.map((f) => f.terms), forms.map((f) => f.han));
  });
  const matcher = trainedMatcher(LinearModel.train(samples, sentences.length, { seed }), sentences.map((_, i) => i));
  const rows: CandidateSignals[] = [];
  const correct: boolean[] = [];
  for (const { label, index } of queries) {
    const ranked = rankCandidates(input.formsOf(sentences[label]![index]!), bm25, matcher, DEFAULT_TRAINED_CALIBRATION, () => true);
    for (const candidate of ranked.slice(0, CALIBRATION_DEPTH)) {
      rows.push(candidate.signals);
      correct.push(candidate.slot === label && !unseen.has(label));
    }
  }
  // The relative margin is for KBs without a matcher; trained KBs keep the signals they were measured with.
  return fitCalibration(rows, correct, DEFAULT_TRAINED_CALIBRATION, [true, true, true, true, false]);
}
