/**
 * One turn at a time per conversation within this process. Across processes the
 * optimistic `version` check decides; this only avoids needless retries here.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    // Each holder's `done` settles when it finishes; the next one in line waits for it.
    const previous = this.#tails.get(key);
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#tails.set(key, done);
    if (previous) await previous;
    try {
      return await work();
    } finally {
      release();
      // The last in line cleans up, so the map holds only busy conversations.
      if (this.#tails.get(key) === done) this.#tails.delete(key);
    }
  }

  /** Conversations with a turn running or queued (for tests and metrics). */
  get size(): number {
    return this.#tails.size;
  }
}
