/**
 * Serves the console API. The server registers it with `{ prefix: '/trpc', app }`;
 * procedures are then at `/trpc/<path>` (tRPC's HTTP batching included).
 */
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../app/app-context.js';
import type { RequestContext } from './context.js';
import { allowKbUploads } from './kb/upload-body-limit.js';
import { resolvePrincipal } from './resolve-principal.js';
import { appRouter, type AppRouter } from './router.js';

export interface TrpcPluginOptions {
  app: AppContext;
}

export const trpcPlugin: FastifyPluginAsync<TrpcPluginOptions> = async (fastify, { app }) => {
  const options: FastifyTRPCPluginOptions<AppRouter> = {
    trpcOptions: {
      router: appRouter,
      createContext: async ({ req }): Promise<RequestContext> => ({
        app,
        principal: await resolvePrincipal(req, app.accounts),
        requestId: req.id,
        ip: req.ip,
      }),
      onError({ error, path, req }) {
        // Client mistakes are expected; only failures of ours are logged as errors.
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          app.logger.error({ err: error.cause ?? error, path, requestId: req.id }, 'console API procedure failed');
        }
      },
    },
  };
  allowKbUploads(fastify);
  await fastify.register(fastifyTRPCPlugin, options);
};
