/**
 * Counts events per key (a client IP) in fixed windows and says how long a caller
 * over the limit must wait. In-process: with several instances each counts its own
 * share (documented in docs/operators.md). Memory is bounded: expired windows are
 * swept, and past `maxKeys` live keys new keys are refused rather than stored.
 */

export interface LimiterOptions {
  limit: number;
  windowMs: number;
  maxKeys?: number;
  now?: () => number;
}

interface Window {
  count: number;
  resetAt: number;
}

export class FixedWindowLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #maxKeys: number;
  readonly #now: () => number;
  #nextSweep = 0;

  constructor(options: LimiterOptions) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#maxKeys = options.maxKeys ?? 100_000;
    this.#now = options.now ?? Date.now;
  }

  /** Counts one event; returns 0 when allowed, else the seconds until the window resets. */
  hit(key: string): number {
    const now = this.#now();
    if (now >= this.#nextSweep || this.#windows.size >= this.#maxKeys) this.#sweep(now);
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      if (!window && this.#windows.size >= this.#maxKeys) return Math.ceil(this.#windowMs / 1000);
      window = { count: 0, resetAt: now + this.#windowMs };
      this.#windows.set(key, window);
    }
    if (window.count >= this.#limit) return Math.max(1, Math.ceil((window.resetAt - now) / 1000));
    window.count += 1;
    return 0;
  }

  #sweep(now: number): void {
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
    this.#nextSweep = now + this.#windowMs;
  }
}
