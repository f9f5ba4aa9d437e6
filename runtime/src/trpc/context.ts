import type { AppContext } from '../app/app-context.js';
import type { Principal } from './principal.js';

/** What every tRPC procedure sees. Built per request by the Fastify plugin. */
export interface TrpcContext {
  app: AppContext;
  principal: Principal;
  /** Fastify's request id, so a console error can be found in the logs. */
  requestId: string;
}
