import { describe, expect, it } from 'vitest';
import { KeyedMutex } from './keyed-mutex.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyedMutex', () => {
  it('runs work for one key one at a time, in arrival order, even when a holder fails', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const job = (name: string, fail = false) =>
      mutex.run('c1', async () => {
        log.push(`${name} start`);
        await tick();
        await tick();
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([job('a'), job('b', true), job('c')]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(mutex.size).toBe(0);
  });

  it('lets different keys run at the same time', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const job = (key: string) =>
      mutex.run(key, async () => {
        log.push(`${key} start`);
        await tick();
        log.push(`${key} end`);
      });
    const both = Promise.all([job('x'), job('y')]);
    expect(mutex.size).toBe(2);
    await both;
    expect(log).toEqual(['x start', 'y start', 'x end', 'y end']);
    expect(mutex.size).toBe(0);
  });
});
