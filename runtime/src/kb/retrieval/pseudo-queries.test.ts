import { describe, expect, it } from 'vitest';
import { pseudoQuery } from './pseudo-queries.js';
import { seededRandom } from './seeded-random.js';

describe('pseudoQuery', () => {
  it('is reproducible from the seed and keeps at least half of the units', () => {
    const question = '花呗逾期以后多久才能再次使用';
    const first = pseudoQuery(question, seededRandom(7));
    expect(pseudoQuery(question, seededRandom(7))).toBe(first);
    expect(first).not.toBeNull();
    expect(first!.length).toBeGreaterThanOrEqual(Math.ceil(question.length / 2));
    expect(first!.length).toBeLessThanOrEqual(question.length);
    for (const char of first!) expect(question).toContain(char);
  });

  it('writes Chinese characters together and Latin words apart', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 20; i++) {
      const text = pseudoQuery('how do I repay 花呗 before the due date', random)!;
      expect(text).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
      expect(text).not.toMatch(/\p{Script=Han}[a-z]|[a-z]\p{Script=Han}/u);
    }
  });

  it('leaves questions too short to perturb alone', () => {
    expect(pseudoQuery('花呗', seededRandom(1))).toBeNull();
    expect(pseudoQuery('block card', seededRandom(1))).toBeNull();
  });
});
