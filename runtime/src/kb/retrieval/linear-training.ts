/**
 * Training of the linear matcher (linear-model.ts): averaged passive-aggressive updates
 * over a dense feature × class matrix, or class centroids when that matrix would be too
 * large. Both return the weights packed sparse by feature.
 */
import { seededRandom, shuffleInPlace } from './seeded-random.js';

export interface SparseVector {
  rows: Int32Array;
  values: Float32Array;
}

/** PA-I "C": the largest step one question may take (inputs are L2-normalised). */
const AGGRESSIVENESS = 1;

export interface SparseWeights {
  rowStart: Int32Array;
  rowClass: Int32Array;
  rowWeight: Float32Array;
}

export function trainPassiveAggressive(vectors: SparseVector[], labels: number[], rows: number, classes: number, seed: number, epochs: number): SparseWeights {
  const weights = new Float32Array(rows * classes);
  // Averaging trick: average = weights - accumulated / step (Daumé's averaged perceptron).
  const accumulated = new Float32Array(rows * classes);
  const scores = new Float64Array(classes);
  const order = vectors.map((_, i) => i);
  const random = seededRandom(seed);
  let step = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const { rows: r, values: v } = vectors[index]!;
      const label = labels[index]!;
      scores.fill(0);
      for (let i = 0; i < r.length; i++) {
        const base = r[i]! * classes;
        const value = v[i]!;
        for (let c = 0; c < classes; c++) scores[c] = scores[c]! + value * weights[base + c]!;
      }
      let rival = -1;
      for (let c = 0; c < classes; c++) if (c !== label && (rival < 0 || scores[c]! > scores[rival]!)) rival = c;
      const loss = 1 - (scores[label]! - scores[rival]!);
      if (loss > 0) {
        let squared = 0;
        for (let i = 0; i < v.length; i++) squared += 2 * v[i]! * v[i]!;
        const tau = Math.min(AGGRESSIVENESS, loss / (squared || 1));
        for (let i = 0; i < r.length; i++) {
          const base = r[i]! * classes;
          const delta = tau * v[i]!;
          weights[base + label] = weights[base + label]! + delta;
          weights[base + rival] = weights[base + rival]! - delta;
          accumulated[base + label] = accumulated[base + label]! + step * delta;
          accumulated[base + rival] = accumulated[base + rival]! - step * delta;
        }
      }
      step += 1;
    }
  }
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! - accumulated[i]! / step;
  return packDense(weights, rows, classes);
}

function packDense(weights: Float32Array, rows: number, classes: number): SparseWeights {
  const rowStart = new Int32Array(rows + 1);
  const rowClass: number[] = [];
  const rowWeight: number[] = [];
  for (let row = 0; row < rows; row++) {
    for (let c = 0; c < classes; c++) {
      const w = weights[row * classes + c]!;
      if (Math.abs(w) > 1e-5) {
        rowClass.push(c);
        rowWeight.push(w);
      }
    }
    rowStart[row + 1] = rowClass.length;
  }
  return { rowStart, rowClass: Int32Array.from(rowClass), rowWeight: Float32Array.from(rowWeight) };
}

export function centroids(vectors: SparseVector[], labels: number[], rows: number, classes: number): SparseWeights {
  const perClass = Array.from({ length: classes }, () => new Map<number, number>());
  vectors.forEach((vector, index) => {
    const sums = perClass[labels[index]!]!;
    for (let i = 0; i < vector.rows.length; i++) sums.set(vector.rows[i]!, (sums.get(vector.rows[i]!) ?? 0) + vector.values[i]!);
  });
  const byRow = Array.from({ length: rows }, () => 0);
  for (const sums of perClass) for (const row of sums.keys()) byRow[row] = byRow[row]! + 1;
  const rowStart = new Int32Array(rows + 1);
  for (let row = 0; row < rows; row++) rowStart[row + 1] = rowStart[row]! + byRow[row]!;
  const fill = rowStart.slice(0, rows);
  const rowClass = new Int32Array(rowStart[rows]!);
  const rowWeight = new Float32Array(rowStart[rows]!);
  perClass.forEach((sums, label) => {
    let norm = 0;
    for (const value of sums.values()) norm += value * value;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [row, value] of sums) {
      const at = fill[row]!;
      fill[row] = at + 1;
      rowClass[at] = label;
      rowWeight[at] = value * scale;
    }
  });
  return { rowStart, rowClass, rowWeight };
}
