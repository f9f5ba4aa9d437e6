import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, KbIndex, type IndexedArticle } from './index.js';

const ARTICLES: IndexedArticle[] = [
  {
    id: 'card-lost',
    question: 'I lost my card',
    similar: ['my card was stolen', 'I cannot find my bank card anywhere', 'someone took my card', 'lost card, please block it', '我的银行卡丢了', '银行卡被偷了怎么办'],
  },
  {
    id: 'card-arrival',
    question: 'When will my new card arrive?',
    similar: ['my card has not arrived yet', 'still waiting for the card delivery', 'how long does card delivery take', '新卡什么时候寄到', '卡还没收到'],
  },
  {
    id: 'huabei-repay',
    question: '花呗怎么还款',
    similar: ['如何还花呗', '花呗还钱的方法', '花呗账单在哪里还', 'how do I repay huabei', '蚂蚁花呗怎么还'],
  },
  {
    id: 'jiebei-limit',
    question: '借呗额度怎么提升',
    similar: ['借呗怎么提额', '为什么借呗额度这么低', '借呗额度能提高吗', 'increase my jiebei limit', '借呗额度太少了'],
  },
  {
    id: 'pin-change',
    question: 'How do I change my PIN?',
    similar: ['I want a new pin code', 'change pin number', 'where can I reset my PIN', '修改密码', '怎么改卡的密码'],
  },
];

function indexOf(articles: IndexedArticle[] = ARTICLES): KbIndex {
  const index = new KbIndex();
  for (const article of articles) index.upsert(article);
  return index;
}

