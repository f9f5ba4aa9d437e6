import { describe, expect, it } from 'vitest';
import { frameStats } from './frame-stats.js';

describe('frameStats', () => {
  it('summarises frame gaps and counts the frames a long gap dropped', () => {
    const times = [0, 16.7, 33.4, 50.1, 100.2, 116.9];
    const stats = frameStats(times);
    expect(stats.frames).toBe(5);
    expect(stats.maxMs).toBeCloseTo(50.1, 1);
    expect(stats.dropped).toBe(2);
    expect(stats.meanMs).toBeCloseTo(116.9 / 5, 5);
  });

  it('reports zeros for fewer than two frames', () => {
    expect(frameStats([5])).toEqual({ frames: 0, meanMs: 0, p95Ms: 0, maxMs: 0, dropped: 0 });
  });
});
