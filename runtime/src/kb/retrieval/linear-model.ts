/**
 * The trained matcher: a multi-class linear model over TF-IDF features (see features.ts),
 * one class per article, trained on the articles' standard and similar questions with
 * averaged passive-aggressive updates (a multi-class hinge loss, the online cousin of a
 * linear SVM; no learning rate to tune, deterministic given the seed).
 *
 * Training holds a dense feature × class matrix; when that would exceed DENSE_LIMIT
 * cells (KBs with thousands of articles) the model is the class centroids instead —
 * L2-normalised mean TF-IDF vectors, i.e. a nearest-centroid matcher, which is what the
 * classifier converges towards when most articles have one or two questions anyway.
 * Either way the result is stored sparse, by feature (feature → classes, weights), so a
 * query only touches the classes that share a feature with it.
 */
import { centroids, trainPassiveAggressive, type SparseVector } from './linear-training.js';
import { topK } from './top-k.js';

export interface TrainingSample {
  features: Map<number, number>;
  label: number;
}

export interface TrainOptions {
  seed?: number;
  epochs?: number;
  /** Largest feature × class matrix trained by passive-aggressive updates (cells). */
  denseLimit?: number;
}


/** Everything a trained model is, as plain arrays (for model-codec.ts). */
export interface LinearModelParts {
  classCount: number;
  kind: 'passive-aggressive' | 'centroid';
  /** Feature hash of each row, in row order. */
  hashes: Uint32Array;
  idf: Float32Array;
  unseenIdf: number;
  rowStart: Int32Array;
  rowClass: Int32Array;
  rowWeight: Float32Array;
}

export interface ClassScore {
  label: number;
  score: number;
}

const DEFAULT_DENSE_LIMIT = 40_000_000;
/** Questions from which features seen once are dropped (small KBs need every feature they have). */
const MIN_DF_FROM = 2000;
/**
 * Features shared by more classes than this are skipped when scoring a query: in a
 * 100k-article KB a common character trigram would touch most classes while telling them
 * apart hardly at all (its IDF is near the floor). Bounds query cost; small KBs never hit it.
 */
const MAX_CLASSES_PER_FEATURE = 2000;

export class LinearModel {
  private readonly scratch: Float32Array;
  private readonly scratchTouched: Uint8Array;

  private constructor(
    readonly classCount: number,
    readonly kind: 'passive-aggressive' | 'centroid',
    private readonly vocabulary: Map<number, number>,
    private readonly idf: Float32Array,
    private readonly unseenIdf: number,
    private readonly rowStart: Int32Array,
    private readonly rowClass: Int32Array,
    private readonly rowWeight: Float32Array,
  ) {
    this.scratch = new Float32Array(classCount);
    this.scratchTouched = new Uint8Array(classCount);
  }

