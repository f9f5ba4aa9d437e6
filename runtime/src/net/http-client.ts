/**
 * The outside world as node executors see it (`ctx.http`): every request goes through
 * the SSRF guard with the operator's policy (KEFU_SSRF_ALLOW). Executors get this
 * object, never `fetch`, so no node — built-in or plugin — can reach an internal
 * address the operator did not allow.
 */
import { guardedRequest, type GuardedRequest, type GuardedResponse } from './guarded-request.js';
import { DEFAULT_SSRF_POLICY, type SsrfPolicy } from './ssrf-policy.js';

export interface HttpClient {
  /** Sends one request; a non-2xx answer is returned, not thrown. Throws KEFU_ERR_URL_BLOCKED / KEFU_ERR_HTTP_FAILED. */
  request(request: GuardedRequest): Promise<GuardedResponse>;
}

export function guardedHttpClient(policy: SsrfPolicy = DEFAULT_SSRF_POLICY): HttpClient {
  return { request: (request) => guardedRequest(request, policy) };
}

/** The client with no exceptions: public addresses only. */
export const PUBLIC_HTTP: HttpClient = guardedHttpClient();
