/**
 * Staff accounts and console sessions: the `accounts` service of AppContext. The
 * console (tRPC, the auth HTTP routes, the console WebSocket) and the CLI use this
 * interface only; `OrmAccountService` implements it over the database.
 */
import type {
  Actor,
  CreateUserInput,
  LoginInput,
  LoginResult,
  ResolvedSession,
  SecuritySettings,
  SessionInfo,
  TotpEnrolment,
  UpdateUserInput,
  UserView,
} from './account-types.js';

export interface AccountService {
  /** True while no user exists: the console offers the first-run setup. */
  setupRequired(): Promise<boolean>;
  /** Creates the first admin and logs them in; KEFU_ERR_SETUP_DONE once any user exists (race-safe). */
  setup(input: { username: string; password: string; ip: string; userAgent?: string }): Promise<LoginResult>;

  createUser(input: CreateUserInput, actor: Actor): Promise<{ user: UserView; temporaryPassword?: string }>;
  updateUser(id: string, patch: UpdateUserInput, actor: Actor): Promise<UserView>;
  /** Disables the user and ends all their sessions (their sockets close). */
  disableUser(id: string, actor: Actor): Promise<UserView>;
  enableUser(id: string, actor: Actor): Promise<UserView>;
  /** A new temporary password the user must change at next login; ends all their sessions. */
  resetPassword(id: string, actor: Actor): Promise<{ temporaryPassword: string }>;
  /**
   * Checks the current password and the policy, stores the new one and ends every
   * session of the user except `keepSessionId` (the one making the change).
   */
  changePassword(userId: string, currentPassword: string, newPassword: string, actor: Actor, keepSessionId?: string): Promise<UserView>;
  listUsers(): Promise<UserView[]>;
  getUser(id: string): Promise<UserView | null>;
  findByUsername(username: string): Promise<UserView | null>;

  /** Starts (or restarts) enrolment: a new secret, not active until confirmed. */
  totpBegin(userId: string, actor: Actor): Promise<TotpEnrolment>;
  totpConfirm(userId: string, code: string, actor: Actor): Promise<UserView>;
  totpDisable(userId: string, password: string, actor: Actor): Promise<UserView>;

  /** KEFU_ERR_LOGIN_FAILED / _TOTP_REQUIRED / _TOTP_INVALID (401), _LOGIN_RATE_LIMITED (429, details.retryAfterSeconds). */
  login(input: LoginInput): Promise<LoginResult>;
  logout(sessionId: string, actor: Actor): Promise<void>;
  /** Ends every session of `userId`; returns how many were open. */
  endAllSessions(userId: string, reason: 'ended-by-admin' | 'password-changed' | 'disabled', actor: Actor): Promise<number>;
  listSessions(userId: string): Promise<SessionInfo[]>;
  /**
   * The session behind a cookie token and its user, or null when unknown, ended, idle
   * too long, past its absolute end, or the user is disabled. Touches `last_seen_at` at
   * most once a minute.
   */
  resolveSession(token: string): Promise<ResolvedSession | null>;
  /** Like resolveSession by id, without touching it (periodic socket checks); ends timed-out sessions. */
  sessionActive(sessionId: string): Promise<boolean>;

  securitySettings: {
    get(): Promise<SecuritySettings>;
    update(patch: Partial<SecuritySettings>, actor: Actor): Promise<SecuritySettings>;
  };
}
