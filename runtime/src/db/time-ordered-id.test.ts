import { describe, expect, it } from 'vitest';
import { timeOrderedUuid } from './time-ordered-id.js';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedUuid', () => {
  it('makes RFC 9562 version-7 ids that carry their creation time', () => {
    const at = Date.UTC(2026, 11, 2, 16, 0, 0, 123);
    const id = timeOrderedUuid(at + 10_000_000);
    expect(id).toMatch(V7);
    // The first 48 bits are the Unix time in milliseconds.
    expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at + 10_000_000);
  });

  it('sorts as text in the order the ids were made, within one millisecond and across a clock step back', () => {
    const base = Date.now() + 20_000_000;
    const ids = [
      ...Array.from({ length: 5000 }, () => timeOrderedUuid(base)),
      timeOrderedUuid(base - 60_000),
      timeOrderedUuid(base + 1),
      ...Array.from({ length: 100 }, (_, index) => timeOrderedUuid(base + 2 + index)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(V7);
    const sorted = [...ids].sort();
    expect(sorted).toEqual(ids);
  });

  it('keeps 62+ random bits: ids made in the same millisecond differ beyond the counter', () => {
    const at = Date.now() + 30_000_000;
    const [a, b] = [timeOrderedUuid(at), timeOrderedUuid(at)];
    expect(a!.slice(19)).not.toBe(b!.slice(19));
  });
});
