import { DEFAULT_SETTINGS } from '@kefu/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFlow } from '../../engine/test-support/build-flow.js';
import { testConfig } from '../../test-support/test-config.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createServer, type KefuServer } from '../create-server.js';

/** Ask a question, answer it from the KB, ask again: the conversation stays open. */
const flow = buildFlow(
  'faq',
  [
    ['start', 'start'],
    ['ask', 'ask', { prompt: 'Your question?', variable: 'q', validation: { kind: 'text' } }],
    ['kb', 'kb-answer', {}],
  ],
  [
    ['start', 'next', 'ask'],
    ['ask', 'answered', 'kb'],
    ['kb', 'answered', 'ask'],
    ['kb', 'suggested', 'ask'],
    ['kb', 'no-answer', 'ask'],
  ],
  { variables: [{ name: 'q', type: 'string' }] },
);

describe('POST /api/v1/conversations/:id/feedback', () => {
  let test: TestDatabase;
  let kefu: KefuServer;
  const article = { id: 'refund', question: 'How long does a refund take?', answer: 'Three **days**.', similar: ['When will I get my money back?'] };

  beforeAll(async () => {
    test = await createTestDatabase();
    kefu = await createServer({ config: testConfig(test) });
    // The real knowledge base over the same database: one article in KB `default`.
    const imported = await kefu.services.app.kb.importArticles('default', 'jsonl', Buffer.from(JSON.stringify(article)), { author: 't' });
    expect(imported.ok).toBe(true);
    await kefu.services.app.publishing.publish({ flows: [flow], settings: { ...DEFAULT_SETTINGS, entryFlows: { en: 'faq' } }, message: 'v1', author: 't' });
  });
  afterAll(async () => {
    await kefu.server.close();
    await kefu.services.close();
    await test.drop();
  });

  async function answered(): Promise<{ id: string; token: string; seq: number }> {
    const started = (await kefu.server.inject({ method: 'POST', url: '/api/v1/conversations', payload: {} })).json();
    const reply = await kefu.server.inject({
      method: 'POST',
      url: `/api/v1/conversations/${started.conversationId}/messages`,
      headers: { authorization: `Bearer ${started.token}` },
      payload: { clientMessageId: 'm1', text: 'How long does a refund take?' },
    });
    const answer = reply.json().messages[0];
    expect(answer).toMatchObject({ kind: 'kb-answer', text: 'Three **days**.', kb: 'default', articleId: 'refund', feedback: true });
    return { id: started.conversationId, token: started.token, seq: answer.seq };
  }

  const rate = (id: string, token: string | null, payload: unknown) =>
    kefu.server.inject({
      method: 'POST',
      url: `/api/v1/conversations/${id}/feedback`,
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
      payload: payload as Record<string, unknown>,
    });

  it('records a thumbs-down with the question and context, once; the message shows the rating', async () => {
    const { id, token, seq } = await answered();
    const first = await rate(id, token, { messageSeq: seq, rating: 'down' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ recorded: true, rating: 'down' });
    const again = await rate(id, token, { messageSeq: seq, rating: 'up' });
    expect(again.json()).toEqual({ recorded: false, rating: 'down' });

    // Recorded once, and the thumbs-down is in the unanswered queue with its context.
    const feedbackRows = await kefu.services.db.all<{ rating: string }>('SELECT rating FROM kb_feedback WHERE conversation_id = ?', [id]);
    expect(feedbackRows.map((row) => row.rating)).toEqual(['down']);
    const { groups } = await kefu.services.app.kb.listUnanswered('default');
    const logged = groups.flatMap((group) => group.questions).filter((q) => q.reason === 'thumbs-down');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      question: 'How long does a refund take?',
      context: [
        { from: 'bot', text: 'Your question?' },
        { from: 'customer', text: 'How long does a refund take?' },
      ],
    });
    const page = await kefu.server.inject({ url: `/api/v1/conversations/${id}/messages`, headers: { authorization: `Bearer ${token}` } });
    expect(page.json().messages.find((m: { seq: number }) => m.seq === seq)).toMatchObject({ kind: 'kb-answer', rating: 'down' });
  });

  it('answers 400 with a pointer for a bad body or a message that is not an answer', async () => {
    const { id, token, seq } = await answered();
    const badRating = await rate(id, token, { messageSeq: seq, rating: 'meh' });
    expect(badRating.statusCode).toBe(400);
    expect(badRating.json().error).toMatchObject({ code: 'KEFU_ERR_BAD_REQUEST', path: '/rating' });
    const extra = await rate(id, token, { messageSeq: seq, rating: 'up', stars: 5 });
    expect(extra.json().error.path).toBe('/stars');
    const greeting = await rate(id, token, { messageSeq: 1, rating: 'up' });
    expect(greeting.statusCode).toBe(400);
    expect(greeting.json().error).toMatchObject({ code: 'KEFU_ERR_BAD_REQUEST', path: '/messageSeq' });
    const missing = await rate(id, token, { messageSeq: 999, rating: 'up' });
    expect(missing.json().error.path).toBe('/messageSeq');
    expect(await kefu.services.db.all('SELECT id FROM kb_feedback WHERE conversation_id = ?', [id])).toEqual([]);
  });

  it('logs a question the knowledge base cannot answer once, after the turn commits', async () => {
    const started = (await kefu.server.inject({ method: 'POST', url: '/api/v1/conversations', payload: {} })).json();
    const ask = (clientMessageId: string) =>
      kefu.server.inject({
        method: 'POST',
        url: `/api/v1/conversations/${started.conversationId}/messages`,
        headers: { authorization: `Bearer ${started.token}` },
        payload: { clientMessageId, text: 'Can you recommend a good restaurant nearby?' },
      });
    expect((await ask('q1')).statusCode).toBe(200);
    expect((await ask('q1')).json().messages).toBeDefined(); // a retry is replayed, not run again
    const { groups } = await kefu.services.app.kb.listUnanswered('default');
    const logged = groups.flatMap((group) => group.questions).filter((q) => q.question === 'Can you recommend a good restaurant nearby?');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ reason: 'no-answer', context: [{ from: 'bot', text: 'Your question?' }] });
  });

  it('answers 401 without the conversation token and 404 for an unknown conversation', async () => {
    const { id, seq } = await answered();
    expect((await rate(id, null, { messageSeq: seq, rating: 'up' })).statusCode).toBe(401);
    expect((await rate(id, 'wrong', { messageSeq: seq, rating: 'up' })).statusCode).toBe(401);
    expect((await rate('00000000-0000-4000-8000-000000000000', 'x', { messageSeq: seq, rating: 'up' })).statusCode).toBe(404);
  });
});
