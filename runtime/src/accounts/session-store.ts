/**
 * Console sessions in the database. Ending sessions publishes `session.revoked` and
 * `user.sessions-ended` on the event bus, which is how open console WebSockets learn
 * to close; a periodic check covers sessions ended on another instance.
 */
import type { EventBus } from '../bus/event-bus.js';
import { Session, type SessionRow } from '../db/entities/session.js';
import type { KefuOrm } from '../db/open-orm.js';
import { newSessionToken, sessionIdOf } from './session-token.js';

export type SessionEndReason = 'logout' | 'idle' | 'expired' | 'password-changed' | 'password-reset' | 'disabled' | 'ended-by-admin' | 'replaced' | 'totp-changed';

const MAX_USER_AGENT = 400;

export class SessionStore {
  readonly #orm: KefuOrm;
  readonly #bus: EventBus;

  constructor(orm: KefuOrm, bus: EventBus) {
    this.#orm = orm;
    this.#bus = bus;
  }

  async create(userId: string, meta: { ip: string; userAgent?: string }, now: Date, absoluteHours: number): Promise<{ token: string; row: SessionRow }> {
    const token = newSessionToken();
    const em = this.#orm.em.fork();
    const row = em.create(Session, {
      id: sessionIdOf(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + absoluteHours * 3_600_000),
      ip: meta.ip.slice(0, 64),
      userAgent: meta.userAgent ? meta.userAgent.slice(0, MAX_USER_AGENT) : null,
      revokedAt: null,
      revokedReason: null,
    });
    await em.flush();
    return { token, row };
  }

  async find(id: string): Promise<SessionRow | null> {
    return this.#orm.em.fork().findOne(Session, { id });
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.#orm.em.fork().nativeUpdate(Session, { id, revokedAt: null }, { lastSeenAt: now });
  }

  /** Ends the given sessions (those still open) and tells the sockets. */
  async revoke(ids: string[], reason: SessionEndReason, now: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    const em = this.#orm.em.fork();
    const open = await em.find(Session, { id: { $in: ids }, revokedAt: null }, { fields: ['id'] });
    const openIds = open.map((row) => row.id);
    if (openIds.length > 0) {
      await em.nativeUpdate(Session, { id: { $in: openIds }, revokedAt: null }, { revokedAt: now, revokedReason: reason });
    }
    // Published even when the row was already ended elsewhere: a socket may still be open here.
    this.#bus.publish({ type: 'session.revoked', sessionIds: ids });
    return openIds;
  }

  /** Ends every open session of `userId` except `keepId`; returns the ids ended. */
  async revokeAllOfUser(userId: string, reason: SessionEndReason, now: Date, keepId?: string): Promise<string[]> {
    const em = this.#orm.em.fork();
    const open = await em.find(Session, { userId, revokedAt: null }, { fields: ['id'] });
    const ids = open.map((row) => row.id).filter((id) => id !== keepId);
    if (ids.length > 0) await em.nativeUpdate(Session, { id: { $in: ids }, revokedAt: null }, { revokedAt: now, revokedReason: reason });
    this.#bus.publish({ type: 'session.revoked', sessionIds: ids });
    if (keepId === undefined) this.#bus.publish({ type: 'user.sessions-ended', userId });
    return ids;
  }

  async listOpen(userId: string, now: Date): Promise<SessionRow[]> {
    return this.#orm.em.fork().find(Session, { userId, revokedAt: null, expiresAt: { $gt: now } }, { orderBy: { createdAt: 'desc' } });
  }
}
