/**
 * Builds the Kefu HTTP server: the public chat API and WebSocket under `/api/v1`, the
 * console's tRPC API at `/trpc`, the console SPA at `/`, and the operations endpoints.
 * One concern per plugin. Library code: it never exits the process; the CLI decides.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger as PinoLogger } from 'pino';
import type { KefuConfig } from '../config.js';
import { missingNodeTypes } from '../plugins/missing-node-types.js';
import { openServices, type KefuServices } from '../store/open-services.js';
import { TimerScheduler } from '../timers/scheduler.js';
import { trpcPlugin } from '../trpc/fastify-plugin.js';
import { createLogger, redactUrl } from './create-logger.js';
import { lazyChildLogger } from './lazy-child-logger.js';
import { DEFAULT_PUBLIC_API } from './public-api-config.js';
import { toErrorResponse } from './error-body.js';
import { MetricsRegistry } from './metrics-registry.js';
import { authPlugin } from './plugins/auth-plugin.js';
import { chatApiPlugin } from './plugins/chat-api-plugin.js';
import { chatWebSocketPlugin } from './plugins/chat-websocket-plugin.js';
import { consolePlugin, isConsoleNavigation } from './plugins/console-plugin.js';
import { consoleWebSocketPlugin } from './plugins/console-ws-plugin.js';
import { healthPlugin } from './plugins/health-plugin.js';
import { metricsPlugin } from './plugins/metrics-plugin.js';

export const BODY_LIMIT = 64 * 1024;

/** `<repo>/editor/dist`, the same relative place from `src/server` and `dist/server`. */
export const DEFAULT_CONSOLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'editor', 'dist');

export interface CreateServerOptions {
  config: KefuConfig;
  logger?: PinoLogger;
  /** Already opened services; by default they are opened here (with migrations applied). */
  services?: KefuServices;
  consoleDir?: string;
}

export interface KefuServer {
  server: FastifyInstance;
  services: KefuServices;
  metrics: MetricsRegistry;
  scheduler: TimerScheduler;
  /** Listens and starts firing timers; resolves with the address listened on. */
  start(): Promise<string>;
  /** Stops timers and the listener, waits for in-flight work, closes the database. */
  stop(): Promise<void>;
}

export async function createServer(options: CreateServerOptions): Promise<KefuServer> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const metrics = new MetricsRegistry();
  const services = options.services ?? (await openServices({ config, logger, migrate: true, observer: metrics, warmUpKb: true }));
  void missingNodeTypes(services.app).then(
    (missing) => {
      if (missing) logger.warn(missing, 'the published version uses node types this server does not have (a plugin missing from KEFU_PLUGINS?); conversations that reach them leave by the error port');
    },
    (error: unknown) => logger.error({ err: error }, 'could not compare the published version with the node catalog'),
  );
  const scheduler = new TimerScheduler({ store: services.chatStore, fire: (timer) => services.chat.fireTimer(timer), logger, pollMs: config.timerPollMs });

  const server = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    childLoggerFactory: lazyChildLogger,
    // Fastify's per-request records are at `info`; below that level skip even building them.
    logController: new LogController({ disableRequestLogging: !logger.isLevelEnabled('info') }),
    bodyLimit: BODY_LIMIT,
    trustProxy: trustProxyOption(config.trustProxy),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
  });
  // Tokens must not reach the logs through the URL (WebSocket `?token=`).
  // Callback style: it runs on every request, and an async hook costs a promise each.
  server.addHook('onRequest', (request, _reply, done) => {
    if (request.url.includes('token=')) request.log = request.log.child({ url: redactUrl(request.url) });
    done();
  });

  server.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    reply.code(status).send(body);
  });

  const consoleDir = options.consoleDir ?? DEFAULT_CONSOLE_DIR;
  server.setNotFoundHandler((request, reply) => {
    if (isConsoleNavigation(request.method, request.url, request.headers.accept) && typeof reply.sendFile === 'function') {
      return reply.sendFile('index.html', consoleDir);
    }
    const { body } = toErrorResponse(Object.assign(new Error('Not found'), { statusCode: 404 }));
    return reply.code(404).send(body);
  });

  await server.register(fastifyWebsocket, { options: { maxPayload: BODY_LIMIT } });
  await server.register(healthPlugin, { ready: () => services.ready() });
  await server.register(metricsPlugin, { metrics });
  const publicApi = config.publicApi ?? DEFAULT_PUBLIC_API;
  await server.register(chatApiPlugin, { prefix: '/api/v1', chat: services.chat, conversationsPerMinute: publicApi.conversationsPerMinute });
  await server.register(chatWebSocketPlugin, { prefix: '/api/v1', chat: services.chat, metrics, widgetOrigins: publicApi.widgetOrigins });
  await server.register(authPlugin, { prefix: '/api/v1', accounts: services.app.accounts, cookieSecure: config.cookieSecure ?? false });
  await server.register(consoleWebSocketPlugin, { prefix: '/api/v1', accounts: services.app.accounts, bus: services.bus });
  await server.register(trpcPlugin, { prefix: '/trpc', app: services.app });
  await server.register(consolePlugin, { root: consoleDir });

  let stopped: Promise<void> | null = null;
  return {
    server,
    services,
    metrics,
    scheduler,
    async start() {
      const address = await server.listen({ port: config.port, host: config.host });
      scheduler.start();
      return address;
    },
    stop() {
      stopped ??= (async () => {
        await scheduler.stop();
        await server.close();
        await services.close();
      })();
      return stopped;
    },
  };
}

/** Fastify takes a hop count as a function of the hop index. */
function trustProxyOption(trust: KefuConfig['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust ?? false;
}
