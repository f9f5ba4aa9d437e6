/**
 * `AccountService` over the database: users, passwords, TOTP, sessions and security
 * settings, with every privileged action written to the audit log. Login and session
 * checks live in `SessionAuth`; this class owns user management.
 */
import QRCode from 'qrcode';
import type { EventBus } from '../bus/event-bus.js';
import { FieldCipher } from '../crypto/field-cipher.js';
import type { UserRow } from '../db/entities/user.js';
import type { KefuOrm } from '../db/open-orm.js';
import { KefuError } from '../errors.js';
import { accountKeys } from './account-keys.js';
import { checkDisplayName, checkRoles, checkSkillGroups, normaliseUsername } from './account-input.js';
import type { AccountService } from './account-service.js';
import type { Actor, CreateUserInput, LoginInput, LoginResult, ResolvedSession, SecuritySettings, SessionInfo, TotpEnrolment, UpdateUserInput, UserView } from './account-types.js';
import type { AuditSink, AuditSinkEntry } from './audit-sink.js';
import { DeviceCookieSigner } from './device-cookie.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { checkPasswordPolicy } from './password-policy.js';
import { SecuritySettingsStore } from './security-settings-store.js';
import { SessionAuth } from './session-auth.js';
import { SessionStore } from './session-store.js';
import { temporaryPassword } from './temporary-password.js';
import { newTotpSecret, otpauthUrl, verifyTotp } from './totp.js';
import { UserDirectory } from './user-directory.js';
import { toUserView } from './user-view.js';

export interface OrmAccountServiceOptions {
  orm: KefuOrm;
  bus: EventBus;
  /** The instance secret (32 bytes); purpose keys are derived from it. */
  secretKey: Buffer;
  /** Where privileged actions are recorded; resolved per call so it may be wired later. */
  audit: () => AuditSink | undefined;
  now?: () => Date;
  /** Shown in authenticator apps. */
  issuer?: string;
}

export class OrmAccountService implements AccountService {
  readonly #users: UserDirectory;
  readonly #sessions: SessionStore;
  readonly #settings: SecuritySettingsStore;
  readonly #auth: SessionAuth;
  readonly #totpCipher: FieldCipher;
  readonly #audit: () => AuditSink | undefined;
  readonly #now: () => Date;
  readonly #issuer: string;

