/** Figures of one KbIndex over one query set: accuracy, decision bands, latency. */
import type { KbIndex } from '../kb/retrieval/index.js';
import type { BenchCase } from './kb-data.js';

export interface QualityFigures {
  cases: number;
  top1: number;
  top3: number;
  answer: number;
  suggest: number;
  none: number;
  /** Share of `answer` decisions whose first hit is right. */
  answerPrecision: number | null;
  /** Share of `suggest` decisions with the right article among the (≤ 3) suggestions. */
  suggestRecall: number | null;
  p50Ms: number;
  p99Ms: number;
  /** CPU time per query (user + system): the cost when the machine is shared. */
  cpuP99Ms: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function measure(index: KbIndex, cases: readonly BenchCase[]): QualityFigures {
  const latencies: number[] = [];
  const cpuTimes: number[] = [];
  let top1 = 0;
  let top3 = 0;
  const bands = { answer: 0, suggest: 0, none: 0 };
  let answerRight = 0;
  let suggestRight = 0;
  for (const { query, expectedId } of cases) {
    const cpuBefore = process.cpuUsage();
    const started = process.hrtime.bigint();
    const { decision, hits } = index.search(query, { top: 3 });
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    const cpu = process.cpuUsage(cpuBefore);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    const position = hits.findIndex((h) => h.id === expectedId);
    if (position === 0) top1 += 1;
    if (position >= 0 && position < 3) top3 += 1;
    bands[decision] += 1;
    if (decision === 'answer' && position === 0) answerRight += 1;
    if (decision === 'suggest' && position >= 0) suggestRight += 1;
  }
  latencies.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const n = cases.length || 1;
  return {
    cases: cases.length,
    top1: top1 / n,
    top3: top3 / n,
    answer: bands.answer / n,
    suggest: bands.suggest / n,
    none: bands.none / n,
    answerPrecision: bands.answer ? answerRight / bands.answer : null,
    suggestRecall: bands.suggest ? suggestRight / bands.suggest : null,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    cpuP99Ms: percentile(cpuTimes, 99),
  };
}

/** Decision split only (for out-of-scope queries, where no answer is right). */
export function decisions(index: KbIndex, queries: readonly string[]): { answer: number; suggest: number; none: number } {
  const bands = { answer: 0, suggest: 0, none: 0 };
  for (const query of queries) bands[index.search(query).decision] += 1;
  const n = queries.length || 1;
  return { answer: bands.answer / n, suggest: bands.suggest / n, none: bands.none / n };
}

export function timed<T>(work: () => T): { result: T; ms: number } {
  const started = process.hrtime.bigint();
  const result = work();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}
