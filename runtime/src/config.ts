/**
 * Process configuration from the environment. Read once at start by the CLI; library
 * code receives a `KefuConfig` and never reads `process.env` itself.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { KefuError } from './errors.js';
import { parseSsrfAllow } from './net/ssrf-policy.js';
import { isPluginPath } from './plugins/plugin-spec.js';
import { parsePublicApiConfig, type PublicApiConfig } from './server/public-api-config.js';

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

export interface KefuConfig {
  database: DatabaseConfig;
  port: number;
  host: string;
  /** Where the embedded database and the generated secret key live. */
  dataDir: string;
  logLevel: LogLevel;
  /** 64 hex characters; when absent a key file in `dataDir` is used. */
  secretKeyHex: string | undefined;
  /** How often the timer scheduler looks for due timers. */
  timerPollMs: number;
  /** KEFU_COOKIE_SECURE=1: console cookies are always `Secure` (TLS ends at a proxy). */
  cookieSecure?: boolean;
  /** Rate limit and widget origins of the public API; defaults when absent. */
  publicApi?: PublicApiConfig;
  /**
   * KEFU_TRUST_PROXY: which proxies may tell Kefu the client's address (X-Forwarded-For),
   * so per-IP limits count clients, not the proxy. `false` (default), `true` (any), a hop
   * count, or a comma-separated list of addresses/CIDRs.
   */
  trustProxy?: boolean | number | string[];
  /**
   * KEFU_HEAP_GROWING_PERCENT (default 30): how far V8 lets the JavaScript heap grow past
   * what survived the last full collection before it collects again. V8's own choice
   * (up to 4×) let a busy server's heap swell to three times its live data; 30% keeps
   * `kefu serve` under 300 MB in `npm run bench:turns` for a little more GC work. 0 leaves
   * V8's default. Applied by `kefu serve` (it is process-wide).
   */
  heapGrowingPercent?: number;
  /**
   * KEFU_PLUGINS: plugin packages whose node types this instance offers (comma-separated
   * package names, or folder paths; relative paths are resolved now, against the
   * working directory). See docs/plugins.md.
   */
  plugins?: string[];
  /**
   * KEFU_SSRF_ALLOW: host names, addresses and CIDRs that node executors may reach although
   * they are private or internal (an ERP on the LAN). Everything else non-public is refused.
   */
  ssrfAllow?: string[];
  /**
   * KEFU_REDIS_URL (`redis://[:password@]host:port[/db]`): share events between instances
   * through Redis pub/sub. Absent: events stay in this process (one instance).
   */
  redisUrl?: string;
}

export type Env = Record<string, string | undefined>;

export const DEFAULT_HEAP_GROWING_PERCENT = 30;

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): KefuConfig {
  const database = parseDatabaseUrl(env.KEFU_DATABASE_URL, cwd);
  const dataDir = env.KEFU_DATA_DIR
    ? resolve(cwd, env.KEFU_DATA_DIR)
    : database.kind === 'sqlite'
      ? dirname(database.path)
      : resolve(cwd, 'data');
  return {
    database,
    port: parsePort(env.PORT),
    host: env.HOST && env.HOST.trim() !== '' ? env.HOST.trim() : '0.0.0.0',
    dataDir,
    logLevel: parseLogLevel(env.KEFU_LOG_LEVEL ?? env.LOG_LEVEL),
    secretKeyHex: parseSecretKey(env.KEFU_SECRET_KEY),
    timerPollMs: parsePositiveInt('KEFU_TIMER_POLL_MS', env.KEFU_TIMER_POLL_MS, 500),
    cookieSecure: env.KEFU_COOKIE_SECURE === '1' || env.KEFU_COOKIE_SECURE === 'true',
    publicApi: parsePublicApiConfig(env),
    trustProxy: parseTrustProxy(env.KEFU_TRUST_PROXY),
    heapGrowingPercent: parseWholeNumber('KEFU_HEAP_GROWING_PERCENT', env.KEFU_HEAP_GROWING_PERCENT, DEFAULT_HEAP_GROWING_PERCENT),
    plugins: parsePlugins(env.KEFU_PLUGINS, cwd),
    ssrfAllow: parseSsrfAllow(env.KEFU_SSRF_ALLOW),
    ...parseRedisUrl(env.KEFU_REDIS_URL),
  };
}