  constructor(options: OrmAccountServiceOptions) {
    const keys = accountKeys(options.secretKey);
    this.#now = options.now ?? (() => new Date());
    this.#audit = options.audit;
    this.#issuer = options.issuer ?? 'Kefu';
    this.#users = new UserDirectory(options.orm);
    this.#sessions = new SessionStore(options.orm, options.bus);
    this.#settings = new SecuritySettingsStore(options.orm);
    this.#totpCipher = new FieldCipher(keys.totpSecret);
    this.#auth = new SessionAuth({
      orm: options.orm,
      users: this.#users,
      sessions: this.#sessions,
      settings: this.#settings,
      limiter: new LoginRateLimiter(options.orm),
      devices: new DeviceCookieSigner(keys.deviceCookie),
      totpCipher: this.#totpCipher,
      record: (entry) => this.#record(entry),
      now: this.#now,
    });
  }

  readonly securitySettings = {
    get: () => this.#settings.get(),
    update: async (patch: Partial<SecuritySettings>, actor: Actor): Promise<SecuritySettings> => {
      const { before, after } = await this.#settings.update(patch);
      await this.#record({ actor, action: 'security.update', target: { type: 'settings', id: 'security' }, before, after });
      return after;
    },
  };

  setupRequired(): Promise<boolean> {
    return this.#users.any().then((any) => !any);
  }

  setup(input: { username: string; password: string; ip: string; userAgent?: string }): Promise<LoginResult> {
    return this.#auth.setup(input, (fields) => this.#newUserFields(fields));
  }

  async createUser(input: CreateUserInput, actor: Actor): Promise<{ user: UserView; temporaryPassword?: string }> {
    const settings = await this.#settings.get();
    const generated = input.password === undefined ? temporaryPassword(settings.passwordMinLength) : undefined;
    const fields = await this.#newUserFields({ ...input, password: input.password ?? generated ?? '' }, settings, generated !== undefined);
    const row = await this.#users.insert(fields, this.#now());
    const user = toUserView(row, settings, this.#now());
    await this.#record({ actor, action: 'user.create', target: { type: 'user', id: row.id }, after: user });
    return generated === undefined ? { user } : { user, temporaryPassword: generated };
  }

  async updateUser(id: string, patch: UpdateUserInput, actor: Actor): Promise<UserView> {
    const row = await this.#existing(id);
    const fields: Partial<UserRow> = {};
    if (patch.displayName !== undefined) fields.displayName = checkDisplayName(patch.displayName);
    if (patch.skillGroups !== undefined) fields.skillGroups = checkSkillGroups(patch.skillGroups);
    if (patch.locale !== undefined) fields.locale = patch.locale;
    const rolesChanged = patch.roles !== undefined && [...checkRoles(patch.roles)].sort().join() !== [...row.roles].sort().join();
    if (patch.roles !== undefined) {
      fields.roles = checkRoles(patch.roles);
      if (row.roles.includes('admin') && !fields.roles.includes('admin')) await this.#assertAnotherAdmin(row.id, '/roles');
    }
    const before = await this.#view(row);
    await this.#users.update(row.id, fields, this.#now());
    const after = await this.#view(await this.#existing(id));
    await this.#record({ actor, action: rolesChanged ? 'user.roles-change' : 'user.update', target: { type: 'user', id }, before, after });
    return after;
  }

  async disableUser(id: string, actor: Actor): Promise<UserView> {
    const row = await this.#existing(id);
    if (row.roles.includes('admin')) await this.#assertAnotherAdmin(row.id, '/id');
    await this.#users.update(id, { disabledAt: this.#now() }, this.#now());
    await this.#sessions.revokeAllOfUser(id, 'disabled', this.#now());
    const after = await this.#view(await this.#existing(id));
    await this.#record({ actor, action: 'user.disable', target: { type: 'user', id } });
    return after;
  }

  async enableUser(id: string, actor: Actor): Promise<UserView> {
    await this.#existing(id);
    await this.#users.update(id, { disabledAt: null }, this.#now());
    await this.#record({ actor, action: 'user.enable', target: { type: 'user', id } });
    return this.#view(await this.#existing(id));
  }

  async resetPassword(id: string, actor: Actor): Promise<{ temporaryPassword: string }> {
    await this.#existing(id);
    const password = temporaryPassword((await this.#settings.get()).passwordMinLength);
    await this.#users.setPassword(id, await hashPassword(password), true, this.#now());
    await this.#sessions.revokeAllOfUser(id, 'password-reset', this.#now());
    await this.#record({ actor, action: 'user.password-reset', target: { type: 'user', id } });
    return { temporaryPassword: password };
  }

  async changePassword(userId: string, currentPassword: string, newPassword: string, actor: Actor, keepSessionId?: string): Promise<UserView> {
    const row = await this.#existing(userId);
    if (!(await verifyPassword(row.passwordHash, currentPassword))) {
      await this.#record({ actor, action: 'user.password-change', target: { type: 'user', id: userId }, outcome: 'failure' });
      throw new KefuError('KEFU_ERR_BAD_REQUEST', 'The current password is wrong.', { path: '/currentPassword' });
    }
    await checkPasswordPolicy(newPassword, {
      username: row.username,
      settings: await this.#settings.get(),
      // The current hash heads the history already; it is added in case history was lost.
      recentHashes: [...new Set([row.passwordHash, ...(await this.#users.recentHashes(userId))])],
      path: '/newPassword',
    });
    await this.#users.setPassword(userId, await hashPassword(newPassword), false, this.#now());
    await this.#sessions.revokeAllOfUser(userId, 'password-changed', this.#now(), keepSessionId);
    await this.#record({ actor, action: 'user.password-change', target: { type: 'user', id: userId } });
    return this.#view(await this.#existing(userId));
  }

  async listUsers(): Promise<UserView[]> {
    const settings = await this.#settings.get();
    return (await this.#users.all()).map((row) => toUserView(row, settings, this.#now()));
  }

  async getUser(id: string): Promise<UserView | null> {
    const row = await this.#users.byId(id);
    return row ? this.#view(row) : null;
  }

  async findByUsername(username: string): Promise<UserView | null> {
    const row = await this.#users.byUsername(username.trim().toLowerCase());
    return row ? this.#view(row) : null;
  }

  async totpBegin(userId: string, actor: Actor): Promise<TotpEnrolment> {
    const row = await this.#existing(userId);
    if (row.totpEnabledAt !== null) {
      throw new KefuError('KEFU_ERR_BAD_REQUEST', 'Two-factor authentication is already on; turn it off before enrolling a new device.', { path: '' });
    }
    const secret = newTotpSecret();
    await this.#users.update(userId, { totpSecretEncrypted: this.#totpCipher.encrypt(secret), totpLastStep: null }, this.#now());
    await this.#record({ actor, action: 'user.totp-begin', target: { type: 'user', id: userId } });
    const url = otpauthUrl(this.#issuer, row.username, secret);
    return { secret, otpauthUrl: url, qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
  }

  async totpConfirm(userId: string, code: string, actor: Actor): Promise<UserView> {
    const row = await this.#existing(userId);
    if (row.totpEnabledAt !== null || row.totpSecretEncrypted === null) {
      throw new KefuError('KEFU_ERR_BAD_REQUEST', 'Start the enrolment first.', { path: '/code' });
    }
    const step = verifyTotp(this.#totpCipher.decrypt(row.totpSecretEncrypted), code, this.#now(), row.totpLastStep);
    if (step === null) {
      await this.#record({ actor, action: 'user.totp-enable', target: { type: 'user', id: userId }, outcome: 'failure' });
      throw new KefuError('KEFU_ERR_BAD_REQUEST', 'The code does not match; check the time on your phone and try the next code.', { path: '/code' });
    }
    await this.#users.update(userId, { totpEnabledAt: this.#now(), totpLastStep: step }, this.#now());
    await this.#record({ actor, action: 'user.totp-enable', target: { type: 'user', id: userId } });
    return this.#view(await this.#existing(userId));
  }

  async totpDisable(userId: string, password: string, actor: Actor): Promise<UserView> {
    const row = await this.#existing(userId);
    if (!(await verifyPassword(row.passwordHash, password))) {
      await this.#record({ actor, action: 'user.totp-disable', target: { type: 'user', id: userId }, outcome: 'failure' });
      throw new KefuError('KEFU_ERR_BAD_REQUEST', 'The password is wrong.', { path: '/password' });
    }
    const settings = await this.#settings.get();
    if (row.roles.some((role) => settings.require2faRoles.includes(role))) {
      throw new KefuError('KEFU_ERR_BAD_REQUEST', 'Your role requires two-factor authentication; it cannot be turned off.', { path: '' });
    }
    await this.#users.update(userId, { totpEnabledAt: null, totpSecretEncrypted: null, totpLastStep: null }, this.#now());
    await this.#record({ actor, action: 'user.totp-disable', target: { type: 'user', id: userId } });
    return this.#view(await this.#existing(userId));
  }

  login(input: LoginInput): Promise<LoginResult> {
    return this.#auth.login(input);
  }

  async logout(sessionId: string, actor: Actor): Promise<void> {
    const ended = await this.#sessions.revoke([sessionId], 'logout', this.#now());
    if (ended.length > 0) await this.#record({ actor, action: 'auth.logout', target: { type: 'session', id: sessionId.slice(0, 12) } });
  }

  async endAllSessions(userId: string, reason: 'ended-by-admin' | 'password-changed' | 'disabled', actor: Actor): Promise<number> {
    await this.#existing(userId);
    const ended = await this.#sessions.revokeAllOfUser(userId, reason, this.#now());
    await this.#record({ actor, action: 'user.sessions-end', target: { type: 'user', id: userId }, after: { ended: ended.length, reason } });
    return ended.length;
  }

  async listSessions(userId: string): Promise<SessionInfo[]> {
    return (await this.#sessions.listOpen(userId, this.#now())).map(({ revokedAt: _r, revokedReason: _why, ...info }) => info);
  }

  resolveSession(token: string): Promise<ResolvedSession | null> {
    return this.#auth.resolveSession(token);
  }

  sessionActive(sessionId: string): Promise<boolean> {
    return this.#auth.sessionActive(sessionId);
  }

  async #newUserFields(input: CreateUserInput, settings?: SecuritySettings, generated = false) {
    const username = normaliseUsername(input.username);
    const roles = checkRoles(input.roles);
    const skillGroups = checkSkillGroups(input.skillGroups ?? []);
    const displayName = checkDisplayName(input.displayName ?? username);
    const password = input.password ?? '';
    if (!generated) await checkPasswordPolicy(password, { username, settings: settings ?? (await this.#settings.get()) });
    return { username, displayName, roles, skillGroups, passwordHash: await hashPassword(password), mustChangePassword: input.mustChangePassword ?? true, locale: input.locale ?? null };
  }

  async #existing(id: string): Promise<UserRow> {
    const row = await this.#users.byId(id);
    if (!row) throw new KefuError('KEFU_ERR_NOT_FOUND', 'No such user.', { path: '/id' });
    return row;
  }

  async #view(row: UserRow): Promise<UserView> {
    return toUserView(row, await this.#settings.get(), this.#now());
  }

  async #assertAnotherAdmin(exceptId: string, path: string): Promise<void> {
    const others = (await this.#users.all()).filter((user) => user.id !== exceptId && user.disabledAt === null && user.roles.includes('admin'));
    if (others.length === 0) throw new KefuError('KEFU_ERR_BAD_REQUEST', 'Kefu needs at least one enabled admin.', { path });
  }

  async #record(entry: AuditSinkEntry & { actor: Actor }): Promise<void> {
    const { actor, ...rest } = entry;
    const sink = this.#audit();
    if (!sink) return;
    await sink.record({
      ...rest,
      actor: { id: actor.id, name: actor.name },
      ...(actor.ip !== undefined ? { ip: actor.ip } : {}),
      ...(actor.requestId !== undefined ? { requestId: actor.requestId } : {}),
    });
  }
}
