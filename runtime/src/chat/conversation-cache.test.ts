import { describe, expect, it } from 'vitest';
import type { StoredConversation } from '../store/chat-records.js';
import { ConversationCache, type CachedConversation } from './conversation-cache.js';

function entry(id: string, version = 1): CachedConversation {
  const conversation = { id, version } as StoredConversation;
  return { conversation, offeredChoices: null };
}

describe('ConversationCache', () => {
  it('drops the entry stored longest ago beyond its capacity (storing again renews an entry)', () => {
    const cache = new ConversationCache(2);
    cache.set('a', entry('a'));
    cache.set('b', entry('b'));
    cache.set('a', entry('a', 2));
    cache.set('c', entry('c'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.conversation.version).toBe(2);
    expect(cache.get('c')).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('replaces an entry and forgets a deleted one', () => {
    const cache = new ConversationCache(2);
    cache.set('a', entry('a', 1));
    cache.set('a', entry('a', 2));
    expect(cache.get('a')?.conversation.version).toBe(2);
    expect(cache.size).toBe(1);
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
  });

  it('keeps nothing with capacity 0', () => {
    const cache = new ConversationCache(0);
    cache.set('a', entry('a'));
    expect(cache.get('a')).toBeUndefined();
  });
});
