/**
 * `http:` in a conversation test file: canned answers for the HTTP calls flow nodes
 * make (a plugin's order lookup), so tests of integration flows run without the
 * systems behind them and give the same result every time. With stubs declared, a call
 * none of them matches fails like an unreachable system (the node's `error` port) and
 * is named in the case's failure.
 */
import { KefuError } from '../errors.js';
import { guardedResponse, type GuardedRequest, type GuardedResponse } from '../net/guarded-request.js';
import type { HttpClient } from '../net/http-client.js';

export interface HttpStub {
  /** The exact URL, or a prefix ending in `*`. */
  url: string;
  /** Any method when absent. */
  method?: string;
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
}

export class StubHttpClient implements HttpClient {
  readonly #stubs: readonly HttpStub[];
  /** `METHOD url` of each call no stub matched, in order. */
  readonly unmatched: string[] = [];

  constructor(stubs: readonly HttpStub[]) {
    this.#stubs = stubs;
  }

  async request(request: GuardedRequest): Promise<GuardedResponse> {
    const method = request.method ?? 'GET';
    const stub = this.#stubs.find((candidate) => matchesUrl(candidate.url, request.url) && (candidate.method === undefined || candidate.method === method));
    if (!stub) {
      this.unmatched.push(`${method} ${request.url}`);
      throw new KefuError('KEFU_ERR_HTTP_FAILED', `no http stub of this test file matches ${method} ${request.url}`);
    }
    const text = stub.text ?? (stub.json === undefined ? '' : JSON.stringify(stub.json));
    const headers = Object.fromEntries(Object.entries(stub.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    if (stub.json !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
    return guardedResponse(new URL(request.url), stub.status ?? 200, headers, text);
  }
}

function matchesUrl(pattern: string, url: string): boolean {
  return pattern.endsWith('*') ? url.startsWith(pattern.slice(0, -1)) : url === pattern;
}
