import type { Role } from '../../auth/permissions.js';
import type { KefuServices } from '../../store/open-services.js';
import { resolvePrincipal } from '../resolve-principal.js';
import { appRouter } from '../router.js';
import { createCallerFactory } from '../trpc.js';

const createCaller = createCallerFactory(appRouter);

export type ConsoleCaller = ReturnType<typeof createCaller>;

/** A console API caller signed in (a real session over the real stores) as a new user with `roles`. */
export async function signedInCaller(services: KefuServices, username: string, displayName: string, roles: Role[]): Promise<ConsoleCaller> {
  const password = `${username}-Password-1`;
  await services.app.accounts.createUser({ username, displayName, roles, password, mustChangePassword: false }, { id: null, name: 'test' });
  const { token } = await services.app.accounts.login({ username, password, ip: '127.0.0.1' });
  const principal = await resolvePrincipal({ headers: { cookie: `kefu_session=${token}` } }, services.app.accounts);
  return createCaller({ app: services.app, principal, requestId: `test-${username}` });
}
