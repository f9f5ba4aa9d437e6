/**
 * The public evaluation sets of `npm run bench:kb`, read from `../shared/data` (never
 * copied into the repo), shaped as KBs and queries the way the data README says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { IndexedArticle } from '../kb/retrieval/index.js';

export interface BenchCase {
  query: string;
  expectedId: string;
}

export interface BenchSet {
  articles: IndexedArticle[];
  cases: BenchCase[];
}

/** `KEFU_BENCH_DATA`, else `../shared/data` next to the repository. */
export function dataDirectory(): string {
  const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
  return process.env.KEFU_BENCH_DATA ?? join(repo, '..', 'shared', 'data');
}

function readCsv(path: string): { text: string; category: string }[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as { text: string; category: string }[];
}

/** One article per intent: the intent name as standard question, its train sentences as similar questions. */
export function loadBanking77(dir: string): { train: { text: string; category: string }[]; test: { text: string; category: string }[] } | null {
  const trainPath = join(dir, 'banking77', 'train.csv');
  const testPath = join(dir, 'banking77', 'test.csv');
  if (!existsSync(trainPath) || !existsSync(testPath)) return null;
  return { train: readCsv(trainPath), test: readCsv(testPath) };
}

export function bankingSet(data: NonNullable<ReturnType<typeof loadBanking77>>, excluded: ReadonlySet<string> = new Set()): BenchSet {
  const byIntent = new Map<string, string[]>();
  for (const { text, category } of data.train) {
    if (excluded.has(category)) continue;
    const list = byIntent.get(category) ?? [];
    list.push(text);
    byIntent.set(category, list);
  }
  const articles = [...byIntent].map(([intent, similar]) => ({ id: intent, question: intent.replace(/_/g, ' '), similar }));
  const cases = data.test.filter((row) => !excluded.has(row.category)).map((row) => ({ query: row.text, expectedId: row.category }));
  return { articles, cases };
}

/** Every distinct sentence1 is an article (no similar questions); sentence2 of each positive pair is a query for it. */
export function loadAfqmc(dir: string): BenchSet | null {
  const path = join(dir, 'afqmc', 'dev.jsonl');
  if (!existsSync(path)) return null;
  const ids = new Map<string, string>();
  const cases: BenchCase[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { sentence1: string; sentence2: string; label: string };
    let id = ids.get(row.sentence1);
    if (id === undefined) {
      id = `q${ids.size + 1}`;
      ids.set(row.sentence1, id);
    }
    if (row.label === '1') cases.push({ query: row.sentence2, expectedId: id });
  }
  return { articles: [...ids].map(([question, id]) => ({ id, question, similar: [] })), cases };
}
