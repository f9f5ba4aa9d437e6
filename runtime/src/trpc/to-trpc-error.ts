import { TRPCError } from '@trpc/server';
import { isKefuError } from '../errors.js';

type TrpcCode = ConstructorParameters<typeof TRPCError>[0]['code'];

/** The HTTP statuses of the error catalogue, as tRPC codes. */
const BY_STATUS: Record<number, TrpcCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_CONTENT',
  429: 'TOO_MANY_REQUESTS',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Maps a domain error (`KefuError`) to a TRPCError with the matching status. Anything
 * else, and domain errors that are our own failures (5xx), stay internal errors.
 */
export function toTrpcError(cause: unknown): TRPCError | null {
  if (!isKefuError(cause)) return null;
  const code = BY_STATUS[cause.statusHint];
  if (!code) return null;
  return new TRPCError({ code, message: cause.message, cause });
}
