import type { AuthUser } from '../api/auth-api';
import type { Restriction } from './session-context';

/** The first thing a user must do before using the console, judged from what the server said about them. */
export function restrictionOf(user: AuthUser): Restriction | null {
  if (user.mustChangePassword) return 'password-change';
  if (user.totpRequired && !user.totpEnabled) return 'enrolment';
  return null;
}
