/**
 * Who is calling the console API: the session behind the `kefu_session` cookie, or
 * nobody. The only place a console request's identity is decided.
 */
import type { AccountService } from '../accounts/account-service.js';
import { readSessionCookie } from '../accounts/session-cookie.js';
import type { Principal } from './principal.js';

export interface PrincipalRequest {
  headers: Record<string, string | string[] | undefined>;
}

export async function resolvePrincipal(request: PrincipalRequest, accounts: AccountService): Promise<Principal | null> {
  const token = readSessionCookie(request.headers);
  if (!token) return null;
  const resolved = await accounts.resolveSession(token);
  if (!resolved) return null;
  const { user, session } = resolved;
  return {
    id: user.id,
    userId: user.id,
    username: user.username,
    name: user.displayName,
    roles: [...user.roles],
    skillGroups: [...user.skillGroups],
    sessionId: session.id,
    mustChangePassword: user.mustChangePassword || user.passwordExpired,
    twoFactorEnrolmentRequired: user.totpRequired,
  };
}
