/**
 * Conversation tokens: the bearer secret a customer's client holds. Only the SHA-256
 * is stored, so a database leak does not let anyone post into conversations.
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

export function createConversationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashConversationToken(token) };
}

export function hashConversationToken(token: string): string {
  return hash('sha256', token, 'hex');
}

export function conversationTokenMatches(storedHash: string, token: string): boolean {
  const actual = Buffer.from(hashConversationToken(token), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
