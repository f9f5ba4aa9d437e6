/**
 * The `kefu_device` cookie: proof that this browser logged in as a user before. It
 * exempts the browser from the per-account failure limit, so an attacker hammering an
 * account cannot lock its owner out (OWASP's "device cookie" pattern). The value is
 * `<userId>.<expiresMs>.<HMAC-SHA256>`; it grants nothing on its own.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DEVICE_COOKIE_DAYS = 90;

export class DeviceCookieSigner {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    this.#key = key;
  }

  issue(userId: string, now: Date): string {
    const expires = now.getTime() + DEVICE_COOKIE_DAYS * 24 * 60 * 60 * 1000;
    const payload = `${userId}.${expires}`;
    return `${payload}.${this.#mac(payload)}`;
  }

  /** The user the cookie was issued to, when it is genuine and not expired. */
  verify(value: string | undefined, now: Date): string | null {
    if (!value) return null;
    const parts = value.split('.');
    if (parts.length !== 3) return null;
    const [userId, expires, mac] = parts as [string, string, string];
    const expected = Buffer.from(this.#mac(`${userId}.${expires}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    if (!/^\d+$/.test(expires) || Number(expires) <= now.getTime()) return null;
    return userId;
  }

  #mac(payload: string): string {
    return createHmac('sha256', this.#key).update(payload).digest('base64url');
  }
}
