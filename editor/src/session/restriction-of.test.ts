import { describe, expect, it } from 'vitest';
import type { AuthUser } from '../api/auth-api';
import { restrictionOf } from './restriction-of';

const user: AuthUser = {
  id: 'u1',
  username: 'mei',
  displayName: 'Mei',
  roles: ['agent'],
  mustChangePassword: false,
  totpEnabled: false,
  totpRequired: false,
};

describe('restrictionOf', () => {
  it('lets an ordinary user in', () => {
    expect(restrictionOf(user)).toBeNull();
  });

  it('asks for the password first, then for 2FA enrolment', () => {
    expect(restrictionOf({ ...user, mustChangePassword: true, totpRequired: true })).toBe('password-change');
    expect(restrictionOf({ ...user, totpRequired: true })).toBe('enrolment');
    expect(restrictionOf({ ...user, totpRequired: true, totpEnabled: true })).toBeNull();
  });
});
