import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { testConfig } from '../test-support/test-config.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createServer, type KefuServer } from './create-server.js';

describe('server', () => {
  let test: TestDatabase;
  let kefu: KefuServer;
  let base: string;
  const consoleDir = mkdtempSync(join(tmpdir(), 'kefu-console-'));
  writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>Kefu console</title>');

  beforeAll(async () => {
    test = await createTestDatabase();
    kefu = await createServer({ config: testConfig(test), consoleDir });
    await kefu.services.app.publishing.publish({ flows: [echoFlow()], settings: echoSettings(), message: 'v1', author: 't' });
    const address = await kefu.start();
    base = address.replace('http://', '');
  });
  afterAll(async () => {
    await kefu.stop();
    await test.drop();
  });

  async function start(): Promise<{ conversationId: string; token: string }> {
    const response = await kefu.server.inject({ method: 'POST', url: '/api/v1/conversations', payload: { locale: 'en' } });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  function post(id: string, token: string | null, payload: unknown, headers: Record<string, string> = {}) {
    return kefu.server.inject({
      method: 'POST',
      url: `/api/v1/conversations/${id}/messages`,
      headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...headers },
      payload: payload as string,
    });
  }

  it('starts a conversation with the greeting', async () => {
    const response = await kefu.server.inject({ method: 'POST', url: '/api/v1/conversations', payload: {} });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.messages[0]).toMatchObject({ seq: 1, role: 'bot', kind: 'text', text: 'Hello' });
    expect(typeof body.messages[0].createdAt).toBe('string');
    const noBody = await kefu.server.inject({ method: 'POST', url: '/api/v1/conversations' });
    expect(noBody.statusCode).toBe(201);
  });

  it('posts messages and catches up', async () => {
    const { conversationId, token } = await start();
    const reply = await post(conversationId, token, { clientMessageId: 'c1', choiceId: 'echo' });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toMatchObject({ status: 'active', messages: [{ text: 'You picked echo' }, { text: 'Echo or stop?' }] });
    const page = await kefu.server.inject({ url: `/api/v1/conversations/${conversationId}/messages?after=2`, headers: { authorization: `Bearer ${token}` } });
    expect(page.statusCode).toBe(200);
    expect(page.json().messages.map((m: { seq: number }) => m.seq)).toEqual([3, 4, 5]);
  });

  it('answers client mistakes with 4xx and a JSON Pointer, never 500', async () => {
    const { conversationId, token } = await start();
    const missing = await post(conversationId, token, { text: 'hi' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'KEFU_ERR_BAD_REQUEST', path: '/clientMessageId' });
    const wrongType = await post(conversationId, token, { clientMessageId: 'x', text: 42 });
    expect(wrongType.json().error.path).toBe('/text');
    const extra = await post(conversationId, token, { clientMessageId: 'x', txet: 'hi' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.path).toBe('/txet');
    const neither = await post(conversationId, token, { clientMessageId: 'x' });
    expect(neither.statusCode).toBe(400);
    expect(neither.json().error.path).toBe('/text');
    const badJson = await post(conversationId, token, '{"clientMessageId":', { 'content-type': 'application/json' });
    expect(badJson.statusCode).toBe(400);
    const badLocale = await kefu.server.inject({ method: 'POST', url: '/api/v1/conversations', payload: { locale: 'fr' } });
    expect(badLocale.json().error.path).toBe('/locale');
    const badAfter = await kefu.server.inject({ url: `/api/v1/conversations/${conversationId}/messages?after=x`, headers: { authorization: `Bearer ${token}` } });
    expect(badAfter.statusCode).toBe(400);
    expect(badAfter.json().error.path).toBe('/query/after');

    const huge = await post(conversationId, token, JSON.stringify({ clientMessageId: 'big', text: 'x'.repeat(70 * 1024) }), { 'content-type': 'application/json' });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('KEFU_ERR_PAYLOAD_TOO_LARGE');
    const wrongType415 = await post(conversationId, token, 'hello', { 'content-type': 'text/plain' });
    expect(wrongType415.statusCode).toBe(415);
    expect(wrongType415.json().error.code).toBe('KEFU_ERR_UNSUPPORTED_MEDIA_TYPE');

    expect((await post(conversationId, null, { clientMessageId: 'x', text: 'hi' })).statusCode).toBe(401);
    expect((await post(conversationId, 'nope', { clientMessageId: 'x', text: 'hi' })).statusCode).toBe(401);
    const unknown = await post('00000000-0000-4000-8000-000000000000', token, { clientMessageId: 'x', text: 'hi' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('KEFU_ERR_NOT_FOUND');
    expect((await post('garbage', token, { clientMessageId: 'x', text: 'hi' })).statusCode).toBe(404);

    await post(conversationId, token, { clientMessageId: 'bye', choiceId: 'stop' });
    const ended = await post(conversationId, token, { clientMessageId: 'after-end', text: 'hi' });
    expect(ended.statusCode).toBe(409);
    expect(ended.json().error.code).toBe('KEFU_ERR_CONVERSATION_ENDED');
  });

  it('pushes new messages over the WebSocket, after replaying the backlog', async () => {
    const { conversationId, token } = await start();
    const socket = new WebSocket(`ws://${base}/api/v1/conversations/${conversationId}/ws?token=${token}&after=1`);
    const received: { type: string; message: { seq: number; text: string } }[] = [];
    socket.on('message', (data) => received.push(JSON.parse(String(data))));
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    await post(conversationId, token, { clientMessageId: 'w1', choiceId: 'echo' });
    socket.send(JSON.stringify({ type: 'message', clientMessageId: 'w2', text: 'echo' }));
    const deadline = Date.now() + 5000;
    while (received.length < 7 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    socket.close();
    expect(received.every((frame) => frame.type === 'message')).toBe(true);
    expect(received.map((frame) => frame.message.seq)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses a WebSocket with a wrong token before upgrading', async () => {
    const { conversationId } = await start();
    const socket = new WebSocket(`ws://${base}/api/v1/conversations/${conversationId}/ws?token=wrong`);
    const status = await new Promise<number>((resolve) => socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)));
    expect(status).toBe(401);
  });

  it('serves health, readiness, metrics and the console', async () => {
    expect((await kefu.server.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await kefu.server.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
    const metrics = await kefu.server.inject({ url: '/metrics' });
    expect(metrics.body).toMatch(/kefu_turns_total\{kind="message"\} [1-9]/);
    expect(metrics.body).toContain('kefu_turn_duration_seconds_bucket{le="+Inf"}');
    expect(metrics.body).toContain('kefu_websocket_connections');
    const index = await kefu.server.inject({ url: '/' });
    expect(index.body).toContain('Kefu console');
    const deepLink = await kefu.server.inject({ url: '/flows/echo', headers: { accept: 'text/html' } });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.body).toContain('Kefu console');
    const apiMiss = await kefu.server.inject({ url: '/api/v1/nothing', headers: { accept: 'text/html' } });
    expect(apiMiss.statusCode).toBe(404);
    expect(apiMiss.json().error.code).toBe('KEFU_ERR_NOT_FOUND');
  });
});

describe('server restart', () => {
  it('fires a timer that fell due while the server was stopped', async () => {
    const test = await createTestDatabase();
    try {
      const first = await createServer({ config: testConfig(test) });
      await first.services.app.publishing.publish({ flows: [echoFlow()], settings: echoSettings(1), message: 'v1', author: 't' });
      const started = await first.services.chat.startConversation({});
      await first.stop();
      await new Promise((resolve) => setTimeout(resolve, 1200));

      const second = await createServer({ config: testConfig(test) });
      try {
        await second.start();
        const deadline = Date.now() + 5000;
        let status = 'active';
        while (status !== 'ended' && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          status = (await second.services.chat.listMessages(started.conversationId, started.token)).status;
        }
        expect(status).toBe('ended');
        expect(second.metrics.render()).toMatch(/kefu_timers_fired_total [1-9]/);
      } finally {
        await second.stop();
      }
    } finally {
      await test.drop();
    }
  });

  it('shows a clear page when the console is not built', async () => {
    const test = await createTestDatabase();
    const kefu = await createServer({ config: testConfig(test), consoleDir: join(tmpdir(), 'kefu-no-console-here') });
    try {
      const page = await kefu.server.inject({ url: '/' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('console has not been built');
    } finally {
      await kefu.stop();
      await test.drop();
    }
  });
});