describe('KbIndex before training (BM25)', () => {
  it('ranks the article sharing the rare words first, scores in [0, 1] sorted desc', () => {
    const { hits } = indexOf().search('change PIN', { top: 5 });
    expect(hits[0]?.id).toBe('pin-change');
    expect(hits[0]?.question).toBe('How do I change my PIN?');
    for (const hit of hits) expect(hit.score).toBeGreaterThanOrEqual(0);
    for (const hit of hits) expect(hit.score).toBeLessThanOrEqual(1);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('says none with no hits for a query sharing nothing with the KB', () => {
    expect(indexOf().search('weather forecast tomorrow')).toEqual({ decision: 'none', hits: [] });
  });

  it('upsert is incremental: a new article is found at once, an edit replaces the old questions', () => {
    const index = indexOf();
    expect(index.search('opening hours of the branch').hits[0]?.id).not.toBe('hours');
    index.upsert({ id: 'hours', question: 'What are the opening hours of the branch?', similar: [] });
    expect(index.size).toBe(6);
    expect(index.search('opening hours of the branch').hits[0]?.id).toBe('hours');
    index.upsert({ id: 'hours', question: 'Where is the nearest ATM?', similar: [] });
    expect(index.size).toBe(6);
    expect(index.search('opening hours branch').hits.map((h) => h.id)).not.toContain('hours');
    expect(index.search('nearest atm').hits[0]?.id).toBe('hours');
  });

  it('remove takes an article out of the results', () => {
    const index = indexOf();
    index.remove('pin-change');
    expect(index.size).toBe(4);
    expect(index.search('change my PIN').hits.map((h) => h.id)).not.toContain('pin-change');
    index.remove('no-such-article');
    expect(index.size).toBe(4);
  });

  it('ranks only what accept lets through, like an index without the others; accepting all changes nothing', () => {
    const copy = { id: 'pin-change-copy', question: 'How do I change my PIN?', similar: ['change pin number'] };
    const index = indexOf([...ARTICLES, copy]);
    const removed = indexOf([...ARTICLES, copy]);
    removed.remove('pin-change-copy');
    const query = 'How do I change my PIN?';
    expect(index.search(query, { accept: () => true })).toEqual(index.search(query));
    // Two identical articles split the confidence; with one refused, the other stands alone.
    const both = index.search(query);
    expect(both.hits.map((h) => h.id).slice(0, 2).sort()).toEqual(['pin-change', 'pin-change-copy']);
    const one = index.search(query, { accept: (id) => id !== 'pin-change-copy' });
    // Same ranking and decision as without the article (word statistics still count it, so scores may differ in the last digits).
    const without = removed.search(query);
    expect(one.decision).toBe(without.decision);
    expect(one.hits.map((h) => h.id)).toEqual(without.hits.map((h) => h.id));
    expect(one.hits.map((h) => h.id)).not.toContain('pin-change-copy');
    expect(one.hits[0]!.id).toBe('pin-change');
    expect(one.hits[0]!.score).toBeGreaterThanOrEqual(both.hits[0]!.score);
    expect(index.search(query, { accept: () => false })).toEqual({ decision: 'none', hits: [] });
  });

  it('survives many edits of the same article (dead postings are swept)', () => {
    const index = indexOf();
    for (let i = 0; i < 200; i++) index.upsert({ id: 'pin-change', question: `How do I change my PIN? ${i}`, similar: ['change pin number'] });
    expect(index.size).toBe(5);
    expect(index.search('change pin number').hits[0]?.id).toBe('pin-change');
  });
});

describe('KbIndex trained', () => {
  it('ranks paraphrases right in English and Chinese after train()', () => {
    const index = indexOf();
    const stats = index.train();
    expect(stats.articles).toBe(5);
    expect(stats.trainingMs).toBeGreaterThanOrEqual(0);
    expect(index.search('somebody stole my card').hits[0]?.id).toBe('card-lost');
    expect(index.search('the card I ordered is not here yet').hits[0]?.id).toBe('card-arrival');
    expect(index.search('咋还花呗').hits[0]?.id).toBe('huabei-repay');
    expect(index.search('借呗能不能提高额度').hits[0]?.id).toBe('jiebei-limit');
    expect(index.search('卡丢了').hits[0]?.id).toBe('card-lost');
  });

  it('judges an article added after training by BM25 until the next train()', () => {
    const hours = { id: 'hours', question: 'What are the opening hours of the branch?', similar: [] };
    const index = indexOf();
    index.train();
    index.upsert(hours);
    const untrained = indexOf();
    untrained.upsert(hours);
    const result = index.search('opening hours of the branch');
    expect(result.hits[0]?.id).toBe('hours');
    expect(result.hits[0]?.score).toBe(untrained.search('opening hours of the branch').hits[0]?.score);
    expect(result.decision).toBe('answer');
  });

  it('is deterministic: two indexes trained on the same articles score alike', () => {
    const a = indexOf();
    const b = indexOf();
    a.train();
    b.train();
    for (const query of ['my card is gone', '花呗还款', 'new pin']) expect(a.search(query)).toEqual(b.search(query));
  });

  it('keeps BM25 only when no article has a similar question (nothing to learn from)', () => {
    const bare = ARTICLES.map(({ id, question }) => ({ id, question, similar: [] }));
    const index = indexOf(bare);
    const before = ['花呗如何还钱', '借呗能提额吗', 'change PIN'].map((q) => index.search(q));
    index.train();
    expect(['花呗如何还钱', '借呗能提额吗', 'change PIN'].map((q) => index.search(q))).toEqual(before);
    expect(before[0]!.hits[0]!.id).toBe('huabei-repay');
    expect(before[1]!.hits[0]!.id).toBe('jiebei-limit');
  });

  it('without similar questions, train() calibrates on perturbed standard questions: near-duplicates lead to suggest', () => {
    const subjects = ['花呗', '借呗', '余额宝', '信用卡', '银行卡', '蚂蚁森林', '芝麻信用', '支付宝账户'];
    const actions = ['怎么还款', '额度怎么提升', '可以注销吗', '逾期了会怎样', '在哪里开通'];
    const bare = subjects.flatMap((subject, s) => actions.map((action, a) => ({ id: `a${s}-${a}`, question: subject + action, similar: [] })));
    bare.push({ id: 'early-1', question: '花呗分期怎么提前还清', similar: [] }, { id: 'early-2', question: '花呗分期提前还清怎么弄', similar: [] });
    const index = indexOf(bare);
    const ambiguous = '花呗分期提前还清';
    expect(index.search(ambiguous).decision).toBe('answer');
    index.train();
    const result = index.search(ambiguous);
    expect(result.decision).toBe('suggest');
    expect(result.hits.map((h) => h.id).sort()).toEqual(expect.arrayContaining(['early-1', 'early-2']));
    expect(result.hits[0]!.score).toBeLessThan(DEFAULT_THRESHOLDS.answer);
    expect(index.search('蚂蚁森林在哪里开通').hits[0]!.id).toBe('a5-4');
    // The trained state (including the split of near-equal candidates) survives export/import.
    const fresh = indexOf(bare);
    fresh.importModel(index.exportModel());
    expect(fresh.search(ambiguous)).toEqual(result);
  });

  it('ranks the Chinese phrasing with the same word order first (bigrams + LCS re-ranking)', () => {
    const index = indexOf([
      { id: 'shuffled', question: '多久逾期花呗', similar: [] },
      { id: 'ordered', question: '花呗逾期多久', similar: [] },
    ]);
    expect(index.search('花呗逾期多久').hits.map((h) => h.id)).toEqual(['ordered', 'shuffled']);
    expect(index.search('多久逾期花呗').hits.map((h) => h.id)).toEqual(['shuffled', 'ordered']);
  });

  it('snapshotModel/restoreModel bring back an earlier trained state', () => {
    const index = indexOf();
    const untrained = index.snapshotModel();
    const before = index.search('somebody stole my card');
    index.train();
    const trained = index.snapshotModel();
    const after = index.search('somebody stole my card');
    expect(after).not.toEqual(before);
    index.restoreModel(untrained);
    expect(index.search('somebody stole my card')).toEqual(before);
    index.restoreModel(trained);
    expect(index.search('somebody stole my card')).toEqual(after);
  });

  it('exportModel/importModel carry the trained state to a freshly built index', () => {
    const trained = indexOf();
    trained.train();
    const bytes = trained.exportModel();
    const fresh = indexOf([...ARTICLES].reverse());
    const queries = ['somebody stole my card', '咋还花呗', 'new pin please'];
    expect(queries.map((q) => fresh.search(q))).not.toEqual(queries.map((q) => trained.search(q)));
    fresh.importModel(bytes);
    expect(queries.map((q) => fresh.search(q))).toEqual(queries.map((q) => trained.search(q)));
    expect(() => fresh.importModel(new Uint8Array([1, 2, 3]))).toThrow(/truncated/);
    expect(() => fresh.importModel(bytes.subarray(0, bytes.length - 4))).toThrow(/length/);
  });

  it('evaluate() reports top-1 and top-3 on a test set, null figures for an empty one', () => {
    const index = indexOf();
    index.train();
    expect(index.evaluate([])).toEqual({ top1: null, top3: null, cases: 0 });
    const result = index.evaluate([
      { query: 'somebody stole my card', expectedId: 'card-lost' },
      { query: '花呗怎么还', expectedId: 'huabei-repay' },
      { query: 'somebody stole my card', expectedId: 'pin-change' },
    ]);
    expect(result.cases).toBe(3);
    expect(result.top1).toBeCloseTo(2 / 3);
    expect(result.top3).toBeGreaterThanOrEqual(2 / 3);
  });
});

describe('decision bands', () => {
  it('answers above the answer threshold, suggests (≤ 3 hits) between, none below', () => {
    const index = indexOf();
    index.train();
    const query = '银行卡密码忘了想改';
    const best = index.search(query).hits[0]!.score;
    expect(best).toBeGreaterThan(0.01);
    expect(best).toBeLessThan(0.99);
    index.setThresholds({ answer: best, suggest: best / 2 });
    expect(index.search(query).decision).toBe('answer');
    index.setThresholds({ answer: best + 0.0001, suggest: best });
    const suggested = index.search(query, { top: 10 });
    expect(suggested.decision).toBe('suggest');
    expect(suggested.hits.length).toBeLessThanOrEqual(3);
    index.setThresholds({ answer: 1, suggest: best + 0.0001 });
    expect(index.search(query).decision).toBe('none');
  });

  it('rejects thresholds out of order or out of range', () => {
    const index = indexOf();
    expect(() => index.setThresholds({ answer: 0.3, suggest: 0.5 })).toThrow(/suggest/);
    expect(() => new KbIndex({ thresholds: { answer: 1.5, suggest: 0.5 } })).toThrow(RangeError);
    expect(DEFAULT_THRESHOLDS.suggest).toBeLessThan(DEFAULT_THRESHOLDS.answer);
  });
});
