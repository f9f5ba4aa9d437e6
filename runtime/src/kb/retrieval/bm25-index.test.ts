import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25-index.js';

describe('Bm25Index', () => {
  it('scores an article by its best sentence, normalised so a full match is near 1', () => {
    const index = new Bm25Index();
    index.setArticle(0, [['reset', 'pin'], ['pin', 'code']]);
    index.setArticle(1, [['card', 'lost'], ['card', 'stolen'], ['card', 'block'], ['card', 'pin']]);
    const hits = index.search(['reset', 'pin'], 5);
    expect(hits.map((h) => h.slot)).toEqual([0, 1]);
    expect(hits[0]!.score).toBeGreaterThan(0.8);
    expect(hits[0]!.score).toBeLessThanOrEqual(1.2);
  });

  it('keeps answering when a term is in more than 10,000 sentences: skips it unless it is the rarest', () => {
    const index = new Bm25Index();
    for (let slot = 0; slot < 10_500; slot++) index.setArticle(slot, [['common', `w${slot}`]]);
    index.setArticle(20_000, [['common', 'rare']]);
    expect(index.search(['common', 'rare'], 3)[0]?.slot).toBe(20_000);
    expect(index.search(['common'], 3)).toHaveLength(3);
  });

  it('forgets removed articles, including their document frequencies', () => {
    const index = new Bm25Index();
    index.setArticle(0, [['refund', 'status']]);
    index.setArticle(1, [['refund', 'policy']]);
    expect(index.idf('policy')).toBeCloseTo(Math.log(2));
    index.removeArticle(1);
    expect(index.search(['policy'], 3)).toEqual([]);
    // policy is now in no sentence out of one: the IDF of an unseen term.
    expect(index.idf('policy')).toBeCloseTo(Math.log(4));
  });

  it('re-ranks by the closest sentence form when the query has one, and not otherwise', () => {
    const index = new Bm25Index();
    // Same bag of terms; only the character order of the sentences differs.
    index.setArticle(0, [['花呗', '逾期', '多久']], ['期多久花呗逾']);
    index.setArticle(1, [['花呗', '逾期', '多久']], ['花呗逾期多久']);
    expect(index.search(['花呗', '逾期', '多久'], 2).map((h) => h.slot)).toEqual([0, 1]);
    const reranked = index.search(['花呗', '逾期', '多久'], 2, '花呗逾期多久');
    expect(reranked.map((h) => h.slot)).toEqual([1, 0]);
    expect(reranked[0]!.score).toBeGreaterThan(reranked[1]!.score);
  });
});
