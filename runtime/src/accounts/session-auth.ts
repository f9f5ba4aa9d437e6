/**
 * Logging in and recognising sessions: rate limits, password and TOTP checks, a new
 * session token at every login (no fixation), idle and absolute timeouts.
 */
import type { FieldCipher } from '../crypto/field-cipher.js';
import { AppSetting } from '../db/entities/app-setting.js';
import { User, type UserRow } from '../db/entities/user.js';
import { isUniqueViolation } from '../db/is-unique-violation.js';
import type { KefuOrm } from '../db/open-orm.js';
import { KefuError } from '../errors.js';
import type { Actor, CreateUserInput, LoginInput, LoginResult, ResolvedSession, SecuritySettings } from './account-types.js';
import type { AuditSinkEntry } from './audit-sink.js';
import type { DeviceCookieSigner } from './device-cookie.js';
import type { LoginRateLimiter } from './login-rate-limiter.js';
import { verifyAgainstDummy, verifyPassword } from './password-hasher.js';
import type { SecuritySettingsStore } from './security-settings-store.js';
import type { SessionStore } from './session-store.js';
import { looksLikeSessionToken, sessionIdOf } from './session-token.js';
import { verifyTotp } from './totp.js';
import type { NewUserRow, UserDirectory } from './user-directory.js';
import { toUserView } from './user-view.js';

/** `last_seen_at` is written at most this often, so every request is not a write. */
const TOUCH_EVERY_MS = 60_000;
const SETUP_GUARD_KEY = 'setup';

export interface SessionAuthDeps {
  orm: KefuOrm;
  users: UserDirectory;
  sessions: SessionStore;
  settings: SecuritySettingsStore;
  limiter: LoginRateLimiter;
  devices: DeviceCookieSigner;
  totpCipher: FieldCipher;
  record: (entry: AuditSinkEntry & { actor: Actor }) => Promise<void>;
  now: () => Date;
}

export class SessionAuth {
  readonly #deps: SessionAuthDeps;

  constructor(deps: SessionAuthDeps) {
    this.#deps = deps;
  }

