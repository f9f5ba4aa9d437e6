/**
 * The server's body limit (64 KiB) is right for everything but `kb.import`, whose body
 * carries a whole CSV/XLSX/JSONL file base64-encoded. tRPC serves every procedure on one
 * route, so the route's limit is raised to `KB_UPLOAD_BODY_LIMIT` and any other procedure
 * declaring a larger body than the server limit is refused with 413 before parsing.
 */
import type { FastifyInstance } from 'fastify';

/** An XLSX of ~20 MB after base64 (4/3) plus the JSON envelope. */
export const KB_UPLOAD_BODY_LIMIT = 32 * 1024 * 1024;

const UPLOAD_PATH = /^\/trpc\/kb\.import(\?|$)/;

export function allowKbUploads(fastify: FastifyInstance): void {
  const serverLimit = fastify.initialConfig.bodyLimit ?? 1024 * 1024;
  fastify.addHook('onRoute', (route) => {
    route.bodyLimit = KB_UPLOAD_BODY_LIMIT;
  });
  fastify.addHook('onRequest', async (request) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > serverLimit && !UPLOAD_PATH.test(request.url)) {
      throw Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    }
  });
}
