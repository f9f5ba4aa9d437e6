import { describe, expect, it } from 'vitest';
import { loadConfig, parseDatabaseUrl } from './config.js';

describe('loadConfig', () => {
  it('defaults to ./data/kefu.db, port 3000 and 0.0.0.0', () => {
    const config = loadConfig({}, '/srv/kefu');
    expect(config).toMatchObject({ database: { kind: 'sqlite', path: '/srv/kefu/data/kefu.db' }, port: 3000, host: '0.0.0.0', dataDir: '/srv/kefu/data', logLevel: 'info' });
  });

  it('accepts every documented KEFU_DATABASE_URL form', () => {
    expect(parseDatabaseUrl('sqlite:///var/lib/kefu.db', '/x')).toEqual({ kind: 'sqlite', path: '/var/lib/kefu.db' });
    expect(parseDatabaseUrl('sqlite:rel/k.db', '/x')).toEqual({ kind: 'sqlite', path: '/x/rel/k.db' });
    expect(parseDatabaseUrl('postgres://u@h:5432/db', '/x')).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/db' });
    expect(parseDatabaseUrl('postgresql://u@h/db', '/x')).toEqual({ kind: 'postgres', url: 'postgresql://u@h/db' });
  });

  it('reads KEFU_TRUST_PROXY as off, on, a hop count or an address list', () => {
    expect(loadConfig({}, '/srv').trustProxy).toBe(false);
    expect(loadConfig({ KEFU_TRUST_PROXY: 'true' }, '/srv').trustProxy).toBe(true);
    expect(loadConfig({ KEFU_TRUST_PROXY: '2' }, '/srv').trustProxy).toBe(2);
    expect(loadConfig({ KEFU_TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' }, '/srv').trustProxy).toEqual(['10.0.0.1', '10.1.0.0/16']);
    expect(() => loadConfig({ KEFU_TRUST_PROXY: 'proxy.local' }, '/srv')).toThrow(/KEFU_TRUST_PROXY/);
  });

  it('reads KEFU_HEAP_GROWING_PERCENT: 30 by default, 0 for V8\'s own, never negative', () => {
    expect(loadConfig({}, '/srv').heapGrowingPercent).toBe(30);
    expect(loadConfig({ KEFU_HEAP_GROWING_PERCENT: '0' }, '/srv').heapGrowingPercent).toBe(0);
    expect(loadConfig({ KEFU_HEAP_GROWING_PERCENT: '100' }, '/srv').heapGrowingPercent).toBe(100);
    expect(() => loadConfig({ KEFU_HEAP_GROWING_PERCENT: '-5' }, '/srv')).toThrow(/KEFU_HEAP_GROWING_PERCENT must be a whole number/);
    expect(() => loadConfig({ KEFU_HEAP_GROWING_PERCENT: 'lots' }, '/srv')).toThrow(/KEFU_HEAP_GROWING_PERCENT/);
  });

  it('reads plugins (relative folders resolved now), SSRF exceptions and the Redis URL', () => {
    const config = loadConfig({ KEFU_PLUGINS: ' @acme/kefu-crm, ./plugins/erp ,/opt/kefu/x, plugins/crm, kefu-mail', KEFU_SSRF_ALLOW: 'erp.internal, 10.1.2.0/24', KEFU_REDIS_URL: 'redis://:pw@cache:6379/2' }, '/srv');
    expect(config.plugins).toEqual(['@acme/kefu-crm', '/srv/plugins/erp', '/opt/kefu/x', '/srv/plugins/crm', 'kefu-mail']);
    expect(config.ssrfAllow).toEqual(['erp.internal', '10.1.2.0/24']);
    expect(config.redisUrl).toBe('redis://:pw@cache:6379/2');
    expect(loadConfig({}, '/srv')).toMatchObject({ plugins: [], ssrfAllow: [] });
    expect(loadConfig({}, '/srv').redisUrl).toBeUndefined();
    expect(() => loadConfig({ KEFU_REDIS_URL: 'cache:6379' }, '/srv')).toThrow(/KEFU_REDIS_URL must look like redis:\/\/host:6379/);
    expect(() => loadConfig({ KEFU_SSRF_ALLOW: 'http://erp' }, '/srv')).toThrow(/KEFU_SSRF_ALLOW/);
  });

  it('names the variable in errors', () => {
    expect(() => loadConfig({ KEFU_DATABASE_URL: 'mysql://h/db' })).toThrow(/KEFU_DATABASE_URL/);
    expect(() => loadConfig({ KEFU_DATABASE_URL: 'postgres://h' })).toThrow(/KEFU_DATABASE_URL names no database/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ KEFU_SECRET_KEY: 'short' })).toThrow(/KEFU_SECRET_KEY/);
  });
});
