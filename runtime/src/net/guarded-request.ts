/**
 * The one way Kefu calls a URL that a user configured (an HTTP node, a plugin's config).
 *
 * Such URLs are chosen by people who must not be able to reach the server's own network:
 * `http://169.254.169.254/` would hand out cloud credentials, `http://10.0.0.5/admin` an
 * internal console. Checking the URL's host name up front is not enough, because DNS can
 * answer "public" to the check and "private" to the connection a moment later (DNS
 * rebinding). So the check lives inside the `lookup` that `http.request` connects
 * through: the addresses that are judged are the addresses that are dialled. Literal IP
 * hosts never reach `lookup` and are judged before the request. Redirects are followed
 * here, hop by hop, so a public URL cannot bounce the request inward.
 *
 * Built on node:http(s) rather than fetch, because fetch cannot pin the connect address.
 * Error messages name the URL's origin only: query strings often carry API keys.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { KefuError } from '../errors.js';
import { addressCategory, describeAddressCategory } from './public-address.js';
import { compileSsrfPolicy, type SsrfAllowMatcher, type SsrfPolicy } from './ssrf-policy.js';

export type GuardedMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface GuardedRequest {
  url: string;
  method?: GuardedMethod;
  headers?: Record<string, string>;
  /** Ignored on GET. */
  body?: string;
  /** The whole exchange, redirects and response body included. Default 5000, at most 30000. */
  timeoutMs?: number;
  /** Largest response body accepted. Default 1 MiB. */
  maxBytes?: number;
  /** Default 3. */
  maxRedirects?: number;
}

export interface GuardedResponse {
  /** Any status, 4xx and 5xx included: the caller decides what is a failure. */
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The final URL, after redirects. */
  url: string;
  /** The body decoded as UTF-8. */
  text: string;
  /** The body parsed as JSON; throws KEFU_ERR_HTTP_FAILED when it is not JSON. */
  json(): unknown;
}

export interface GuardedRequestDeps {
  /** Replaces `dns.lookup`, e.g. in tests; it is called with `{ all: true }`. */
  lookup?: typeof dns.lookup;
}

const DEFAULT_TIMEOUT_MS = 5_000;
const MAX_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 3;
/** Hard ceilings whatever an executor asks for. */
const MAX_MAX_BYTES = 8 * 1024 * 1024;
const MAX_MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/**
 * The only caller headers forwarded when a redirect leaves the origin: credentials,
 * including custom ones such as `x-api-key`, never follow to another host.
 */
const CROSS_ORIGIN_HEADERS = ['accept', 'accept-language', 'content-type', 'user-agent'];
const BODY_HEADERS = ['content-type'];
/** Message framing is ours: a caller's stale value would hang or split the exchange. */
const FRAMING_HEADERS = ['content-length', 'transfer-encoding'];

export interface Hop {
  url: URL;
  method: GuardedMethod;
  headers: Record<string, string>;
  body: string | undefined;
}

