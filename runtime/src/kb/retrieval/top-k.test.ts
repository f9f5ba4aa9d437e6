import { expect, it } from 'vitest';
import { topK } from './top-k.js';

it('topK returns the largest scores best first, like a full sort', () => {
  const scores = [0.3, 0.9, 0.1, 0.5, 0.9, 0.7, 0.2];
  const keys = scores.map((_, i) => i);
  const expected = [...keys].sort((a, b) => scores[b]! - scores[a]!).slice(0, 3).map((k) => scores[k]);
  expect(topK(keys, (k) => scores[k]!, 3).map((e) => e.score)).toEqual(expected);
  expect(topK(keys, (k) => scores[k]!, 10)).toHaveLength(7);
  expect(topK([], () => 1, 3)).toEqual([]);
});
