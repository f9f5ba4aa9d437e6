/**
 * The reference point: plain BM25 over jieba words (no character terms, no
 * trained matcher, no calibration), each article scored by its best question.
 */
import { Bm25Index } from '../kb/retrieval/bm25-index.js';
import { Tokenizer, type IndexedArticle } from '../kb/retrieval/index.js';
import type { BenchCase } from './kb-data.js';

export function plainBm25(articles: readonly IndexedArticle[], cases: readonly BenchCase[]): { top1: number; top3: number } {
  const tokenizer = new Tokenizer();
  const index = new Bm25Index();
  articles.forEach((article, slot) => index.setArticle(slot, [article.question, ...article.similar].map((s) => tokenizer.tokenize(s))));
  const slotOf = new Map(articles.map((article, slot) => [article.id, slot]));
  let top1 = 0;
  let top3 = 0;
  for (const { query, expectedId } of cases) {
    const slots = index.search(tokenizer.tokenize(query), 3).map((hit) => hit.slot);
    const expected = slotOf.get(expectedId);
    if (slots[0] === expected) top1 += 1;
    if (expected !== undefined && slots.includes(expected)) top3 += 1;
  }
  return { top1: top1 / (cases.length || 1), top3: top3 / (cases.length || 1) };
}
