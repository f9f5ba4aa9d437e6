/**
 * One turn at a time per conversation within this process. Across processes the
 * optimistic `version` check decides; this only avoids needless retries here.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => current);
    this.#tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      // The last waiter cleans up, so the map holds only busy conversations.
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }

  /** Conversations with a turn running or queued (for tests and metrics). */
  get size(): number {
    return this.#tails.size;
  }
}
