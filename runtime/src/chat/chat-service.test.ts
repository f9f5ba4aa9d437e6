import { beforeEach, describe, expect, it } from 'vitest';
import type { KefuEvent } from '../bus/event-bus.js';
import type { KefuServices } from '../store/open-services.js';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { useTestServices } from '../test-support/use-test-services.js';

describe('chat service', () => {
  const opened = useTestServices();
  let services: KefuServices;
  beforeEach(() => {
    services = opened.current;
  });

  it('refuses to start a conversation before anything is published', async () => {
    await expect(services.chat.startConversation({})).rejects.toMatchObject({ code: 'KEFU_ERR_NO_PUBLISHED_VERSION', statusHint: 503 });
  });

  it('starts with the greeting and the menu, numbered from 1', async () => {
    await services.app.publishing.publish({ flows: [echoFlow('Hello v1')], settings: echoSettings(), message: 'v1', author: 't' });
    const started = await services.chat.startConversation({ customer: { externalId: 'crm-1', name: 'Ana Li' } });
    expect(started.token.length).toBeGreaterThan(20);
    expect(started.messages.map((m) => [m.seq, m.role, m.text])).toEqual([
      [1, 'bot', 'Hello v1'],
      [2, 'bot', 'Echo or stop?'],
    ]);
    expect(started.messages[1]?.choices?.map((c) => c.id)).toEqual(['echo', 'stop']);
    // The name is stored encrypted, never in clear.
    const row = await services.db.get<{ name: string }>('SELECT name_encrypted AS "name" FROM customers WHERE external_id = ?', ['crm-1']);
    expect(row?.name).toMatch(/^v1:/);
    expect(row?.name).not.toContain('Ana');
  });

  it('answers a retried clientMessageId with the first answer and stores nothing twice', async () => {
    const { conversationId, token } = await services.chat.startConversation({});
    const first = await services.chat.postMessage(conversationId, token, { clientMessageId: 'm-1', choiceId: 'echo' });
    expect(first.messages.map((m) => m.text)).toEqual(['You picked echo', 'Echo or stop?']);
    const again = await services.chat.postMessage(conversationId, token, { clientMessageId: 'm-1', choiceId: 'echo' });
    expect(again).toEqual(first);
    const all = await services.chat.listMessages(conversationId, token, 0);
    expect(all.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(all.messages[2]).toMatchObject({ role: 'customer', kind: 'choice', text: 'Echo' });
  });

  it('applies concurrent retries of one clientMessageId once', async () => {
    const { conversationId, token } = await services.chat.startConversation({});
    const replies = await Promise.all(Array.from({ length: 5 }, () => services.chat.postMessage(conversationId, token, { clientMessageId: 'same', text: 'echo' })));
    for (const reply of replies) expect(reply).toEqual(replies[0]);
    expect((await services.chat.listMessages(conversationId, token)).lastSeq).toBe(5);
  });

  it('numbers messages consecutively under concurrent turns', async () => {
    const { conversationId, token } = await services.chat.startConversation({});
    await Promise.all(Array.from({ length: 8 }, (_, i) => services.chat.postMessage(conversationId, token, { clientMessageId: `c-${i}`, text: 'echo' })));
    const { messages } = await services.chat.listMessages(conversationId, token);
    expect(messages.map((m) => m.seq)).toEqual(Array.from({ length: 2 + 8 * 3 }, (_, i) => i + 1));
  });

  it('catches up with `after`', async () => {
    const { conversationId, token } = await services.chat.startConversation({});
    await services.chat.postMessage(conversationId, token, { clientMessageId: 'a', text: 'echo' });
    const page = await services.chat.listMessages(conversationId, token, 3);
    expect(page.messages.map((m) => m.seq)).toEqual([4, 5]);
    expect((await services.chat.listMessages(conversationId, token, 5)).messages).toEqual([]);
  });

  it('keeps open conversations on their version after a new publish', async () => {
    const old = await services.chat.startConversation({});
    await services.app.publishing.publish({ flows: [echoFlow('Hello v2')], message: 'v2', author: 't' });
    const fresh = await services.chat.startConversation({});
    expect(fresh.messages[0]?.text).toBe('Hello v2');
    const reply = await services.chat.postMessage(old.conversationId, old.token, { clientMessageId: 'x', text: 'echo' });
    expect(reply.messages[0]?.text).toBe('You picked echo');
    const pinned = await services.chatStore.conversation(old.conversationId);
    const current = await services.app.publishing.currentVersion();
    expect(pinned?.bundleVersion).toBe((current ?? 0) - 1);
  });

  it('ends, then refuses new messages with 409 but still replays the last one', async () => {
    const { conversationId, token } = await services.chat.startConversation({});
    const events: KefuEvent[] = [];
    const off = services.bus.subscribeConversation(conversationId, (event) => events.push(event));
    const bye = await services.chat.postMessage(conversationId, token, { clientMessageId: 'end', choiceId: 'stop' });
    off();
    expect(bye.status).toBe('ended');
    expect(bye.messages.map((m) => m.text)).toContain('Bye');
    expect(events.map((e) => e.type)).toContain('conversation.ended');
    expect(events.filter((e) => e.type === 'message.created').length).toBe(1 + bye.messages.length);
    await expect(services.chat.postMessage(conversationId, token, { clientMessageId: 'late', text: 'hi' })).rejects.toMatchObject({
      code: 'KEFU_ERR_CONVERSATION_ENDED',
      statusHint: 409,
    });
    expect(await services.chat.postMessage(conversationId, token, { clientMessageId: 'end', choiceId: 'stop' })).toEqual(bye);
    const timers = await services.db.all('SELECT id FROM timers WHERE conversation_id = ?', [conversationId]);
    expect(timers).toEqual([]);
  });

  it('rejects wrong tokens and unknown conversations', async () => {
    const { conversationId } = await services.chat.startConversation({});
    await expect(services.chat.listMessages(conversationId, 'wrong')).rejects.toMatchObject({ code: 'KEFU_ERR_UNAUTHORIZED', statusHint: 401 });
    await expect(services.chat.postMessage(conversationId, '', { clientMessageId: 'x', text: 'hi' })).rejects.toMatchObject({ statusHint: 401 });
    await expect(services.chat.listMessages('00000000-0000-4000-8000-000000000000', 'x')).rejects.toMatchObject({ statusHint: 404 });
    await expect(services.chat.listMessages('not-a-uuid', 'x')).rejects.toMatchObject({ statusHint: 404 });
  });
});
