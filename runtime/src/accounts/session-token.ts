/**
 * Session tokens: 32 random bytes (256 bits) in base64url for the cookie; the database
 * keeps only their SHA-256, so reading the sessions table does not log anyone in.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token as issued: 43 base64url characters. Anything else is not looked up at all. */
export function looksLikeSessionToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
