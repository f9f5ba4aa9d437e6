/**
 * User rows and their password history over the ORM. No policy here: the service
 * decides what is allowed, this class only reads and writes.
 */
import { randomUUID } from 'node:crypto';
import { PasswordHistory } from '../db/entities/password-history.js';
import { User, type UserRow } from '../db/entities/user.js';
import { isUniqueViolation } from '../db/is-unique-violation.js';
import type { KefuOrm } from '../db/open-orm.js';
import { KefuError } from '../errors.js';
import { PASSWORD_HISTORY_SIZE } from './password-policy.js';

export type NewUserRow = Omit<UserRow, 'id' | 'createdAt' | 'updatedAt' | 'passwordChangedAt' | 'totpSecretEncrypted' | 'totpEnabledAt' | 'totpLastStep' | 'disabledAt'>;

export class UserDirectory {
  readonly #orm: KefuOrm;

  constructor(orm: KefuOrm) {
    this.#orm = orm;
  }

  async byId(id: string): Promise<UserRow | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    return this.#orm.em.fork().findOne(User, { id });
  }

  async byUsername(username: string): Promise<UserRow | null> {
    return this.#orm.em.fork().findOne(User, { username });
  }

  async all(): Promise<UserRow[]> {
    return this.#orm.em.fork().find(User, {}, { orderBy: { username: 'asc' } });
  }

  async any(): Promise<boolean> {
    return (await this.#orm.em.fork().count(User, {})) > 0;
  }

  /** Inserts the user and their first password-history entry; KEFU_ERR_USERNAME_TAKEN on a duplicate. */
  async insert(fields: NewUserRow, now: Date): Promise<UserRow> {
    const em = this.#orm.em.fork();
    try {
      return await em.transactional(async (tx) => {
        const row = tx.create(User, {
          ...fields,
          id: randomUUID(),
          passwordChangedAt: now,
          disabledAt: null,
          totpSecretEncrypted: null,
          totpEnabledAt: null,
          totpLastStep: null,
          createdAt: now,
          updatedAt: now,
        });
        await tx.flush();
        tx.create(PasswordHistory, { id: randomUUID(), userId: row.id, passwordHash: fields.passwordHash, createdAt: now });
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new KefuError('KEFU_ERR_USERNAME_TAKEN', `The user name "${fields.username}" is taken.`, { path: '/username' });
      throw error;
    }
  }

  async update(id: string, fields: Partial<Omit<UserRow, 'id' | 'createdAt'>>, now: Date): Promise<void> {
    await this.#orm.em.fork().nativeUpdate(User, { id }, { ...fields, updatedAt: now });
  }

  /** The hashes of the last passwords, newest first (the current one included). */
  async recentHashes(userId: string): Promise<string[]> {
    const rows = await this.#orm.em.fork().find(PasswordHistory, { userId }, { orderBy: { createdAt: 'desc' }, limit: PASSWORD_HISTORY_SIZE });
    return rows.map((row) => row.passwordHash);
  }

  /** Stores a new password hash, remembers it, and forgets all but the last five. */
  async setPassword(userId: string, passwordHash: string, mustChangePassword: boolean, now: Date): Promise<void> {
    await this.#orm.em.fork().transactional(async (tx) => {
      await tx.nativeUpdate(User, { id: userId }, { passwordHash, mustChangePassword, passwordChangedAt: now, updatedAt: now });
      tx.create(PasswordHistory, { id: randomUUID(), userId, passwordHash, createdAt: now });
      await tx.flush();
      const keep = await tx.find(PasswordHistory, { userId }, { orderBy: { createdAt: 'desc' }, limit: PASSWORD_HISTORY_SIZE, fields: ['id'] });
      await tx.nativeDelete(PasswordHistory, { userId, id: { $nin: keep.map((row) => row.id) } });
    });
  }
}
