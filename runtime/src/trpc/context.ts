import type { AppContext } from '../app/app-context.js';
import type { Principal } from './principal.js';

/** What the Fastify plugin builds per request. */
export interface RequestContext {
  app: AppContext;
  /** Null when the request carries no valid session; every procedure then answers UNAUTHORIZED. */
  principal: Principal | null;
  /** Fastify's request id, so a console error can be found in the logs. */
  requestId: string;
  /** The client's address as Fastify sees it (honours trustProxy), for the audit log. */
  ip?: string;
}

/** What every procedure sees: the guard has already established who is calling. */
export interface TrpcContext extends RequestContext {
  principal: Principal;
}
