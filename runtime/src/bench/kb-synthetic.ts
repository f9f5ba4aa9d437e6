/**
 * A synthetic KB of any size for cost figures (build time, memory, query latency): a
 * generated vocabulary of Chinese words and English-like words, articles of 4–8 words
 * with 3 similar questions each (shuffled subsets plus one new word), queries that are
 * fresh recombinations of an article's words.
 */
import { KbIndex, type IndexedArticle } from '../kb/retrieval/index.js';
import { percentile, timed } from './kb-measure.js';
import { seededRandom } from '../kb/retrieval/seeded-random.js';
import { printLine } from '../cli/cli-output.js';

const HAN = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
const LATIN = 'abcdefghijklmnoprstuvwy';

export interface SyntheticFigures {
  articles: number;
  indexMs: number;
  indexCpuMs: number;
  trainingMs: number | null;
  rssMiB: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time per query (user + system): what the query costs when the machine is shared. */
  cpuP99Ms: number;
  top1: number;
}

function vocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    if (random() < 0.5) {
      const length = 2 + Math.floor(random() * 2);
      let word = '';
      for (let i = 0; i < length; i++) word += HAN[Math.floor(random() * HAN.length)];
      words.add(word);
    } else {
      const length = 4 + Math.floor(random() * 5);
      let word = '';
      for (let i = 0; i < length; i++) word += LATIN[Math.floor(random() * LATIN.length)];
      words.add(word);
    }
  }
  return [...words];
}

export function syntheticArticles(count: number, seed = 7): { articles: IndexedArticle[]; queries: { query: string; expectedId: string }[] } {
  const random = seededRandom(seed);
  const words = vocabulary(Math.max(5000, Math.round(count * 0.6)), random);
  const pick = () => words[Math.floor(random() * words.length)]!;
  const sentence = (base: readonly string[]) => base.filter(() => random() < 0.8).concat(pick()).sort(() => random() - 0.5).join(' ');
  const articles: IndexedArticle[] = [];
  const queries: { query: string; expectedId: string }[] = [];
  for (let i = 0; i < count; i++) {
    const base = Array.from({ length: 4 + Math.floor(random() * 5) }, pick);
    const id = `a${i}`;
    articles.push({ id, question: base.join(' '), similar: [sentence(base), sentence(base), sentence(base)] });
    if (i % Math.max(1, Math.floor(count / 2000)) === 0) queries.push({ query: sentence(base), expectedId: id });
  }
  return { articles, queries };
}

export function syntheticBench(count: number): SyntheticFigures {
  printLine(`\nSynthetic KB: ${count} articles (goals: build < 60 s, RSS < 1 GiB, query p99 < 10 ms)`);
  const { articles, queries } = syntheticArticles(count);
  const index = new KbIndex();
  const cpuBefore = process.cpuUsage();
  const indexing = timed(() => articles.forEach((a) => index.upsert(a)));
  const indexCpu = process.cpuUsage(cpuBefore);
  const training = timed(() => index.train());
  const latencies: number[] = [];
  const cpuTimes: number[] = [];
  let top1 = 0;
  for (const { query, expectedId } of queries) {
    const cpuBefore = process.cpuUsage();
    const started = process.hrtime.bigint();
    const { hits } = index.search(query, { top: 3 });
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    const cpu = process.cpuUsage(cpuBefore);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    if (hits[0]?.id === expectedId) top1 += 1;
  }
  latencies.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const figures: SyntheticFigures = {
    articles: count,
    indexMs: indexing.ms,
    indexCpuMs: (indexCpu.user + indexCpu.system) / 1000,
    trainingMs: training.ms,
    rssMiB: process.memoryUsage().rss / 2 ** 20,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    cpuP99Ms: percentile(cpuTimes, 99),
    top1: top1 / (queries.length || 1),
  };
  printLine(
    `  index ${(figures.indexMs / 1000).toFixed(1)} s (CPU ${(figures.indexCpuMs / 1000).toFixed(1)} s), train ${((figures.trainingMs ?? 0) / 1000).toFixed(1)} s, RSS ${figures.rssMiB.toFixed(0)} MiB, ` +
      `query p50 ${figures.p50Ms.toFixed(2)} ms p99 ${figures.p99Ms.toFixed(2)} ms (CPU p99 ${figures.cpuP99Ms.toFixed(2)} ms) (${queries.length} queries, top-1 ${(figures.top1 * 100).toFixed(1)}%)`,
  );
  return figures;
}
