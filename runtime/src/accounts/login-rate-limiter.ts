/**
 * Login throttling, counted in the database so the limits hold across instances:
 * at most 5 failures per 5 minutes from one IP, and 10 per 15 minutes against one
 * account. The account limit is waived for a browser with a valid device cookie of that
 * account, so an attacker cannot lock the real user out by failing on purpose.
 */
import { randomUUID } from 'node:crypto';
import { LoginAttempt } from '../db/entities/login-attempt.js';
import type { KefuOrm } from '../db/open-orm.js';

export interface RateLimit {
  failures: number;
  windowMs: number;
}

export const IP_LIMIT: RateLimit = { failures: 5, windowMs: 5 * 60_000 };
export const ACCOUNT_LIMIT: RateLimit = { failures: 10, windowMs: 15 * 60_000 };
/** Attempts older than this are never counted again and are pruned. */
const KEEP_MS = 24 * 60 * 60_000;
const PRUNE_EVERY_MS = 10 * 60_000;

export class LoginRateLimiter {
  readonly #orm: KefuOrm;
  #lastPrune = 0;

  constructor(orm: KefuOrm) {
    this.#orm = orm;
  }

  /** Seconds to wait before trying again, or null when the attempt may proceed. */
  async retryAfter(ip: string, username: string, trustedDevice: boolean, now: Date): Promise<number | null> {
    const byIp = await this.#blockedFor({ ip }, IP_LIMIT, now);
    const byAccount = trustedDevice ? null : await this.#blockedFor({ username }, ACCOUNT_LIMIT, now);
    if (byIp === null && byAccount === null) return null;
    return Math.max(byIp ?? 0, byAccount ?? 0);
  }

  async record(ip: string, username: string, succeeded: boolean, now: Date): Promise<void> {
    const em = this.#orm.em.fork();
    em.create(LoginAttempt, { id: randomUUID(), ip, username, succeeded, createdAt: now });
    await em.flush();
    if (now.getTime() - this.#lastPrune > PRUNE_EVERY_MS) {
      this.#lastPrune = now.getTime();
      await em.nativeDelete(LoginAttempt, { createdAt: { $lt: new Date(now.getTime() - KEEP_MS) } });
    }
  }

  async #blockedFor(where: { ip: string } | { username: string }, limit: RateLimit, now: Date): Promise<number | null> {
    const since = new Date(now.getTime() - limit.windowMs);
    const recent = await this.#orm.em
      .fork()
      .find(LoginAttempt, { ...where, succeeded: false, createdAt: { $gt: since } }, { orderBy: { createdAt: 'desc' }, limit: limit.failures, fields: ['createdAt'] });
    if (recent.length < limit.failures) return null;
    // Allowed again once the oldest of the last `failures` failures leaves the window.
    const oldest = new Date(recent[recent.length - 1]!.createdAt).getTime();
    return Math.max(1, Math.ceil((oldest + limit.windowMs - now.getTime()) / 1000));
  }
}
