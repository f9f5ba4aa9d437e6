import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { quietAsyncContextWhenIdle } from './quiet-async-context.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('quietAsyncContextWhenIdle', () => {
  quietAsyncContextWhenIdle();

  it("keeps each run's store across awaits, also while other runs start and end around it", async () => {
    const storage = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    const long = storage.run('long', async () => {
      await tick();
      seen.push(storage.getStore());
      await tick();
      await tick();
      seen.push(storage.getStore());
      return storage.getStore();
    });
    const short = storage.run('short', async () => {
      await tick();
      return storage.getStore();
    });
    expect(await short).toBe('short');
    expect(await long).toBe('long');
    expect(seen).toEqual(['long', 'long']);
    const nested = await storage.run('outer', async () => {
      const inner = await storage.run('inner', async () => {
        await tick();
        return storage.getStore();
      });
      await tick();
      return [inner, storage.getStore()];
    });
    expect(nested).toEqual(['inner', 'outer']);
  });

  it('disables the storages once no run is in progress (Node then turns its promise hooks off), and a new run works again', async () => {
    const storage = new AsyncLocalStorage<number>();
    await storage.run(1, async () => {
      await tick();
      // White-box: Node's own flag; while a run is in progress the storage is enabled.
      expect((storage as unknown as { enabled: boolean }).enabled).toBe(true);
    });
    await tick();
    expect((storage as unknown as { enabled: boolean }).enabled).toBe(false);
    expect(storage.getStore()).toBeUndefined();
    expect(await storage.run(2, async () => {
      await tick();
      return storage.getStore();
    })).toBe(2);
    expect(storage.run(3, () => storage.getStore())).toBe(3);
    await expect(storage.run(4, async () => {
      await tick();
      throw new Error('failed inside');
    })).rejects.toThrow('failed inside');
    await tick();
    expect((storage as unknown as { enabled: boolean }).enabled).toBe(false);
  });
});
