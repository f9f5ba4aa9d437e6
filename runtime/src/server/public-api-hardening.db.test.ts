import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { testConfig } from '../test-support/test-config.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createServer, type KefuServer } from './create-server.js';
import { parsePublicApiConfig } from './public-api-config.js';

describe('public API hardening', () => {
  let test: TestDatabase;
  let kefu: KefuServer;
  let host: string;

  beforeAll(async () => {
    test = await createTestDatabase();
    const publicApi = parsePublicApiConfig({ KEFU_RATE_CONVERSATIONS_PER_MINUTE: '3', KEFU_WIDGET_ORIGINS: 'https://shop.example.com' });
    kefu = await createServer({ config: testConfig(test, { publicApi }) });
    await kefu.services.app.publishing.publish({ flows: [echoFlow()], settings: echoSettings(), message: 'v1', author: 't' });
    host = (await kefu.start()).replace('http://', '');
  });
  afterAll(async () => {
    await kefu.stop();
    await test.drop();
  });

  const start = (ip: string) => kefu.server.inject({ method: 'POST', url: '/api/v1/conversations', payload: {}, remoteAddress: ip });

  it('limits conversation starts per IP with 429 and Retry-After', async () => {
    for (let index = 0; index < 3; index += 1) expect((await start('198.51.100.1')).statusCode).toBe(201);
    const limited = await start('198.51.100.1');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.json()).toMatchObject({ error: { code: 'KEFU_ERR_RATE_LIMITED' } });
    // Another address is not affected.
    expect((await start('198.51.100.2')).statusCode).toBe(201);
  });

  /** Opens the chat socket with `origin`; resolves 'open' or the HTTP status of the refusal. */
  async function connect(origin: string | undefined): Promise<'open' | number> {
    const started = (await start(`192.0.2.${Math.floor(Math.random() * 250) + 1}`)).json<{ conversationId: string; token: string }>();
    const socket = new WebSocket(`ws://${host}/api/v1/conversations/${started.conversationId}/ws?token=${started.token}`, origin ? { origin } : {});
    return new Promise((resolve, reject) => {
      socket.on('open', () => {
        socket.close();
        resolve('open');
      });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('error', reject);
    });
  }

  it('refuses the WebSocket from an origin not on the allow-list, before the upgrade', async () => {
    expect(await connect('https://evil.example')).toBe(403);
    expect(await connect('null')).toBe(403);
    expect(await connect('https://shop.example.com')).toBe('open');
    expect(await connect(`http://${host}`)).toBe('open');
    expect(await connect(undefined)).toBe('open');
  });

  it('validates customer phone and email with a pointer', async () => {
    const bad = await kefu.server.inject({ method: 'POST', url: '/api/v1/conversations', payload: { customer: { email: 'not-an-email' } }, remoteAddress: '192.0.2.254' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { path: '/customer/email' } });
  });

  it('rejects bad configuration with the variable as path', () => {
    expect(() => parsePublicApiConfig({ KEFU_RATE_CONVERSATIONS_PER_MINUTE: '0' })).toThrow(expect.objectContaining({ path: '/env/KEFU_RATE_CONVERSATIONS_PER_MINUTE' }));
    expect(() => parsePublicApiConfig({ KEFU_WIDGET_ORIGINS: 'https://a.example/path' })).toThrow(expect.objectContaining({ path: '/env/KEFU_WIDGET_ORIGINS' }));
    expect(parsePublicApiConfig({ KEFU_WIDGET_ORIGINS: ' https://A.example , * ' }).widgetOrigins).toEqual(['https://a.example', '*']);
  });
});
