import type { Role } from '../auth/permissions.js';

/** The logged-in staff member on whose behalf a console request runs. */
export interface Principal {
  /** The user id (same as `userId`); recorded as the actor of what they do. */
  id: string;
  userId: string;
  username: string;
  /** Display name, shown in version history. */
  name: string;
  roles: Role[];
  skillGroups: string[];
  /** The session (sha-256 of the cookie token) this request came with. */
  sessionId: string;
  /** Set by an admin, or the password expired: only the password change is allowed. */
  mustChangePassword: boolean;
  /** A role of the user requires 2FA and they have not enrolled: only their account is reachable. */
  twoFactorEnrolmentRequired: boolean;
}
