import { createContext } from 'react';
import type { AuthUser } from '../api/auth-api';

/** What keeps a signed-in user from the console until they deal with it. */
export type Restriction = 'password-change' | 'enrolment';

/** Why the login page shows: a first visit, or a session that ended under the user. */
export type SignedOutReason = 'session-ended' | 'password-changed' | 'signed-out' | null;

export type Session =
  | { status: 'loading' }
  | { status: 'unavailable'; message: string }
  | { status: 'setup' }
  | { status: 'signed-out'; reason: SignedOutReason }
  | { status: 'signed-in'; user: AuthUser; restriction: Restriction | null };

export interface SessionApi {
  session: Session;
  /** After a successful login or first-run setup. */
  signedIn(user: AuthUser): void;
  signOut(): Promise<void>;
  /** Asks the server again who is signed in (after a password change or 2FA enrolment). */
  refresh(reasonIfSignedOut?: SignedOutReason): Promise<void>;
}

export const SessionContext = createContext<SessionApi | null>(null);