function parseRedisUrl(value: string | undefined): { redisUrl?: string } {
  const url = value?.trim() ?? '';
  if (url === '') return {};
  if (!/^rediss?:\/\/[^\s]+$/.test(url)) throw new KefuError('KEFU_ERR_CONFIG_INVALID', 'KEFU_REDIS_URL must look like redis://host:6379 (or rediss:// for TLS).');
  return { redisUrl: url };
}

function parsePlugins(value: string | undefined, cwd: string): string[] {
  const specs = (value ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '');
  return specs.map((spec) => (isPluginPath(spec) ? resolve(cwd, spec) : spec));
}

function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || trimmed === 'false' || trimmed === '0') return false;
  if (trimmed === 'true') return true;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const addresses = trimmed.split(',').map((part) => part.trim()).filter((part) => part !== '');
  for (const address of addresses) {
    if (!/^[0-9A-Fa-f.:]+(\/\d{1,3})?$/.test(address)) {
      throw new KefuError('KEFU_ERR_CONFIG_INVALID', `KEFU_TRUST_PROXY: "${address}" is not an IP address or CIDR (use true, a hop count, or a comma-separated list).`);
    }
  }
  return addresses;
}

/**
 * Accepted forms: unset → `./data/kefu.db`; `sqlite:///abs/path.db`; `sqlite:rel/path.db`
 * (relative to `cwd`); `postgres://…` or `postgresql://…`.
 */
export function parseDatabaseUrl(value: string | undefined, cwd: string): DatabaseConfig {
  if (value === undefined || value.trim() === '') return { kind: 'sqlite', path: resolve(cwd, 'data', 'kefu.db') };
  const url = value.trim();
  if (url.startsWith('sqlite:')) {
    let rest = url.slice('sqlite:'.length);
    // sqlite:///abs → "/abs"; sqlite://rel is ambiguous with a host name, so only "///" is absolute.
    if (rest.startsWith('//')) rest = rest.slice(2);
    if (rest === '' || rest === '/') throw invalidUrl('names no database file');
    if (rest.includes('?')) rest = rest.slice(0, rest.indexOf('?'));
    const path = decodeURIComponent(rest);
    return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw invalidUrl('is not a valid URL');
    }
    if (!parsed.hostname) throw invalidUrl('names no host');
    if (parsed.pathname === '' || parsed.pathname === '/') throw invalidUrl('names no database (postgres://user@host:port/db)');
    return { kind: 'postgres', url };
  }
  throw invalidUrl('must start with sqlite: or postgres:// (e.g. sqlite:data/kefu.db, postgres://user@host:5432/kefu)');
}

function invalidUrl(reason: string): KefuError {
  return new KefuError('KEFU_ERR_CONFIG_INVALID', `KEFU_DATABASE_URL ${reason}.`, { path: '/env/KEFU_DATABASE_URL' });
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new KefuError('KEFU_ERR_CONFIG_INVALID', `PORT must be an integer between 0 and 65535, got "${value}".`, { path: '/env/PORT' });
  }
  return port;
}

function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined || value.trim() === '') return 'info';
  const level = value.trim().toLowerCase();
  const known = LOG_LEVELS.find((candidate) => candidate === level);
  if (!known) {
    throw new KefuError('KEFU_ERR_CONFIG_INVALID', `KEFU_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}".`, { path: '/env/KEFU_LOG_LEVEL' });
  }
  return known;
}

function parseSecretKey(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const key = value.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(key)) {
    throw new KefuError('KEFU_ERR_CONFIG_INVALID', 'KEFU_SECRET_KEY must be 64 hexadecimal characters (32 bytes).', { path: '/env/KEFU_SECRET_KEY' });
  }
  return key.toLowerCase();
}

function parsePositiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new KefuError('KEFU_ERR_CONFIG_INVALID', `${name} must be a positive integer, got "${value}".`, { path: `/env/${name}` });
  }
  return parsed;
}

function parseWholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new KefuError('KEFU_ERR_CONFIG_INVALID', `${name} must be a whole number (0 or more), got "${value}".`, { path: `/env/${name}` });
  }
  return parsed;
}