interface Exchange {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allow: SsrfAllowMatcher;
  lookup: typeof dns.lookup;
  signal: AbortSignal;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Rejects URLs that no request may use, without resolving DNS: for checks at publish or
 * validation time. Whether the host is reachable is only known at request time.
 */
export function checkUrlSyntax(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new KefuError('KEFU_ERR_URL_BLOCKED', 'The URL is not a valid absolute URL; it must start with http:// or https://.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new KefuError('KEFU_ERR_URL_BLOCKED', `${parsed.protocol} URLs are not allowed; use http: or https:.`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new KefuError('KEFU_ERR_URL_BLOCKED', `${parsed.origin}: a user name or password in the URL is not allowed; send credentials in a header.`);
  }
  return parsed;
}

export async function guardedRequest(request: GuardedRequest, policy: SsrfPolicy, deps: GuardedRequestDeps = {}): Promise<GuardedResponse> {
  let hop = firstHop(request);
  const controller = new AbortController();
  const exchange: Exchange = {
    timeoutMs: Math.min(readLimit('timeoutMs', request.timeoutMs, DEFAULT_TIMEOUT_MS, 1), MAX_TIMEOUT_MS),
    maxBytes: Math.min(readLimit('maxBytes', request.maxBytes, DEFAULT_MAX_BYTES, 1), MAX_MAX_BYTES),
    maxRedirects: Math.min(readLimit('maxRedirects', request.maxRedirects, DEFAULT_MAX_REDIRECTS, 0), MAX_MAX_REDIRECTS),
    allow: compileSsrfPolicy(policy),
    lookup: deps.lookup ?? dns.lookup,
    signal: controller.signal,
  };
  const timer = setTimeout(() => controller.abort(), exchange.timeoutMs);
  try {
    for (let redirects = 0; ; redirects += 1) {
      const response = await sendOnce(hop, exchange);
      const location = response.headers.location;
      if (!REDIRECT_STATUSES.has(response.status) || location === undefined) return toGuardedResponse(hop.url, response);
      if (redirects >= exchange.maxRedirects) {
        throw new KefuError('KEFU_ERR_HTTP_FAILED', `${hop.url.origin}: too many redirects (more than ${exchange.maxRedirects}).`);
      }
      hop = nextHop(hop, response.status, location);
    }
  } finally {
    clearTimeout(timer);
  }
}

function firstHop(request: GuardedRequest): Hop {
  const url = checkUrlSyntax(request.url);
  const method = request.method ?? 'GET';
  const headers: Record<string, string> = { 'user-agent': 'Kefu' };
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  return { url, method, headers: withoutHeaders(headers, FRAMING_HEADERS), body: method === 'GET' ? undefined : request.body };
}

function readLimit(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new KefuError('KEFU_ERR_BAD_REQUEST', `${name} must be an integer of at least ${min}, got ${value}.`);
  }
  return value;
}

/** 303 always, and 301/302 after POST, turn into a GET without body (as browsers do). Exported for tests. */
export function nextHop(hop: Hop, status: number, location: string): Hop {
  let target: URL;
  try {
    target = new URL(location, hop.url);
  } catch {
    throw new KefuError('KEFU_ERR_HTTP_FAILED', `${hop.url.origin} redirected to an invalid URL.`);
  }
  const url = checkUrlSyntax(target.href);
  if (hop.url.protocol === 'https:' && url.protocol === 'http:') {
    throw new KefuError('KEFU_ERR_HTTP_FAILED', `${hop.url.origin} redirected to plain http (${url.origin}); not followed.`);
  }
  const sameOrigin = url.origin === hop.url.origin;
  const headers = sameOrigin ? hop.headers : Object.fromEntries(Object.entries(hop.headers).filter(([name]) => CROSS_ORIGIN_HEADERS.includes(name)));
  const becomesGet = status === 303 ? hop.method !== 'GET' : (status === 301 || status === 302) && hop.method === 'POST';
  if (!becomesGet) {
    // A 307/308 resends the body: never to another origin, which may not see what it holds.
    if (!sameOrigin && hop.body !== undefined) {
      throw new KefuError('KEFU_ERR_HTTP_FAILED', `${hop.url.origin} redirected a request with a body to ${url.origin}; not followed.`);
    }
    return { url, method: hop.method, headers, body: hop.body };
  }
  return { url, method: 'GET', headers: withoutHeaders(headers, BODY_HEADERS), body: undefined };
}

function withoutHeaders(headers: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}

