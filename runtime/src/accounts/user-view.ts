import { ROLES } from '../auth/permissions.js';
import type { UserRow } from '../db/entities/user.js';
import type { SecuritySettings, UserView } from './account-types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function passwordExpired(row: UserRow, settings: SecuritySettings, now: Date): boolean {
  if (settings.passwordExpiryDays === 0) return false;
  return new Date(row.passwordChangedAt).getTime() + settings.passwordExpiryDays * DAY_MS <= now.getTime();
}

/** What may be shown of a user row: never the hash nor the TOTP secret. */
export function toUserView(row: UserRow, settings: SecuritySettings, now: Date): UserView {
  const roles = row.roles.filter((role) => (ROLES as readonly string[]).includes(role));
  const totpEnabled = row.totpEnabledAt !== null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles,
    skillGroups: [...row.skillGroups],
    disabled: row.disabledAt !== null,
    mustChangePassword: row.mustChangePassword,
    passwordExpired: passwordExpired(row, settings, now),
    totpEnabled,
    totpRequired: !totpEnabled && roles.some((role) => settings.require2faRoles.includes(role)),
    locale: row.locale,
    passwordChangedAt: new Date(row.passwordChangedAt).toISOString(),
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
