/**
 * `npm run bench:kb` — answer quality and cost of the KB retrieval engine
 * (runtime/src/kb/retrieval) on public customer-service data (`../shared/data`, see its
 * README) and on a synthetic 100,000-article KB. Prints a readable report and a final
 * JSON line; asserts nothing.
 *
 * Env: KEFU_BENCH_DATA (data directory), BENCH_KB_SYNTHETIC (articles, default 100000; 0 skips).
 */
import { KbIndex, type IndexedArticle } from '../kb/retrieval/index.js';
import { bankingSet, dataDirectory, loadAfqmc, loadBanking77, type BenchSet } from './kb-data.js';
import { decisions, measure, timed, type QualityFigures } from './kb-measure.js';
import { plainBm25 } from './kb-baseline.js';
import { syntheticBench } from './kb-synthetic.js';
import { printSweep, thresholdSweep } from './kb-thresholds.js';
import { printLine } from '../cli/cli-output.js';

/** Intents held out of the KB for the out-of-scope measurement (fixed so runs compare). */
export const OUT_OF_SCOPE_INTENTS = [
  'age_limit', 'apple_pay_or_google_pay', 'card_swallowed', 'country_support', 'exchange_via_app',
  'get_disposable_virtual_card', 'lost_or_stolen_phone', 'passcode_forgotten', 'terminate_account', 'wrong_amount_of_cash_received',
];

const pct = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function build(articles: readonly IndexedArticle[], train: boolean) {
  const index = new KbIndex();
  const indexing = timed(() => articles.forEach((a) => index.upsert(a)));
  const cpuBefore = process.cpuUsage();
  const training = train ? index.train() : { trainingMs: 0, articles: articles.length };
  const cpu = process.cpuUsage(cpuBefore);
  return { index, indexMs: indexing.ms, trainingMs: training.trainingMs, trainingCpuMs: (cpu.user + cpu.system) / 1000 };
}

function printQuality(label: string, figures: QualityFigures): void {
  printLine(
    `  ${label.padEnd(22)} top-1 ${pct(figures.top1).padStart(6)}  top-3 ${pct(figures.top3).padStart(6)}  ` +
      `answer/suggest/none ${pct(figures.answer)}/${pct(figures.suggest)}/${pct(figures.none)}  ` +
      `right when answering ${pct(figures.answerPrecision)}  right among suggestions ${pct(figures.suggestRecall)}  p50 ${ms(figures.p50Ms)}  p99 ${ms(figures.p99Ms)} (CPU p99 ${ms(figures.cpuP99Ms)})`,
  );
}

function engineVersusBm25(name: string, set: BenchSet) {
  printLine(`\n${name}: ${set.articles.length} articles, ${set.cases.length} queries`);
  const plain = plainBm25(set.articles, set.cases);
  printLine(`  ${'plain BM25 + jieba'.padEnd(22)} top-1 ${pct(plain.top1).padStart(6)}  top-3 ${pct(plain.top3).padStart(6)}`);
  const untrained = build(set.articles, false);
  const bm25Figures = measure(untrained.index, set.cases);
  printQuality('engine before train()', bm25Figures);
  const engine = build(set.articles, true);
  const engineFigures = measure(engine.index, set.cases);
  printQuality('engine trained', engineFigures);
  printLine(`  index ${ms(engine.indexMs)}, train ${ms(engine.trainingMs)} (CPU ${ms(engine.trainingCpuMs)}; the machine may be shared)`);
  return { plainBm25: plain, untrained: bm25Figures, engine: engineFigures, indexMs: engine.indexMs, trainingMs: engine.trainingMs, trainingCpuMs: engine.trainingCpuMs };
}

function main(): void {
  const dir = dataDirectory();
  const summary: Record<string, unknown> = {};
  printLine(`KB retrieval benchmark (data: ${dir})`);
  // First, so its resident memory is not mixed with the other sets' garbage.
  const syntheticSize = Number(process.env.BENCH_KB_SYNTHETIC ?? 100_000);
  if (syntheticSize > 0) summary.synthetic = syntheticBench(syntheticSize);

  const banking = loadBanking77(dir);
  if (!banking) printLine(`\nBanking77: skipped — ${dir}/banking77/{train,test}.csv not found`);
  else {
    summary.banking77 = engineVersusBm25('Banking77 (goal: top-1 ≥ 90%)', bankingSet(banking));
    const excluded = new Set(OUT_OF_SCOPE_INTENTS);
    const inScope = bankingSet(banking, excluded);
    const outOfScope = banking.test.filter((row) => excluded.has(row.category)).map((row) => row.text);
    const { index } = build(inScope.articles, true);
    const inFigures = measure(index, inScope.cases);
    const outFigures = decisions(index, outOfScope);
    printLine(`\nOut-of-scope: ${OUT_OF_SCOPE_INTENTS.length} intents held out (goal: ≥ 50% none, in-scope top-1 ≥ 88%)`);
    printQuality('in-scope', inFigures);
    printLine(`  out-of-scope (${outOfScope.length} queries) answer/suggest/none ${pct(outFigures.answer)}/${pct(outFigures.suggest)}/${pct(outFigures.none)}`);
    const sweep = thresholdSweep(index, inScope.cases, outOfScope);
    printSweep(sweep);
    summary.outOfScope = { inScope: inFigures, outOfScope: outFigures, sweep };
  }

  const afqmc = loadAfqmc(dir);
  if (!afqmc) printLine(`\nAFQMC: skipped — ${dir}/afqmc/dev.jsonl not found`);
  else summary.afqmc = engineVersusBm25('AFQMC positive pairs (goal: beat BM25 + jieba clearly)', afqmc);

  printLine(`\n${JSON.stringify({ bench: 'kb', ...summary })}`);
}

main();
