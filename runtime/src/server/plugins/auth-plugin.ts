/**
 * The console's login endpoints under `/api/v1/auth`: `login`, `logout`, `status` and
 * the first-run `setup`. They set and clear the session cookie; everything else in the
 * console goes through tRPC with that cookie.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AccountService } from '../../accounts/account-service.js';
import type { LoginResult, UserView } from '../../accounts/account-types.js';
import { clearedSessionCookie, deviceCookie, readDeviceCookie, readSessionCookie, sessionCookie } from '../../accounts/session-cookie.js';
import { sessionIdOf } from '../../accounts/session-token.js';
import { isKefuError } from '../../errors.js';
import { toErrorResponse } from '../error-body.js';

export interface AuthPluginOptions {
  accounts: AccountService;
  /** Always mark cookies Secure (KEFU_COOKIE_SECURE=1, for TLS terminated at a proxy). */
  cookieSecure: boolean;
}

const credentials = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 64 },
    password: { type: 'string', minLength: 1, maxLength: 1024 },
    totp: { type: 'string', maxLength: 16 },
  },
} as const;

interface Credentials {
  username: string;
  password: string;
  totp?: string;
}

/** What the login page needs of the user: enough to route to setup, password change or 2FA enrolment. */
function loginUser(user: UserView) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    mustChangePassword: user.mustChangePassword || user.passwordExpired,
    totpEnabled: user.totpEnabled,
    totpRequired: user.totpRequired,
  };
}

export const authPlugin: FastifyPluginAsync<AuthPluginOptions> = async (fastify, { accounts, cookieSecure }) => {
  const security = (request: FastifyRequest) => ({ secure: cookieSecure || request.protocol === 'https' });

  function startSession(request: FastifyRequest, reply: FastifyReply, result: LoginResult) {
    reply.header('set-cookie', [sessionCookie(result.token, result.expiresAt, security(request)), deviceCookie(result.deviceToken, security(request))]);
    reply.header('cache-control', 'no-store');
    return { user: loginUser(result.user) };
  }

  function sendError(reply: FastifyReply, error: unknown) {
    if (!isKefuError(error)) throw error;
    const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (error.code === 'KEFU_ERR_LOGIN_RATE_LIMITED' && retry !== undefined) reply.header('retry-after', String(retry));
    const { status, body } = toErrorResponse(error);
    return reply.code(status).send(body);
  }

  fastify.post<{ Body: Credentials }>('/auth/login', { schema: { body: credentials } }, async (request, reply) => {
    try {
      const userAgent = request.headers['user-agent'];
      const deviceToken = readDeviceCookie(request.headers);
      const previousToken = readSessionCookie(request.headers);
      const result = await accounts.login({
        username: request.body.username,
        password: request.body.password,
        ...(request.body.totp ? { totp: request.body.totp } : {}),
        ip: request.ip,
        ...(userAgent ? { userAgent } : {}),
        ...(deviceToken ? { deviceToken } : {}),
        ...(previousToken ? { previousToken } : {}),
      });
      return startSession(request, reply, result);
    } catch (error) {
      return sendError(reply, error);
    }
  });

  fastify.post('/auth/logout', async (request, reply) => {
    const token = readSessionCookie(request.headers);
    if (token) {
      const resolved = await accounts.resolveSession(token);
      const actor = resolved ? { id: resolved.user.id, name: resolved.user.username } : { id: null, name: 'anonymous' };
      await accounts.logout(sessionIdOf(token), { ...actor, ip: request.ip, requestId: request.id });
    }
    reply.header('set-cookie', clearedSessionCookie(security(request)));
    return reply.code(204).send();
  });

  fastify.get('/auth/status', async (request, reply) => {
    const token = readSessionCookie(request.headers);
    const resolved = token ? await accounts.resolveSession(token) : null;
    reply.header('cache-control', 'no-store');
    return { setupRequired: await accounts.setupRequired(), user: resolved ? loginUser(resolved.user) : null };
  });

  fastify.post<{ Body: Credentials }>('/auth/setup', { schema: { body: credentials } }, async (request, reply) => {
    try {
      const userAgent = request.headers['user-agent'];
      const result = await accounts.setup({ username: request.body.username, password: request.body.password, ip: request.ip, ...(userAgent ? { userAgent } : {}) });
      reply.code(201);
      return startSession(request, reply, result);
    } catch (error) {
      return sendError(reply, error);
    }
  });
};
