import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KefuServices } from '../store/open-services.js';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { openTestServices } from '../test-support/open-test-services.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

/**
 * Two instances on one database, each with its own cache of hot conversations: a turn
 * on one makes the other's cached row stale, which must cost a retry, never a lost or
 * misnumbered message.
 */
describe('turn processor with two instances', () => {
  let test: TestDatabase;
  let a: KefuServices;
  let b: KefuServices;

  beforeAll(async () => {
    test = await createTestDatabase();
    a = await openTestServices(test);
    b = await openTestServices(test);
    await a.app.publishing.publish({ flows: [echoFlow('Hello')], settings: echoSettings(), message: 'v1', author: 't' });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await test.drop();
  });

  it('continues on fresh state after the other instance answered a turn', async () => {
    const { conversationId, token } = await a.chat.startConversation({});
    await a.chat.postMessage(conversationId, token, { clientMessageId: 'a-1', choiceId: 'echo' });
    await b.chat.postMessage(conversationId, token, { clientMessageId: 'b-1', choiceId: 'echo' });
    // A's cached row is two turns old now.
    const third = await a.chat.postMessage(conversationId, token, { clientMessageId: 'a-2', choiceId: 'echo' });
    expect(third.messages.map((m) => [m.seq, m.text])).toEqual([
      [10, 'You picked echo'],
      [11, 'Echo or stop?'],
    ]);
    const all = await b.chat.listMessages(conversationId, token);
    expect(all.messages.map((m) => m.seq)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    // The choice label comes from what the bot offered, whichever instance offered it.
    expect(all.messages.filter((m) => m.role === 'customer').map((m) => m.text)).toEqual(['Echo', 'Echo', 'Echo']);
  });

  it('replays a retry sent to the other instance and stores nothing', async () => {
    const { conversationId, token } = await a.chat.startConversation({});
    const first = await a.chat.postMessage(conversationId, token, { clientMessageId: 'x', choiceId: 'echo' });
    const retried = await b.chat.postMessage(conversationId, token, { clientMessageId: 'x', choiceId: 'echo' });
    expect(retried).toEqual(first);
    // A's cache is still current; its retry is refused by the unique index and replayed.
    expect(await a.chat.postMessage(conversationId, token, { clientMessageId: 'x', choiceId: 'echo' })).toEqual(first);
    expect((await a.chat.listMessages(conversationId, token)).lastSeq).toBe(5);
  });

  it('refuses a new message after the other instance ended the conversation, but replays the ending', async () => {
    const { conversationId, token } = await a.chat.startConversation({});
    await a.chat.postMessage(conversationId, token, { clientMessageId: 'warm', choiceId: 'echo' });
    const bye = await b.chat.postMessage(conversationId, token, { clientMessageId: 'end', choiceId: 'stop' });
    expect(bye.status).toBe('ended');
    // A still caches the conversation as active.
    await expect(a.chat.postMessage(conversationId, token, { clientMessageId: 'late', text: 'hi' })).rejects.toMatchObject({ code: 'KEFU_ERR_CONVERSATION_ENDED' });
    expect(await a.chat.postMessage(conversationId, token, { clientMessageId: 'end', choiceId: 'stop' })).toEqual(bye);
    const { messages } = await a.chat.listMessages(conversationId, token);
    expect(messages.at(-1)?.seq).toBe(bye.messages.at(-1)?.seq);
  });
});
