import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authApi, type AuthUser } from '../api/auth-api';
import { onAuthProblem } from '../api/auth-problems';
import { queryClient } from '../api/trpc';
import { restrictionOf } from './restriction-of';
import { SessionContext, type Session, type SessionApi, type SignedOutReason } from './session-context';
import { useConsoleSocket } from './use-console-socket';

function sessionFor(user: AuthUser): Session {
  return { status: 'signed-in', user, restriction: restrictionOf(user) };
}

/**
 * Who is using the console. Asks `/api/v1/auth/status` on start, then follows what the
 * API says: a 401 anywhere, or the console socket closing with 4401, means the session
 * ended (logout elsewhere, an admin, a timeout) and the login page shows.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });

  const toSignedOut = useCallback((reason: SignedOutReason) => {
    // Nothing the previous user loaded may show to the next one.
    queryClient.clear();
    setSession({ status: 'signed-out', reason });
  }, []);

  const refresh = useCallback(
    async (reasonIfSignedOut: SignedOutReason = null) => {
      try {
        const status = await authApi.status();
        if (status.setupRequired) setSession({ status: 'setup' });
        else if (status.user) setSession(sessionFor(status.user));
        else toSignedOut(reasonIfSignedOut);
      } catch (error) {
        setSession({ status: 'unavailable', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [toSignedOut],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      onAuthProblem((problem) => {
        if (problem === 'signed-out') {
          toSignedOut('session-ended');
          return;
        }
        const restriction = problem === 'password-change-required' ? 'password-change' : 'enrolment';
        setSession((current) => (current.status === 'signed-in' ? { ...current, restriction } : current));
      }),
    [toSignedOut],
  );

  const signedIn = useCallback((user: AuthUser) => {
    queryClient.clear();
    setSession(sessionFor(user));
  }, []);

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      toSignedOut('signed-out');
    }
  }, [toSignedOut]);

  useConsoleSocket(session.status === 'signed-in' ? session.user.id : null, () => toSignedOut('session-ended'));

  const value = useMemo<SessionApi>(() => ({ session, signedIn, signOut, refresh }), [session, signedIn, signOut, refresh]);
  return <SessionContext value={value}>{children}</SessionContext>;
}
