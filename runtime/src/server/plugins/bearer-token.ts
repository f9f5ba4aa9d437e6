import type { FastifyRequest } from 'fastify';

/** The token of `Authorization: Bearer <token>`, or '' (which no conversation accepts). */
export function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? '';
}
