/**
 * MikroORM keeps its transaction and flush context in `AsyncLocalStorage`. On Node 20 the
 * first `run()` turns on Node's promise hooks for the rest of the process, and from then
 * on every promise anywhere pays for them: about a tenth of the CPU of a chat turn, which
 * never touches the ORM (`npm run bench:turns`, server CPU per turn).
 *
 * This counts the `run()` calls in progress and, when the last one has settled, disables
 * the storages it saw, which turns the hooks off until the next `run()` turns them on
 * again. Inside a run nothing changes. The one difference from plain Node: a promise made
 * inside a run but continued after every run has ended sees no store (plain Node would
 * still show it the ended run's) — MikroORM's storages hold "inside this transaction" and
 * "inside a flush", which are over by then. A store set with `enterWith()` has no end, so
 * once one is used, storages are never disabled again.
 *
 * Installed by `kefu serve` before anything opens the ORM; library code never installs it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

let installed = false;
let running = 0;
let pinned = false;
const seen = new Set<AsyncLocalStorage<unknown>>();

export function quietAsyncContextWhenIdle(): void {
  if (installed) return;
  installed = true;
  const run = AsyncLocalStorage.prototype.run;
  const enterWith = AsyncLocalStorage.prototype.enterWith;
  AsyncLocalStorage.prototype.run = function runCounted<R, TArgs extends unknown[]>(
    this: AsyncLocalStorage<unknown>,
    store: unknown,
    callback: (...args: TArgs) => R,
    ...args: TArgs
  ): R {
    seen.add(this);
    running += 1;
    let result: R;
    try {
      result = run.call(this, store, callback, ...args) as R;
    } catch (error) {
      settled();
      throw error;
    }
    if (result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') {
      (result as unknown as PromiseLike<unknown>).then(settled, settled);
    } else {
      settled();
    }
    return result;
  } as typeof AsyncLocalStorage.prototype.run;
  AsyncLocalStorage.prototype.enterWith = function enterWithPinned(this: AsyncLocalStorage<unknown>, store: unknown): void {
    pinned = true;
    enterWith.call(this, store);
  };
}

function settled(): void {
  running -= 1;
  if (running > 0 || pinned) return;
  for (const storage of seen) storage.disable();
}
