import { EntitySchema } from '@mikro-orm/core';

/** One login attempt; counted per IP and per account for rate limiting across instances. */
export interface LoginAttemptRow {
  id: string;
  /** Lower-case, as typed (the account may not exist). */
  username: string;
  ip: string;
  succeeded: boolean;
  createdAt: Date;
}

export const LoginAttempt = new EntitySchema<LoginAttemptRow>({
  name: 'LoginAttempt',
  tableName: 'login_attempts',
  properties: {
    id: { type: 'uuid', primary: true },
    username: { type: 'string', length: 64 },
    ip: { type: 'string', length: 64 },
    succeeded: { type: 'boolean' },
    createdAt: { type: 'datetime' },
  },
});
