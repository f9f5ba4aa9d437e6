import { describe, expect, it } from 'vitest';
import { findCyclicComponents } from './find-strongly-connected.js';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCyclicComponents', () => {
  it('finds each loop once, with its members, and ignores acyclic parts', () => {
    const successors = graph({ a: ['b'], b: ['c', 'd'], c: ['a'], d: ['e'], e: ['d', 'f'], f: [], g: ['g'] });
    const components = findCyclicComponents(['a', 'b', 'c', 'd', 'e', 'f', 'g'], successors).map((c) => [...c].sort());
    expect(components.sort()).toEqual([['a', 'b', 'c'], ['d', 'e'], ['g']]);
  });

  it('handles a chain of many thousands of nodes without exhausting the stack', () => {
    const n = 50_000;
    const names = Array.from({ length: n }, (_, i) => `n${i}`);
    const successors = new Map(names.map((name, i) => [name, [names[(i + 1) % n] as string]]));
    const components = findCyclicComponents(names, successors);
    expect(components).toHaveLength(1);
    expect(components[0]).toHaveLength(n);
  });
});
