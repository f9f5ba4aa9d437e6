import { describe, expect, it } from 'vitest';
import { blendLexical, lcsRatio } from './char-similarity.js';

describe('lcsRatio', () => {
  it('is 1 for equal texts, 0 for disjoint or empty ones', () => {
    expect(lcsRatio('花呗还款', '花呗还款')).toBe(1);
    expect(lcsRatio('花呗', '借款')).toBe(0);
    expect(lcsRatio('', '花呗')).toBe(0);
  });

  it('counts characters in order, not as a bag', () => {
    // LCS of 花呗逾期多久能用 and 逾期多久能用花呗 is 逾期多久能用 (6 of 8 + 8).
    expect(lcsRatio('花呗逾期多久能用', '逾期多久能用花呗')).toBeCloseTo(12 / 16);
    expect(lcsRatio('abc', 'cba')).toBeCloseTo(2 / 6);
  });

  it('cuts very long texts instead of growing quadratically', () => {
    const long = '花'.repeat(10_000);
    expect(lcsRatio(long, long)).toBe(1);
  });
});

describe('blendLexical', () => {
  it('keeps a full match at 1 and orders by LCS when BM25 ties', () => {
    expect(blendLexical(1, 1)).toBe(1);
    expect(blendLexical(0.6, 0.8)).toBeGreaterThan(blendLexical(0.6, 0.4));
  });
});
