/**
 * The one error shape of the public API, `{ error: { code, message, path } }`, and the
 * mapping from thrown errors to it. Client mistakes are 4xx with a JSON Pointer; only
 * our own failures are 500, and those never echo internals.
 */
import type { FastifyError } from 'fastify';
import { ERROR_CATALOGUE, isKefuError, type KefuErrorCode } from '../errors.js';

export interface ErrorBody {
  error: { code: string; message: string; path?: string; details?: unknown };
}

export function errorBody(code: KefuErrorCode, message: string, path?: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(path !== undefined ? { path } : {}), ...(details !== undefined ? { details } : {}) } };
}

/** Maps any thrown value to a status and body. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (isKefuError(error)) {
    return { status: error.statusHint, body: errorBody(error.code, error.message, error.path, error.details) };
  }
  const fastifyError = error as Partial<FastifyError> & { validationContext?: string };
  if (fastifyError.validation) {
    const [first] = fastifyError.validation;
    const path = first ? validationPath(fastifyError.validationContext ?? 'body', first) : undefined;
    const message = first ? `${path || 'The body'} ${first.message ?? 'is not valid'}` : 'The request is not valid.';
    return { status: 400, body: errorBody('KEFU_ERR_BAD_REQUEST', message, path) };
  }
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status === 413) return { status, body: errorBody('KEFU_ERR_PAYLOAD_TOO_LARGE', ERROR_CATALOGUE.KEFU_ERR_PAYLOAD_TOO_LARGE.message) };
  if (status === 415) return { status, body: errorBody('KEFU_ERR_UNSUPPORTED_MEDIA_TYPE', ERROR_CATALOGUE.KEFU_ERR_UNSUPPORTED_MEDIA_TYPE.message) };
  if (status === 404) return { status, body: errorBody('KEFU_ERR_NOT_FOUND', 'Not found.') };
  if (status >= 400 && status < 500) {
    // Malformed JSON, empty body with a JSON content type, and the like.
    return { status: 400, body: errorBody('KEFU_ERR_BAD_REQUEST', fastifyError.message ?? 'The request is not valid.', '') };
  }
  return { status: 500, body: errorBody('KEFU_ERR_INTERNAL', ERROR_CATALOGUE.KEFU_ERR_INTERNAL.message) };
}

interface AjvIssue {
  instancePath?: string;
  params?: Record<string, unknown>;
  message?: string;
}

function validationPath(context: string, issue: AjvIssue): string {
  let path = issue.instancePath ?? '';
  const params = issue.params ?? {};
  const child = params.missingProperty ?? params.additionalProperty;
  if (typeof child === 'string') path += `/${child.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  // Body errors point into the body; other parts say which part they are in.
  return context === 'body' ? path : `/${context === 'querystring' ? 'query' : context}${path}`;
}
