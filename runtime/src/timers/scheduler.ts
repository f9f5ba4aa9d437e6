/**
 * Fires durable timers. Every `pollMs` it claims due timers with a lease (so a crashed
 * instance's claims expire and are retried) and runs each one's `timer` turn, which
 * deletes the row in the same transaction — or, for a `session-timeout` whose deadline
 * turns pushed later meanwhile, moves the row to that deadline instead
 * (chat/plan-idle-deadline.ts). Timers that fell due while no process was running fire
 * on the first poll, right at `start()`.
 */
import type { Logger } from '../engine/types.js';
import type { ClaimedTimer } from '../store/chat-records.js';
import type { ChatStore } from '../store/chat-store.js';

export interface TimerSchedulerOptions {
  store: ChatStore;
  fire: (timer: ClaimedTimer) => Promise<boolean>;
  logger: Logger;
  pollMs?: number;
  /** How long a claim protects a timer from other instances. */
  leaseMs?: number;
  batchSize?: number;
  now?: () => Date;
}

export class TimerScheduler {
  readonly #options: Required<Omit<TimerSchedulerOptions, 'now'>> & { now: () => Date };
  #timer: NodeJS.Timeout | null = null;
  #running = false;
  #inFlight: Promise<void> | null = null;

  constructor(options: TimerSchedulerOptions) {
    this.#options = { pollMs: 500, leaseMs: 60_000, batchSize: 50, now: () => new Date(), ...options };
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#schedule(0);
  }

  /** Stops polling and waits for the timers being fired right now. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#inFlight;
  }

  /** One poll: claims and fires every due timer; returns how many fired. */
  async pollOnce(): Promise<number> {
    const { store, fire, logger, leaseMs, batchSize } = this.#options;
    let fired = 0;
    for (;;) {
      const now = this.#options.now();
      const claimed = await store.claimDueTimers(now, new Date(now.getTime() + leaseMs), batchSize);
      const results = await Promise.allSettled(claimed.map((timer) => fire(timer)));
      for (const [index, result] of results.entries()) {
        if (result.status === 'fulfilled') {
          if (result.value) fired += 1;
        } else {
          // The claim lapses after the lease and the timer is retried then.
          logger.error({ err: result.reason, conversationId: claimed[index]?.conversationId, timer: claimed[index]?.name }, 'timer turn failed');
        }
      }
      if (claimed.length < batchSize || !this.#running) return fired;
    }
  }

  #schedule(delay: number): void {
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#inFlight = this.pollOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.#options.logger.error({ err: error }, 'timer poll failed'))
        .finally(() => {
          this.#inFlight = null;
          if (this.#running) this.#schedule(this.#options.pollMs);
        });
    }, delay);
    // Polling alone must not keep a process alive that has nothing else to do.
    this.#timer.unref();
  }
}
