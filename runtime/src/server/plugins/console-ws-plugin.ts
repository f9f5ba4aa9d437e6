/**
 * `GET /api/v1/console/ws`: the console's live channel, authenticated by the session
 * cookie. It greets with `{ type: 'hello', user }`. When the session ends — logout,
 * password change, the user disabled, an admin ending it, or a timeout — the socket is
 * closed with code 4401: at once for events on this instance's bus, and within
 * `checkIntervalMs` for anything else (another instance, a timeout).
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { AccountService } from '../../accounts/account-service.js';
import type { ResolvedSession } from '../../accounts/account-types.js';
import { readSessionCookie } from '../../accounts/session-cookie.js';
import type { EventBus } from '../../bus/event-bus.js';
import { errorBody } from '../error-body.js';

export interface ConsoleWebSocketPluginOptions {
  accounts: AccountService;
  bus: EventBus;
  /** How often every open socket's session is checked again; 15 s by default. */
  checkIntervalMs?: number;
}

export const SESSION_ENDED_CLOSE_CODE = 4401;

export const consoleWebSocketPlugin: FastifyPluginAsync<ConsoleWebSocketPluginOptions> = async (fastify, { accounts, bus, checkIntervalMs = 15_000 }) => {
  const bySession = new Map<string, Set<WebSocket>>();
  const byUser = new Map<string, Set<WebSocket>>();
  const sessions = new WeakMap<FastifyRequest, ResolvedSession>();

  const add = (map: Map<string, Set<WebSocket>>, key: string, socket: WebSocket) => {
    const set = map.get(key) ?? new Set<WebSocket>();
    set.add(socket);
    map.set(key, set);
  };
  const remove = (map: Map<string, Set<WebSocket>>, key: string, socket: WebSocket) => {
    const set = map.get(key);
    set?.delete(socket);
    if (set?.size === 0) map.delete(key);
  };
  const closeAll = (sockets: Iterable<WebSocket> | undefined) => {
    for (const socket of [...(sockets ?? [])]) socket.close(SESSION_ENDED_CLOSE_CODE, 'session ended');
  };

  // Subscribed only while a console socket is open: a bus with a subscriber to
  // everything makes every chat turn build events for it.
  let unsubscribe: (() => void) | null = null;
  const listen = () => {
    unsubscribe ??= bus.subscribeAll((event) => {
      if (event.type === 'session.revoked') for (const id of event.sessionIds) closeAll(bySession.get(id));
      if (event.type === 'user.sessions-ended') closeAll(byUser.get(event.userId));
    });
  };
  const stopListeningWhenIdle = () => {
    if (bySession.size > 0 || !unsubscribe) return;
    unsubscribe();
    unsubscribe = null;
  };
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    void (async () => {
      for (const [id, sockets] of [...bySession]) {
        if (!(await accounts.sessionActive(id).catch(() => true))) closeAll(sockets);
      }
    })().finally(() => {
      checking = false;
    });
  }, checkIntervalMs);
  timer.unref();
  fastify.addHook('onClose', async () => {
    clearInterval(timer);
    unsubscribe?.();
    unsubscribe = null;
  });

  fastify.get(
    '/console/ws',
    {
      websocket: true,
      // Refused before the upgrade: a plain 403 for a foreign page, 401 without a session.
      preValidation: async (request, reply) => {
        if (!sameOrigin(request)) return reply.code(403).send(errorBody('KEFU_ERR_BAD_REQUEST', 'This origin may not open the console channel.'));
        const token = readSessionCookie(request.headers);
        const resolved = token ? await accounts.resolveSession(token) : null;
        if (!resolved) return reply.code(401).send(errorBody('KEFU_ERR_SESSION_REQUIRED', 'Log in to continue.'));
        sessions.set(request, resolved);
        return undefined;
      },
    },
    (socket, request) => {
      const resolved = sessions.get(request);
      if (!resolved) return socket.close(SESSION_ENDED_CLOSE_CODE, 'session ended');
      const { session, user } = resolved;
      listen();
      add(bySession, session.id, socket);
      add(byUser, user.id, socket);
      socket.on('close', () => {
        remove(bySession, session.id, socket);
        remove(byUser, user.id, socket);
        stopListeningWhenIdle();
      });
      socket.send(JSON.stringify({ type: 'hello', user }));
    },
  );
};

/** Browsers always send Origin on WebSocket handshakes; a cookie-authenticated channel must not accept foreign pages. */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
