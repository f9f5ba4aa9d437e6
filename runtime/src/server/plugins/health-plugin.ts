import type { FastifyPluginAsync } from 'fastify';

export interface HealthPluginOptions {
  /** True when the database answers and every migration is applied. */
  ready: () => Promise<boolean>;
}

/** Liveness (`/healthz`: the process serves requests) and readiness (`/readyz`: it can do work). */
export const healthPlugin: FastifyPluginAsync<HealthPluginOptions> = async (fastify, { ready }) => {
  fastify.get('/healthz', async () => ({ status: 'ok' }));
  fastify.get('/readyz', async (_request, reply) => {
    if (await ready()) return { status: 'ready' };
    reply.code(503);
    return { status: 'not-ready' };
  });
};
