/**
 * Threshold sweep behind DEFAULT_THRESHOLDS: for each candidate threshold, how many
 * in-scope queries clear it, how often their first hit is right, and how many
 * out-of-scope queries stay under it (→ `none`).
 */
import type { KbIndex } from '../kb/retrieval/index.js';
import type { BenchCase } from './kb-data.js';
import { printLine } from '../cli/cli-output.js';

export interface SweepRow {
  threshold: number;
  /** In-scope queries whose best score is ≥ threshold. */
  inScopeAbove: number;
  /** Of those, the share whose first hit is right. */
  precisionAbove: number | null;
  /** Out-of-scope queries whose best score is < threshold. */
  outOfScopeBelow: number;
}

export function thresholdSweep(index: KbIndex, inScope: readonly BenchCase[], outOfScope: readonly string[]): SweepRow[] {
  const inside = inScope.map(({ query, expectedId }) => {
    const best = index.search(query, { top: 1 }).hits[0];
    return { score: best?.score ?? 0, right: best?.id === expectedId };
  });
  const outside = outOfScope.map((query) => index.search(query, { top: 1 }).hits[0]?.score ?? 0);
  const rows: SweepRow[] = [];
  for (let step = 1; step <= 9; step++) {
    const threshold = step / 10;
    const above = inside.filter((r) => r.score >= threshold);
    rows.push({
      threshold,
      inScopeAbove: above.length / (inside.length || 1),
      precisionAbove: above.length ? above.filter((r) => r.right).length / above.length : null,
      outOfScopeBelow: outside.filter((s) => s < threshold).length / (outside.length || 1),
    });
  }
  return rows;
}

export function printSweep(rows: readonly SweepRow[]): void {
  const pct = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`).padStart(7);
  printLine('  threshold  in-scope ≥  right among them  out-of-scope <');
  for (const row of rows) printLine(`  ${row.threshold.toFixed(1).padStart(9)}  ${pct(row.inScopeAbove)}  ${pct(row.precisionAbove).padStart(16)}  ${pct(row.outOfScopeBelow).padStart(14)}`);
}
