import { EntitySchema } from '@mikro-orm/core';

/** Earlier password hashes of a user, so a password is not reused (the last 5 are kept). */
export interface PasswordHistoryRow {
  id: string;
  userId: string;
  passwordHash: string;
  createdAt: Date;
}

export const PasswordHistory = new EntitySchema<PasswordHistoryRow>({
  name: 'PasswordHistory',
  tableName: 'password_history',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid' },
    passwordHash: { type: 'text' },
    createdAt: { type: 'datetime' },
  },
});