  async login(input: LoginInput): Promise<LoginResult> {
    const { users, limiter, devices, record } = this.#deps;
    const now = this.#deps.now();
    const username = input.username.trim().toLowerCase().slice(0, 64);
    const row = username === '' ? null : await users.byUsername(username);
    const trustedDevice = row !== null && devices.verify(input.deviceToken, now) === row.id;
    const actor: Actor = { id: row?.id ?? null, name: username, ip: input.ip };

    const wait = await limiter.retryAfter(input.ip, username, trustedDevice, now);
    if (wait !== null) {
      await record({ actor, action: 'auth.login', outcome: 'denied', after: { reason: 'rate-limited' } });
      throw new KefuError('KEFU_ERR_LOGIN_RATE_LIMITED', undefined, { details: { retryAfterSeconds: wait } });
    }
    const passwordOk = row ? await verifyPassword(row.passwordHash, input.password) : await verifyAgainstDummy(input.password);
    if (!row || !passwordOk || row.disabledAt !== null) {
      await this.#fail(input.ip, username, actor, 'KEFU_ERR_LOGIN_FAILED', now);
    }
    const user = row as UserRow;
    if (user.totpEnabledAt !== null && user.totpSecretEncrypted !== null) {
      // A right password without the code is not a failure, but tells nothing more either.
      if (!input.totp) throw new KefuError('KEFU_ERR_TOTP_REQUIRED');
      const step = verifyTotp(this.#deps.totpCipher.decrypt(user.totpSecretEncrypted), input.totp, now, user.totpLastStep);
      if (step === null || !(await this.#claimTotpStep(user.id, step))) await this.#fail(input.ip, username, actor, 'KEFU_ERR_TOTP_INVALID', now);
    }
    await limiter.record(input.ip, username, true, now);
    // Whatever session the browser had before is ended: a token planted before login never becomes the session.
    if (input.previousToken && looksLikeSessionToken(input.previousToken)) {
      await this.#deps.sessions.revoke([sessionIdOf(input.previousToken)], 'replaced', now);
    }
    const result = await this.#startSession(user, input, now);
    await record({ actor: { ...actor, id: user.id }, action: 'auth.login', target: { type: 'user', id: user.id } });
    return result;
  }

  /** The first admin; a guard row in `app_settings` makes concurrent setups lose with KEFU_ERR_SETUP_DONE. */
  async setup(
    input: { username: string; password: string; ip: string; userAgent?: string },
    fieldsOf: (input: CreateUserInput) => Promise<NewUserRow>,
  ): Promise<LoginResult> {
    const { users, orm } = this.#deps;
    const done = new KefuError('KEFU_ERR_SETUP_DONE');
    if (await users.any()) throw done;
    // Validated before the guard is taken, so a weak password does not block setup for good.
    const fields = await fieldsOf({ username: input.username, password: input.password, roles: ['admin'], mustChangePassword: false });
    const now = this.#deps.now();
    const em = orm.em.fork();
    try {
      await em.insert(AppSetting, { key: SETUP_GUARD_KEY, value: { at: now.toISOString() }, updatedAt: now });
    } catch (error) {
      if (isUniqueViolation(error)) throw done;
      throw error;
    }
    if (await users.any()) throw done;
    let row: UserRow;
    try {
      row = await users.insert(fields, now);
    } catch (error) {
      await em.nativeDelete(AppSetting, { key: SETUP_GUARD_KEY });
      throw error;
    }
    await this.#deps.record({ actor: { id: row.id, name: row.username, ip: input.ip }, action: 'user.create', target: { type: 'user', id: row.id }, after: { username: row.username, roles: row.roles, via: 'setup' } });
    return this.#startSession(row, input, now);
  }

  async resolveSession(token: string): Promise<ResolvedSession | null> {
    if (!looksLikeSessionToken(token)) return null;
    const checked = await this.#check(sessionIdOf(token));
    if (!checked) return null;
    const { session, user, settings, now } = checked;
    if (now.getTime() - new Date(session.lastSeenAt).getTime() >= TOUCH_EVERY_MS) {
      await this.#deps.sessions.touch(session.id, now);
      session.lastSeenAt = now;
    }
    const { revokedAt: _at, revokedReason: _why, ...info } = session;
    return { session: info, user: toUserView(user, settings, now) };
  }

  async sessionActive(sessionId: string): Promise<boolean> {
    return (await this.#check(sessionId)) !== null;
  }

  async #check(sessionId: string) {
    const { sessions, users } = this.#deps;
    const session = await sessions.find(sessionId);
    if (!session || session.revokedAt !== null) return null;
    const now = this.#deps.now();
    const user = await users.byId(session.userId);
    const settings = await this.#deps.settings.get();
    const idleMs = settings.sessionIdleMinutes * 60_000;
    const reason =
      !user || user.disabledAt !== null
        ? 'disabled'
        : new Date(session.expiresAt).getTime() <= now.getTime()
          ? 'expired'
          : now.getTime() - new Date(session.lastSeenAt).getTime() > idleMs
            ? 'idle'
            : null;
    if (reason !== null || !user) {
      await sessions.revoke([session.id], reason ?? 'disabled', now);
      return null;
    }
    return { session, user, settings: settings as SecuritySettings, now };
  }

  async #startSession(user: UserRow, meta: { ip: string; userAgent?: string }, now: Date): Promise<LoginResult> {
    const settings = await this.#deps.settings.get();
    const { token, row } = await this.#deps.sessions.create(user.id, meta, now, settings.sessionAbsoluteHours);
    return {
      token,
      sessionId: row.id,
      expiresAt: row.expiresAt,
      user: toUserView(user, settings, now),
      deviceToken: this.#deps.devices.issue(user.id, now),
    };
  }

  /** Marks a TOTP step used, atomically, so two logins racing with one code cannot both pass. */
  async #claimTotpStep(userId: string, step: number): Promise<boolean> {
    const changed = await this.#deps.orm.em
      .fork()
      .nativeUpdate(User, { id: userId, $or: [{ totpLastStep: null }, { totpLastStep: { $lt: step } }] }, { totpLastStep: step });
    return changed === 1;
  }

  async #fail(ip: string, username: string, actor: Actor, code: 'KEFU_ERR_LOGIN_FAILED' | 'KEFU_ERR_TOTP_INVALID', now: Date): Promise<never> {
    await this.#deps.limiter.record(ip, username, false, now);
    await this.#deps.record({ actor, action: 'auth.login', outcome: 'failure', after: { reason: code } });
    throw new KefuError(code);
  }
}