  static train(samples: readonly TrainingSample[], classCount: number, options: TrainOptions = {}): LinearModel {
    const counts = new Map<number, number>();
    for (const sample of samples) for (const hash of sample.features.keys()) counts.set(hash, (counts.get(hash) ?? 0) + 1);
    // With several questions per article, a feature seen once cannot generalise; dropping
    // those shrinks the vocabulary (and training time) about threefold at no accuracy cost.
    const minDf = samples.length >= 3 * classCount && samples.length >= MIN_DF_FROM ? 2 : 1;
    const vocabulary = new Map<number, number>();
    const df: number[] = [];
    for (const [hash, count] of counts) {
      if (count < minDf) continue;
      vocabulary.set(hash, df.length);
      df.push(count);
    }
    const n = samples.length;
    const idf = Float32Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1);
    const unseenIdf = Math.log(n + 1) + 1;
    const vectors = samples.map((s) => vectorize(s.features, vocabulary, idf, unseenIdf));
    const labels = samples.map((s) => s.label);
    const rows = vocabulary.size;
    const dense = rows * classCount <= (options.denseLimit ?? DEFAULT_DENSE_LIMIT) && classCount > 1;
    const weights = dense
      ? trainPassiveAggressive(vectors, labels, rows, classCount, options.seed ?? 1, options.epochs ?? defaultEpochs(samples.length))
      : centroids(vectors, labels, rows, classCount);
    const { rowStart, rowClass, rowWeight } = weights;
    return new LinearModel(classCount, dense ? 'passive-aggressive' : 'centroid', vocabulary, idf, unseenIdf, rowStart, rowClass, rowWeight);
  }

  toParts(): LinearModelParts {
    const hashes = new Uint32Array(this.vocabulary.size);
    for (const [hash, row] of this.vocabulary) hashes[row] = hash;
    const { classCount, kind, idf, unseenIdf, rowStart, rowClass, rowWeight } = this;
    return { classCount, kind, hashes, idf, unseenIdf, rowStart, rowClass, rowWeight };
  }

  static fromParts(parts: LinearModelParts): LinearModel {
    const rows = parts.hashes.length;
    const entries = parts.rowClass.length;
    if (parts.idf.length !== rows || parts.rowStart.length !== rows + 1 || parts.rowWeight.length !== entries || parts.rowStart[rows] !== entries) {
      throw new RangeError('model arrays have inconsistent lengths');
    }
    if (parts.rowClass.some((label) => label < 0 || label >= parts.classCount)) throw new RangeError('model refers to a class out of range');
    const vocabulary = new Map<number, number>();
    parts.hashes.forEach((hash, row) => vocabulary.set(hash, row));
    return new LinearModel(parts.classCount, parts.kind, vocabulary, parts.idf, parts.unseenIdf, parts.rowStart, parts.rowClass, parts.rowWeight);
  }

  /** The `limit` best classes for these features, best first; `second` is the runner-up score (0 for untouched classes). */
  score(features: Map<number, number>, limit: number): ClassScore[] {
    const vector = vectorize(features, this.vocabulary, this.idf, this.unseenIdf);
    const touched: number[] = [];
    for (let i = 0; i < vector.rows.length; i++) {
      const row = vector.rows[i]!;
      const value = vector.values[i]!;
      if (this.rowStart[row + 1]! - this.rowStart[row]! > MAX_CLASSES_PER_FEATURE) continue;
      for (let k = this.rowStart[row]!; k < this.rowStart[row + 1]!; k++) {
        const label = this.rowClass[k]!;
        if (!this.scratchTouched[label]) {
          this.scratchTouched[label] = 1;
          touched.push(label);
        }
        this.scratch[label] = this.scratch[label]! + value * this.rowWeight[k]!;
      }
    }
    const best = topK(touched, (label) => this.scratch[label]!, limit).map(({ key, score }): ClassScore => ({ label: key, score }));
    for (const label of touched) {
      this.scratch[label] = 0;
      this.scratchTouched[label] = 0;
    }
    // Classes the query shares no feature with score 0; say so when that beats the list's tail.
    if (touched.length < this.classCount && (best.length < limit || best[best.length - 1]!.score < 0)) {
      best.push({ label: -1, score: 0 });
      best.sort((a, b) => b.score - a.score);
    }
    return best.slice(0, limit);
  }
}

/** Four passes suffice for thousands of questions; a small KB gets more passes (they are cheap) so it is not underfitted. */
function defaultEpochs(samples: number): number {
  return Math.min(50, Math.max(4, Math.ceil(5000 / Math.max(1, samples))));
}

function vectorize(features: Map<number, number>, vocabulary: Map<number, number>, idf: Float32Array, unseenIdf: number): SparseVector {
  const rows = new Int32Array(features.size);
  const values = new Float32Array(features.size);
  let used = 0;
  let norm = 0;
  for (const [hash, count] of features) {
    const row = vocabulary.get(hash);
    const weight = (1 + Math.log(count)) * (row === undefined ? unseenIdf : idf[row]!);
    norm += weight * weight;
    if (row !== undefined) {
      rows[used] = row;
      values[used] = weight;
      used += 1;
    }
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < used; i++) values[i] = values[i]! * scale;
  return { rows: rows.subarray(0, used), values: values.subarray(0, used) };
}
