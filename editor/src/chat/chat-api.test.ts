import { describe, expect, it } from 'vitest';
import { ChatApiError } from './api-types';
import { ChatApi } from './chat-api';

interface Call {
  url: string;
  body: unknown;
  authorization: string | undefined;
}

function scriptedFetch(script: (() => Response)[]) {
  const calls: Call[] = [];
  const fake: typeof fetch = async (input, init) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    calls.push({ url: String(input), body: init?.body ? JSON.parse(String(init.body)) : undefined, authorization: headers.authorization });
    const next = script.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  };
  return { calls, fake };
}

const networkError = (): Response => {
  throw new TypeError('Failed to fetch');
};
const json = (status: number, body: unknown) => () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const noSleep = async () => {};

describe('ChatApi', () => {
  it('rates an answer with the conversation token and returns the rating that stands', async () => {
    const { calls, fake } = scriptedFetch([json(200, { recorded: false, rating: 'up' })]);
    const api = new ChatApi({ fetch: fake, sleep: noSleep });
    expect(await api.rate('c1', 'tok', 4, 'down')).toEqual({ recorded: false, rating: 'up' });
    expect(calls).toEqual([{ url: '/api/v1/conversations/c1/feedback', body: { messageSeq: 4, rating: 'down' }, authorization: 'Bearer tok' }]);
  });

  it('retries a message after a network error with the same clientMessageId', async () => {
    const { calls, fake } = scriptedFetch([networkError, json(503, {}), json(200, { messages: [], status: 'active' })]);
    let ids = 0;
    const api = new ChatApi({ fetch: fake, sleep: noSleep, newId: () => `id-${++ids}` });
    const result = await api.send('c1', 'tok', { choiceId: 'orders', text: 'Orders' });
    expect(result.clientMessageId).toBe('id-1');
    expect(calls).toHaveLength(3);
    for (const call of calls) {
      expect(call.url).toBe('/api/v1/conversations/c1/messages');
      expect(call.body).toEqual({ clientMessageId: 'id-1', choiceId: 'orders', text: 'Orders' });
      expect(call.authorization).toBe('Bearer tok');
    }
  });

  it('gives each new message a fresh id', async () => {
    const { calls, fake } = scriptedFetch([json(200, { messages: [], status: 'active' }), json(200, { messages: [], status: 'active' })]);
    const api = new ChatApi({ fetch: fake, sleep: noSleep });
    await api.send('c1', 'tok', { text: 'a' });
    await api.send('c1', 'tok', { text: 'a' });
    const [first, second] = calls.map((call) => (call.body as { clientMessageId: string }).clientMessageId);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });

  it('does not retry a client error and reports its code', async () => {
    const { calls, fake } = scriptedFetch([json(409, { error: { code: 'KEFU_ERR_CONVERSATION_ENDED', message: 'ended' } })]);
    const api = new ChatApi({ fetch: fake, sleep: noSleep });
    const error = await api.send('c1', 'tok', { text: 'hi' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChatApiError);
    expect(error).toMatchObject({ status: 409, code: 'KEFU_ERR_CONVERSATION_ENDED', message: 'ended' });
    expect(calls).toHaveLength(1);
  });

  it('gives up after the last retry with the network error', async () => {
    const { calls, fake } = scriptedFetch([networkError, networkError, networkError]);
    const api = new ChatApi({ fetch: fake, sleep: noSleep, retryDelays: [1, 1] });
    await expect(api.send('c1', 'tok', { text: 'hi' })).rejects.toThrow('Failed to fetch');
    expect(calls).toHaveLength(3);
  });

  it('starts a conversation in a locale and catches up after a seq', async () => {
    const { calls, fake } = scriptedFetch([
      json(201, { conversationId: 'c9', token: 't9', messages: [] }),
      json(200, { messages: [], status: 'active', lastSeq: 4 }),
    ]);
    const api = new ChatApi({ fetch: fake, sleep: noSleep });
    await expect(api.start('zh-CN')).resolves.toMatchObject({ conversationId: 'c9' });
    expect(calls[0]).toMatchObject({ url: '/api/v1/conversations', body: { locale: 'zh-CN' }, authorization: undefined });
    await api.after('c9', 't9', 4);
    expect(calls[1]).toMatchObject({ url: '/api/v1/conversations/c9/messages?after=4', authorization: 'Bearer t9' });
  });
});
