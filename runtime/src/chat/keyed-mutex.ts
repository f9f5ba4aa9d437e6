/**
 * One turn at a time per conversation within this process. Across processes the
 * optimistic `version` check decides; this only avoids needless retries here.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key);
    const result = previous ? previous.then(work) : work();
    // Settles when this work does, either way; the next one in line waits for it. The
    // last in line cleans up, so the map holds only busy conversations.
    const done: Promise<void> = result.then(
      () => this.#release(key, done),
      () => this.#release(key, done),
    );
    this.#tails.set(key, done);
    return result;
  }

  #release(key: string, done: Promise<void>): void {
    if (this.#tails.get(key) === done) this.#tails.delete(key);
  }

  /** Conversations with a turn running or queued (for tests and metrics). */
  get size(): number {
    return this.#tails.size;
  }
}
