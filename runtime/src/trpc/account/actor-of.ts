import type { Actor } from '../../accounts/account-types.js';
import type { TrpcContext } from '../context.js';

/** The caller as the accounts service records them in the audit log. */
export function actorOf(ctx: TrpcContext): Actor {
  return { id: ctx.principal.id, name: ctx.principal.username, requestId: ctx.requestId, ...(ctx.ip ? { ip: ctx.ip } : {}) };
}
