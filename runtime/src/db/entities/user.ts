import { EntitySchema } from '@mikro-orm/core';
import type { Role } from '../../auth/permissions.js';

/** A staff member who logs in to the console. */
export interface UserRow {
  id: string;
  /** Stored lower-case; unique. */
  username: string;
  displayName: string;
  /** argon2id PHC string. */
  passwordHash: string;
  passwordChangedAt: Date;
  mustChangePassword: boolean;
  roles: Role[];
  skillGroups: string[];
  disabledAt: Date | null;
  /** The TOTP secret, AES-256-GCM encrypted with the instance key. */
  totpSecretEncrypted: string | null;
  totpEnabledAt: Date | null;
  /** The last TOTP time step accepted, so one code cannot be used twice. */
  totpLastStep: number | null;
  locale: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const User = new EntitySchema<UserRow>({
  name: 'User',
  tableName: 'users',
  properties: {
    id: { type: 'uuid', primary: true },
    username: { type: 'string', length: 64, unique: true },
    displayName: { type: 'string', length: 200 },
    passwordHash: { type: 'text' },
    passwordChangedAt: { type: 'datetime' },
    mustChangePassword: { type: 'boolean' },
    roles: { type: 'json' },
    skillGroups: { type: 'json' },
    disabledAt: { type: 'datetime', nullable: true },
    totpSecretEncrypted: { type: 'text', nullable: true },
    totpEnabledAt: { type: 'datetime', nullable: true },
    totpLastStep: { type: 'integer', nullable: true },
    locale: { type: 'string', length: 16, nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
});
