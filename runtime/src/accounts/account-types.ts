/**
 * The shapes the accounts service speaks: what the console and CLI see of a user, the
 * instance's security settings, and who performs an action (for the audit log).
 */
import type { Role } from '../auth/permissions.js';

/** Instance-wide security settings, stored under the `security` key of `app_settings`. */
export interface SecuritySettings {
  passwordMinLength: number;
  /** Days until a password must be changed; 0 = never. */
  passwordExpiryDays: number;
  /** Roles whose members must enrol in two-factor authentication. */
  require2faRoles: Role[];
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
}

export const DEFAULT_SECURITY_SETTINGS: Readonly<SecuritySettings> = Object.freeze({
  passwordMinLength: 10,
  passwordExpiryDays: 90,
  require2faRoles: [],
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
});

/** A user as the console and CLI see it: never a hash nor a secret. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  skillGroups: string[];
  disabled: boolean;
  /** Set by an admin (new user, reset) or because the password expired. */
  mustChangePassword: boolean;
  passwordExpired: boolean;
  totpEnabled: boolean;
  /** A role of the user requires 2FA and the user has not enrolled yet. */
  totpRequired: boolean;
  locale: string | null;
  /** ISO-8601 UTC. */
  passwordChangedAt: string;
  createdAt: string;
}

/** Who performs an account action; recorded in the audit log. `id` is null for the CLI or an anonymous caller. */
export interface Actor {
  id: string | null;
  name: string;
  ip?: string;
  requestId?: string;
}

export interface CreateUserInput {
  username: string;
  displayName?: string;
  roles: Role[];
  skillGroups?: string[];
  /** When absent a temporary password is generated and returned. */
  password?: string;
  /** Defaults to true: whoever set the password is not the one who will use it. */
  mustChangePassword?: boolean;
  locale?: string | null;
}

export interface UpdateUserInput {
  displayName?: string;
  roles?: Role[];
  skillGroups?: string[];
  locale?: string | null;
}

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
  ip: string;
  userAgent?: string;
  /** The `kefu_device` cookie, when the browser presents one. */
  deviceToken?: string;
  /** The session token the browser presented, if any; ended at login so it can never be reused. */
  previousToken?: string;
}

export interface LoginResult {
  /** The new session's cookie token (32 random bytes, base64url). */
  token: string;
  sessionId: string;
  expiresAt: Date;
  user: UserView;
  /** A fresh device cookie value for this user (90 days). */
  deviceToken: string;
}

export interface SessionInfo {
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export interface ResolvedSession {
  session: SessionInfo;
  user: UserView;
}

export interface TotpEnrolment {
  /** Base32, for typing into an app by hand. */
  secret: string;
  otpauthUrl: string;
  /** The otpauth URL as an inline SVG QR code. */
  qrSvg: string;
}
