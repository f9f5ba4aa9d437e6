/**
 * The last committed row of recently active conversations, so a turn does not read the
 * conversation (and the choices the bot offered) back from the database it just wrote.
 * Safe with several instances: a turn commits only if the conversation's `version` is
 * still the one it read, so a stale entry costs one failed commit, after which the
 * turn processor drops it and reads the row again. Bounded: the entry stored longest ago
 * goes first. Every committed turn stores its conversation again, so that is the least
 * recently active one; a read does not reorder (on the hot path that would be a Map
 * delete and insert per turn for nothing).
 */
import type { Choice } from '../engine/types.js';
import type { StoredConversation } from '../store/chat-records.js';

export interface CachedConversation {
  conversation: StoredConversation;
  /**
   * The choices of the latest bot message that could offer any (null: that message
   * offered none), or undefined when not known yet (read on demand).
   */
  offeredChoices: readonly Choice[] | null | undefined;
}

export const DEFAULT_CONVERSATION_CACHE_SIZE = 10_000;

export class ConversationCache {
  readonly #capacity: number;
  // A Map iterates in insertion order: re-inserting on store keeps the oldest first.
  readonly #entries = new Map<string, CachedConversation>();

  constructor(capacity = DEFAULT_CONVERSATION_CACHE_SIZE) {
    this.#capacity = Math.max(0, Math.floor(capacity));
  }

  get(id: string): CachedConversation | undefined {
    return this.#entries.get(id);
  }

  set(id: string, entry: CachedConversation): void {
    if (this.#capacity === 0) return;
    this.#entries.delete(id);
    this.#entries.set(id, entry);
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  delete(id: string): void {
    this.#entries.delete(id);
  }

  get size(): number {
    return this.#entries.size;
  }
}
