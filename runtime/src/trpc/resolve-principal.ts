import type { Principal } from './principal.js';

/**
 * Until accounts exist every console request runs as the built-in operator with the
 * `admin` role: the console is meant to be reachable by the operator only (bind to a
 * private interface or put it behind a proxy). The accounts work replaces this one
 * function with a cookie-session lookup; nothing else decides who the caller is.
 */
export const BUILTIN_OPERATOR: Readonly<Principal> = { id: 'operator', name: 'operator', roles: ['admin'] };

export interface PrincipalRequest {
  headers: Record<string, string | string[] | undefined>;
}

export async function resolvePrincipal(_request: PrincipalRequest): Promise<Principal> {
  // A fresh copy: a procedure must not be able to change who later requests are.
  return { ...BUILTIN_OPERATOR, roles: [...BUILTIN_OPERATOR.roles] };
}
