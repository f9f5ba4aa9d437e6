import type { FastifyPluginAsync } from 'fastify';
import type { MetricsRegistry } from '../metrics-registry.js';

export interface MetricsPluginOptions {
  metrics: MetricsRegistry;
}

/** `/metrics` in the Prometheus text format. */
export const metricsPlugin: FastifyPluginAsync<MetricsPluginOptions> = async (fastify, { metrics }) => {
  fastify.get('/metrics', async (_request, reply) => {
    reply.type('text/plain; version=0.0.4; charset=utf-8');
    return metrics.render();
  });
};
