/**
 * The accounts service over a real database (SQLite, and PostgreSQL when
 * KEFU_TEST_DATABASE_URL is set): password policy and rotation, argon2id, sessions
 * (fixation, timeouts, ending them), TOTP and mandatory 2FA, login limits, setup.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { User } from '../db/entities/user.js';
import { openTestAccounts, type TestAccounts } from './test-support/open-test-accounts.js';
import { totpCode } from './totp.js';

const ACTOR = { id: null, name: 'test' };
const MINUTE = 60_000;
let t: TestAccounts;

beforeEach(async () => {
  t = await openTestAccounts();
});
afterEach(async () => {
  await t?.close();
});

async function login(username: string, password: string, extra: { totp?: string; ip?: string; previousToken?: string; deviceToken?: string } = {}) {
  return t.accounts.login({ username, password, ip: extra.ip ?? '10.1.1.1', ...extra });
}

describe('passwords', () => {
  it('stores argon2id hashes, never the password', async () => {
    const ana = await t.createUser('ana', ['agent'], 'Correct-horse-1');
    const row = await t.orm.em.fork().findOneOrFail(User, { id: ana.id });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(row.passwordHash).not.toContain('Correct-horse-1');
  });

  it('enforces length, not the user name, and no reuse of the last five', async () => {
    const create = (password: string) => t.accounts.createUser({ username: 'bob', roles: ['agent'], password }, ACTOR);
    await expect(create('short')).rejects.toMatchObject({ code: 'KEFU_ERR_PASSWORD_POLICY', path: '/password', details: { rule: 'too-short' } });
    await expect(t.accounts.createUser({ username: 'bobbybobby', roles: ['agent'], password: 'BobbyBobby' }, ACTOR)).rejects.toMatchObject({
      details: { rule: 'equals-username' },
    });
    const bob = await t.createUser('bob', ['agent'], 'Password-0000');
    const passwords = ['Password-1111', 'Password-2222', 'Password-3333', 'Password-4444', 'Password-5555'];
    let current = 'Password-0000';
    for (const next of passwords) {
      t.clock.advance(MINUTE);
      await t.accounts.changePassword(bob.id, current, next, ACTOR);
      current = next;
    }
    // The last five (1111…5555) are refused; 0000 is the sixth back and may return.
    for (const old of passwords) {
      await expect(t.accounts.changePassword(bob.id, current, old, ACTOR)).rejects.toMatchObject({ code: 'KEFU_ERR_PASSWORD_POLICY', path: '/newPassword', details: { rule: 'reused' } });
    }
    await expect(t.accounts.changePassword(bob.id, 'wrong', 'Password-9999', ACTOR)).rejects.toMatchObject({ path: '/currentPassword' });
    await expect(t.accounts.changePassword(bob.id, current, 'Password-0000', ACTOR)).resolves.toMatchObject({ mustChangePassword: false });
  });

  it('forces a change on first login for admin-created users, and after expiry', async () => {
    const { user, temporaryPassword } = await t.accounts.createUser({ username: 'new', roles: ['agent'] }, ACTOR);
    expect(user.mustChangePassword).toBe(true);
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{16,}$/);
    const first = await login('new', temporaryPassword!);
    expect(first.user.mustChangePassword).toBe(true);
    await t.accounts.changePassword(user.id, temporaryPassword!, 'My-own-password-1', ACTOR, first.sessionId);
    expect((await t.accounts.resolveSession(first.token))?.user).toMatchObject({ mustChangePassword: false, passwordExpired: false });

    await t.accounts.securitySettings.update({ passwordExpiryDays: 30 }, ACTOR);
    t.clock.advance(29 * 24 * 60 * MINUTE);
    expect((await t.accounts.getUser(user.id))?.passwordExpired).toBe(false);
    t.clock.advance(2 * 24 * 60 * MINUTE);
    const later = await login('new', 'My-own-password-1');
    expect(later.user.passwordExpired).toBe(true);
    await t.accounts.securitySettings.update({ passwordExpiryDays: 0 }, ACTOR);
    expect((await t.accounts.getUser(user.id))?.passwordExpired).toBe(false);
  });
});

describe('sessions', () => {
  it('issues a new 256-bit token at every login and never accepts a token planted before login', async () => {
    const ana = await t.createUser('ana', ['agent']);
    const planted = 'P'.repeat(43);
    const first = await login('ana', ana.password, { previousToken: planted });
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(planted);
    expect(await t.accounts.resolveSession(planted)).toBeNull();
    const second = await login('ana', ana.password, { previousToken: first.token });
    expect(second.token).not.toBe(first.token);
    // The browser's previous session is ended by the new login.
    expect(await t.accounts.resolveSession(first.token)).toBeNull();
    expect(await t.accounts.resolveSession(second.token)).not.toBeNull();
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const ana = await t.createUser('ana', ['agent']);
    const idle = await login('ana', ana.password);
    t.clock.advance(29 * MINUTE);
    expect(await t.accounts.resolveSession(idle.token)).not.toBeNull();
    t.clock.advance(29 * MINUTE);
    expect(await t.accounts.resolveSession(idle.token)).not.toBeNull();
    t.clock.advance(31 * MINUTE);
    expect(await t.accounts.resolveSession(idle.token)).toBeNull();
    expect(t.events).toContainEqual({ type: 'session.revoked', sessionIds: [idle.sessionId] });

    const busy = await login('ana', ana.password);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      t.clock.advance(20 * MINUTE);
      expect(await t.accounts.resolveSession(busy.token), `after ${minutes + 20} min`).not.toBeNull();
    }
    t.clock.advance(40 * MINUTE);
    expect(await t.accounts.resolveSession(busy.token)).toBeNull();
  });

  it('logout, password change, reset, disable and an admin end sessions', async () => {
    const ana = await t.createUser('ana', ['agent']);
    const a = await login('ana', ana.password);
    await t.accounts.logout(a.sessionId, ACTOR);
    expect(await t.accounts.resolveSession(a.token)).toBeNull();

    const keep = await login('ana', ana.password);
    const other = await login('ana', ana.password);
    await t.accounts.changePassword(ana.id, ana.password, 'Another-password-2', ACTOR, keep.sessionId);
    expect(await t.accounts.resolveSession(other.token)).toBeNull();
    expect(await t.accounts.resolveSession(keep.token)).not.toBeNull();

    t.events.length = 0;
    expect(await t.accounts.endAllSessions(ana.id, 'ended-by-admin', ACTOR)).toBe(1);
    expect(await t.accounts.resolveSession(keep.token)).toBeNull();
    expect(t.events).toContainEqual({ type: 'user.sessions-ended', userId: ana.id });

    const beforeDisable = await login('ana', 'Another-password-2');
    await t.accounts.disableUser(ana.id, ACTOR);
    expect(await t.accounts.resolveSession(beforeDisable.token)).toBeNull();
    await expect(login('ana', 'Another-password-2')).rejects.toMatchObject({ code: 'KEFU_ERR_LOGIN_FAILED' });
    await t.accounts.enableUser(ana.id, ACTOR);
    const afterEnable = await login('ana', 'Another-password-2');
    const { temporaryPassword } = await t.accounts.resetPassword(ana.id, ACTOR);
    expect(await t.accounts.resolveSession(afterEnable.token)).toBeNull();
    expect((await login('ana', temporaryPassword)).user.mustChangePassword).toBe(true);
    expect(t.audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['auth.login', 'auth.logout', 'user.password-change', 'user.sessions-end', 'user.disable', 'user.enable', 'user.password-reset']),
    );
  });

  it('keeps at least one enabled admin', async () => {
    const root = await t.createUser('root', ['admin']);
    await expect(t.accounts.disableUser(root.id, ACTOR)).rejects.toMatchObject({ code: 'KEFU_ERR_BAD_REQUEST' });
    await expect(t.accounts.updateUser(root.id, { roles: ['agent'] }, ACTOR)).rejects.toMatchObject({ path: '/roles' });
    await t.createUser('second', ['admin']);
    await expect(t.accounts.updateUser(root.id, { roles: ['agent'] }, ACTOR)).resolves.toMatchObject({ roles: ['agent'] });
    expect(t.audit.at(-1)).toMatchObject({ action: 'user.roles-change', before: { roles: ['admin'] }, after: { roles: ['agent'] } });
  });
});

describe('two-factor authentication', () => {
  it('enrols with a confirmed code, then requires a fresh code at login', async () => {
    const ana = await t.createUser('ana', ['agent']);
    const enrolment = await t.accounts.totpBegin(ana.id, ACTOR);
    expect(enrolment.qrSvg).toContain('<svg');
    expect(enrolment.otpauthUrl).toContain(`secret=${enrolment.secret}`);
    expect((await t.accounts.getUser(ana.id))?.totpEnabled).toBe(false);
    await expect(t.accounts.totpConfirm(ana.id, '000000', ACTOR)).rejects.toMatchObject({ path: '/code' });
    await t.accounts.totpConfirm(ana.id, totpCode(enrolment.secret, t.clock.now), ACTOR);
    const row = await t.orm.em.fork().findOneOrFail(User, { id: ana.id });
    expect(row.totpSecretEncrypted).not.toContain(enrolment.secret);

    await expect(login('ana', ana.password)).rejects.toMatchObject({ code: 'KEFU_ERR_TOTP_REQUIRED' });
    // The code used to confirm is spent; the next step's code works once.
    await expect(login('ana', ana.password, { totp: totpCode(enrolment.secret, t.clock.now) })).rejects.toMatchObject({ code: 'KEFU_ERR_TOTP_INVALID' });
    t.clock.advance(30_000);
    const code = totpCode(enrolment.secret, t.clock.now);
    await expect(login('ana', ana.password, { totp: code })).resolves.toMatchObject({ user: { totpEnabled: true } });
    await expect(login('ana', ana.password, { totp: code })).rejects.toMatchObject({ code: 'KEFU_ERR_TOTP_INVALID' });
    await expect(login('ana', 'wrong-password', { totp: code })).rejects.toMatchObject({ code: 'KEFU_ERR_LOGIN_FAILED' });

    await expect(t.accounts.totpDisable(ana.id, 'wrong', ACTOR)).rejects.toMatchObject({ path: '/password' });
    await t.accounts.totpDisable(ana.id, ana.password, ACTOR);
    await expect(login('ana', ana.password)).resolves.toMatchObject({ user: { totpEnabled: false } });
  });

  it('is mandatory for the roles an admin names', async () => {
    const ana = await t.createUser('ana', ['agent']);
    const dan = await t.createUser('dan', ['designer']);
    await t.accounts.securitySettings.update({ require2faRoles: ['agent'] }, ACTOR);
    expect((await login('ana', ana.password)).user.totpRequired).toBe(true);
    expect((await login('dan', dan.password)).user.totpRequired).toBe(false);
    const { secret } = await t.accounts.totpBegin(ana.id, ACTOR);
    await t.accounts.totpConfirm(ana.id, totpCode(secret, t.clock.now), ACTOR);
    expect((await t.accounts.getUser(ana.id))?.totpRequired).toBe(false);
    await expect(t.accounts.totpDisable(ana.id, ana.password, ACTOR)).rejects.toMatchObject({ code: 'KEFU_ERR_BAD_REQUEST' });
    await expect(t.accounts.securitySettings.update({ require2faRoles: ['boss' as never] }, ACTOR)).rejects.toMatchObject({ path: '/require2faRoles/0' });
  });
});

describe('login limits', () => {
  it('limits failures per IP and per account, but not for the owner’s known device', async () => {
    const ana = await t.createUser('ana', ['agent']);
    const trusted = await login('ana', ana.password, { ip: '10.0.0.2' });
    for (let i = 0; i < 5; i += 1) await expect(login('ana', 'guess', { ip: '6.6.6.6' })).rejects.toMatchObject({ code: 'KEFU_ERR_LOGIN_FAILED' });
    const limited = await login('ana', 'guess', { ip: '6.6.6.6' }).catch((error: unknown) => error);
    expect(limited).toMatchObject({ code: 'KEFU_ERR_LOGIN_RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
    // From many IPs the account limit (10 per 15 min) stops the attacker…
    for (let i = 0; i < 5; i += 1) await expect(login('ana', 'guess', { ip: `7.7.7.${i}` })).rejects.toMatchObject({ code: 'KEFU_ERR_LOGIN_FAILED' });
    await expect(login('ana', ana.password, { ip: '10.0.0.3' })).rejects.toMatchObject({ code: 'KEFU_ERR_LOGIN_RATE_LIMITED' });
    // …but not the owner, whose browser carries the device cookie of an earlier login.
    await expect(login('ana', ana.password, { ip: '10.0.0.3', deviceToken: trusted.deviceToken })).resolves.toMatchObject({ user: { username: 'ana' } });
    // A device cookie of another user, or a forged one, does not help.
    const bob = await t.createUser('bob', ['agent']);
    const bobs = await login('bob', bob.password, { ip: '10.0.0.4' });
    await expect(login('ana', ana.password, { ip: '10.0.0.5', deviceToken: bobs.deviceToken })).rejects.toMatchObject({ code: 'KEFU_ERR_LOGIN_RATE_LIMITED' });
    await expect(login('ana', ana.password, { ip: '10.0.0.5', deviceToken: `${ana.id}.99999999999999.forged` })).rejects.toMatchObject({ code: 'KEFU_ERR_LOGIN_RATE_LIMITED' });
    t.clock.advance(16 * MINUTE);
    await expect(login('ana', ana.password, { ip: '6.6.6.6' })).resolves.toBeDefined();
  });
});

describe('first-run setup', () => {
  it('creates the first admin once, even when raced', async () => {
    expect(await t.accounts.setupRequired()).toBe(true);
    const results = await Promise.allSettled([
      t.accounts.setup({ username: 'root', password: 'Root-password-1', ip: '127.0.0.1' }),
      t.accounts.setup({ username: 'other', password: 'Other-password-1', ip: '127.0.0.1' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'KEFU_ERR_SETUP_DONE' } });
    expect(await t.accounts.setupRequired()).toBe(false);
    const users = await t.accounts.listUsers();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ roles: ['admin'], mustChangePassword: false });
  });
});
