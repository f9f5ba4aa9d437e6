import { describe, expect, it } from 'vitest';
import { changedFields, withStateAfter } from './article-changes';

const base = { question: 'Q', similar: ['a'], answer: 'A', category: [], tags: [], status: 'draft' as const, validFrom: null, validTo: null, locale: 'en' as const };

describe('article history changes', () => {
  it('lists the fields a save changed', () => {
    expect(changedFields(base, { ...base, similar: ['a', 'b'], status: 'published' })).toEqual(['similar', 'status']);
    expect(changedFields(base, base)).toEqual([]);
    expect(changedFields(null, base)).toEqual([]);
  });

  it('pairs each entry, newest first, with the state after it', () => {
    const v2 = { ...base, answer: 'A2' };
    const current = { ...v2, tags: ['x'] };
    const entries = [
      { revision: 3, change: 'update', before: v2 },
      { revision: 2, change: 'update', before: base },
      { revision: 1, change: 'create', before: null },
    ];
    const paired = withStateAfter(entries, current);
    expect(paired.map(({ entry, after }) => changedFields(entry.before, after))).toEqual([['tags'], ['answer'], []]);
    expect(paired[2]?.after).toBe(base);
  });
});
