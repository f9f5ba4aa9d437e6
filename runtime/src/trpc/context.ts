import type { AppContext } from '../app/app-context.js';
import type { Principal } from './principal.js';

/** What every tRPC procedure sees. Built per request by the Fastify plugin. */
export interface TrpcContext {
  app: AppContext;
  /** Null when the request carries no valid session; every procedure then answers UNAUTHORIZED. */
  principal: Principal | null;
  /** Fastify's request id, so a console error can be found in the logs. */
  requestId: string;
  /** The caller's address, for the audit log. */
  ip?: string;
}

/** The context inside a procedure, after the guard: someone is logged in. */
export type AuthedContext = TrpcContext & { principal: Principal };
