/**
 * tRPC initialisation. The only way to build a procedure is `procedure(permission)`:
 * it records the permission in the procedure's `meta` (so tests and docs can list
 * them) and checks, before the handler runs, that someone is logged in, that their
 * roles grant the permission, and that nothing blocks them (a password to change, a
 * required 2FA enrolment). The bare `t.procedure` is not exported, and the guard also
 * denies any procedure whose meta lacks a permission, so an unguarded procedure
 * cannot be served.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { rolesGrant, type Permission } from '../auth/permissions.js';
import { isKefuError, KefuError } from '../errors.js';
import type { RequestContext, TrpcContext } from './context.js';
import { jsonPointer } from './json-pointer.js';
import { toTrpcError } from './to-trpc-error.js';

export interface ProcedureMeta {
  permission?: Permission;
  /** Reachable while the password must be changed (account.me, account.changePassword). */
  allowWhilePasswordExpired?: boolean;
}

/** A field-level problem in a procedure's input, addressed by JSON Pointer. */
export interface InputIssue {
  path: string;
  message: string;
}

const t = initTRPC
  .context<RequestContext>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const issues: InputIssue[] | undefined =
        cause instanceof ZodError
          ? cause.issues.map((issue) => ({ path: jsonPointer(issue.path), message: issue.message }))
          : undefined;
      // A domain error tells the console which code, which place and which problems.
      const kefu = isKefuError(cause) ? { code: cause.code, path: cause.path ?? null, details: cause.details ?? null } : null;
      return { ...shape, data: { ...shape.data, stack: undefined, issues, kefu } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

function blocked(code: 'KEFU_ERR_PASSWORD_CHANGE_REQUIRED' | 'KEFU_ERR_2FA_ENROLMENT_REQUIRED'): TRPCError {
  const cause = new KefuError(code);
  return new TRPCError({ code: 'FORBIDDEN', message: cause.message, cause });
}

const guarded = t.procedure.use(async ({ ctx, meta, next }) => {
  const permission = meta?.permission;
  if (permission === undefined) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This operation declares no permission and is never allowed.' });
  }
  const principal = ctx.principal;
  if (principal === null) {
    const cause = new KefuError('KEFU_ERR_SESSION_REQUIRED');
    throw new TRPCError({ code: 'UNAUTHORIZED', message: cause.message, cause });
  }
  if (!rolesGrant(principal.roles, permission)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: `Missing permission ${permission}.` });
  }
  if (principal.mustChangePassword && meta?.allowWhilePasswordExpired !== true) throw blocked('KEFU_ERR_PASSWORD_CHANGE_REQUIRED');
  // Enrolling is itself an account.* action, so those stay reachable.
  if (principal.twoFactorEnrolmentRequired && permission !== 'account.self') throw blocked('KEFU_ERR_2FA_ENROLMENT_REQUIRED');
  const authed: TrpcContext = { ...ctx, principal };
  const result = await next({ ctx: authed });
  // Domain errors (KefuError) become tRPC errors here, at the edge, and nowhere else.
  if (!result.ok) {
    const mapped = toTrpcError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

/** A procedure that requires `permission`; the only procedure builder of the console API. */
export function procedure(permission: Permission, options: Omit<ProcedureMeta, 'permission'> = {}) {
  return guarded.meta({ permission, ...options });
}