function sendOnce(hop: Hop, exchange: Exchange): Promise<RawResponse> {
  const host = hop.url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0) assertReachable(hop.url, host, [host], exchange.allow);
  const transport = hop.url.protocol === 'https:' ? https : http;
  const headers = hop.method === 'GET' ? hop.headers : { ...hop.headers, 'content-length': String(Buffer.byteLength(hop.body ?? '')) };
  return new Promise((resolve, reject) => {
    let request: http.ClientRequest | undefined;
    const fail = (error: unknown): void => {
      request?.destroy();
      reject(exchange.signal.aborted ? timedOut(hop.url, exchange.timeoutMs) : asHttpFailure(hop.url, error));
    };
    const options = { method: hop.method, headers, agent: false, lookup: guardedLookup(hop.url, exchange), signal: exchange.signal };
    try {
      request = transport.request(hop.url, options, (response) => {
        readBody(response, hop.url, exchange.maxBytes)
          .then((body) => resolve({ status: response.statusCode ?? 0, headers: flattenHeaders(response.headers), body }))
          .catch(fail);
      });
    } catch (error) {
      // Node refuses bad header names or values before anything is sent.
      const reason = error instanceof Error ? error.message : String(error);
      reject(new KefuError('KEFU_ERR_BAD_REQUEST', `${hop.url.origin}: the request is not valid (${reason}).`, { cause: error }));
      return;
    }
    request.on('error', fail);
    request.end(hop.body);
  });
}

/**
 * Resolves every address of the host and judges them all before handing them to the
 * socket: Node may try any of them (happy eyeballs), so one bad address blocks the host.
 */
function guardedLookup(url: URL, exchange: Exchange): LookupFunction {
  return (hostname, options, callback) => {
    exchange.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      try {
        assertReachable(url, hostname, addresses.map((entry) => entry.address), exchange.allow);
      } catch (blocked) {
        return callback(blocked instanceof Error ? blocked : new Error(String(blocked)), '');
      }
      const [first] = addresses;
      if (!first) return callback(new KefuError('KEFU_ERR_HTTP_FAILED', `${url.origin}: ${hostname} has no address.`), '');
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

function assertReachable(url: URL, host: string, addresses: readonly string[], allow: SsrfAllowMatcher): void {
  if (allow.allowsHost(host)) return;
  for (const address of addresses) {
    const category = addressCategory(address);
    if (category === 'public' || allow.allowsAddress(address)) continue;
    const where = host === address ? `${address} is` : `${host} resolves to ${address},`;
    throw new KefuError(
      'KEFU_ERR_URL_BLOCKED',
      `${url.origin}: ${where} ${describeAddressCategory(category)}; add it to KEFU_SSRF_ALLOW to allow it`,
      { details: { origin: url.origin, host, address, category } },
    );
  }
}

async function readBody(response: http.IncomingMessage, url: URL, maxBytes: number): Promise<Buffer> {
  const tooLarge = (): KefuError => new KefuError('KEFU_ERR_HTTP_FAILED', `${url.origin} answered more than ${formatBytes(maxBytes)}.`);
  if (Number(response.headers['content-length']) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function toGuardedResponse(url: URL, response: RawResponse): GuardedResponse {
  return guardedResponse(url, response.status, response.headers, response.body.toString('utf8'));
}

/** An answer as executors see it (`headers` lower-case); also what conversation-test stubs answer. */
export function guardedResponse(url: URL, status: number, headers: Record<string, string>, text: string): GuardedResponse {
  return {
    status,
    headers,
    url: url.href,
    text,
    json(): unknown {
      try {
        return JSON.parse(text);
      } catch (error) {
        const type = headers['content-type'] ?? 'no content type';
        throw new KefuError('KEFU_ERR_HTTP_FAILED', `${url.origin} did not answer with JSON (status ${status}, ${type}).`, { cause: error });
      }
    },
  };
}

function timedOut(url: URL, timeoutMs: number): KefuError {
  const limit = timeoutMs >= 1000 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`;
  return new KefuError('KEFU_ERR_HTTP_FAILED', `${url.origin} did not answer within ${limit}.`);
}

function asHttpFailure(url: URL, error: unknown): KefuError {
  if (error instanceof KefuError) return error;
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const reason =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? `the host name ${url.hostname} could not be resolved`
      : code === 'ECONNREFUSED'
        ? 'the connection was refused'
        : `it could not be reached (${code ?? (error instanceof Error ? error.message : String(error))})`;
  return new KefuError('KEFU_ERR_HTTP_FAILED', `${url.origin}: ${reason}.`, { cause: error });
}

function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
