import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiMessage } from '../chat/api-message.js';
import type { KefuServices } from '../store/open-services.js';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { openTestServices, silentLogger } from '../test-support/open-test-services.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import type { KefuEvent } from './event-bus.js';
import { CONNECTION_NAME, RedisEventBus } from './redis-event-bus.js';

/** The Redis of the machine (CI makes sure it runs); override with KEFU_TEST_REDIS_URL. */
const redisUrl = process.env.KEFU_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const message = (text: string): ApiMessage => ({ id: randomUUID(), seq: 1, role: 'bot', kind: 'text', text, createdAt: new Date(0).toISOString() }) as ApiMessage;

describe('the Redis event bus', () => {
  const channel = `kefu:test:${randomUUID()}`;
  const warnings: string[] = [];
  const logger = { ...silentLogger, warn: (_: object, msg?: string) => void warnings.push(msg ?? '') };
  let a: RedisEventBus;
  let b: RedisEventBus;
  let raw: Redis;

  beforeAll(async () => {
    a = await RedisEventBus.connect(redisUrl, { logger, channel });
    b = await RedisEventBus.connect(redisUrl, { logger, channel });
    raw = new Redis(redisUrl);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    raw?.disconnect();
  });

  it('delivers an event here at once and on the other instance, each exactly once', async () => {
    const here: KefuEvent[] = [];
    const there: KefuEvent[] = [];
    const everything: KefuEvent[] = [];
    const offA = a.subscribeConversation('c1', (event) => here.push(event));
    const offB = b.subscribeConversation('c1', (event) => there.push(event));
    const offAll = b.subscribeAll((event) => everything.push(event));
    const event: KefuEvent = { type: 'message.created', conversationId: 'c1', message: message('Hello from A') };
    a.publish(event);
    expect(here).toEqual([event]);
    await vi.waitFor(() => expect(there).toEqual([event]));
    expect(everything).toEqual([event]);
    // A's own event came back from Redis too, and was not delivered again.
    b.publish({ type: 'conversation.ended', conversationId: 'c1', reason: 'ended' });
    await vi.waitFor(() => expect(here).toHaveLength(2));
    expect(here.map((e) => e.type)).toEqual(['message.created', 'conversation.ended']);
    expect(there.map((e) => e.type)).toEqual(['message.created', 'conversation.ended']);
    offA();
    offB();
    offAll();
  });

  it('keeps per-conversation subscriptions apart and carries console events', async () => {
    const other: KefuEvent[] = [];
    const all: KefuEvent[] = [];
    const off = b.subscribeConversation('c2', (event) => other.push(event));
    const offAll = b.subscribeAll((event) => all.push(event));
    a.publish({ type: 'message.created', conversationId: 'c3', message: message('not for c2') });
    a.publish({ type: 'session.revoked', sessionIds: ['s1', 's2'] });
    await vi.waitFor(() => expect(all).toHaveLength(2));
    expect(all[1]).toEqual({ type: 'session.revoked', sessionIds: ['s1', 's2'] });
    expect(other).toEqual([]);
    expect(a.hasListeners()).toBe(true);
    off();
    offAll();
  });

  it('ignores what is not a Kefu event on the channel, and goes on working', async () => {
    const all: KefuEvent[] = [];
    const off = b.subscribeAll((event) => all.push(event));
    await raw.publish(channel, 'not json');
    await raw.publish(channel, JSON.stringify({ origin: 'someone', event: { no: 'type' } }));
    a.publish({ type: 'user.sessions-ended', userId: 'u1' });
    await vi.waitFor(() => expect(all).toEqual([{ type: 'user.sessions-ended', userId: 'u1' }]));
    expect(warnings).toEqual(expect.arrayContaining(['ignored a message on the event channel that is not JSON', 'ignored a message on the event channel that is not a Kefu event']));
    off();
  });

  it('refuses to start when Redis does not answer, naming the address without its password', async () => {
    const failed = await RedisEventBus.connect('redis://:s3cret@127.0.0.1:1', { logger, channel }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failed).toMatchObject({ code: 'KEFU_ERR_CONFIG_INVALID', message: expect.stringContaining('cannot reach Redis at redis://:***@127.0.0.1:1') });
    expect(String((failed as Error).message)).not.toContain('s3cret');
  });
});

describe('two instances sharing events through Redis', () => {
  let test: TestDatabase;
  let a: KefuServices;
  let b: KefuServices;

  beforeAll(async () => {
    test = await createTestDatabase();
    const config = { database: test.database, dataDir: test.dataDir, secretKeyHex: 'ab'.repeat(32), redisUrl };
    const channel = `kefu:test:${randomUUID()}`;
    a = await openTestServices(test, { config, bus: await RedisEventBus.connect(redisUrl, { logger: silentLogger, channel }), kbRetrainDelayMs: null });
    b = await openTestServices(test, { config, bus: await RedisEventBus.connect(redisUrl, { logger: silentLogger, channel }), kbRetrainDelayMs: null });
    await a.app.publishing.publish({ flows: [echoFlow()], settings: echoSettings(), message: 'v1', author: 't' });
  });
  afterAll(async () => {
    for (const services of [a, b]) {
      await services?.close();
      await services?.bus.close?.();
    }
    await test?.drop();
  });

  it("pushes a turn answered on instance A to the customer's socket on instance B", async () => {
    const { conversationId, token } = await a.chat.startConversation({});
    const seen: string[] = [];
    // The greeting's events may still be on their way from A: only this turn's are asserted.
    const unsubscribe = b.chat.subscribe(conversationId, (pushed) => {
      if (pushed.seq >= 3) seen.push(`${pushed.seq} ${pushed.role}: ${pushed.text ?? ''}`);
    });
    await a.chat.postMessage(conversationId, token, { clientMessageId: 'm1', choiceId: 'echo' });
    await vi.waitFor(() => expect(seen).toEqual(['3 customer: Echo', '4 bot: You picked echo', '5 bot: Echo or stop?']));
    unsubscribe();
  });

  it("keeps the other instance's knowledge-base index current: saves, deletes and a large import", async () => {
    await a.app.kb.createBase({ name: 'shop', title: 'Shop', locale: 'en' });
    await a.app.kb.saveArticle('shop', { id: 'hours', question: 'When are you open?', similar: ['opening hours'], answer: '9 to 5' }, null, 'ann');
    const topOnB = async (query: string) => (await b.app.kb.search('shop', query)).hits[0]?.id ?? null;
    // B builds its index now, from what the database holds.
    expect(await topOnB('opening hours')).toBe('hours');
    await a.app.kb.saveArticle('shop', { id: 'returns', question: 'How do I return shoes?', similar: ['return policy for shoes'], answer: 'Within 30 days' }, null, 'ann');
    await vi.waitFor(async () => expect(await topOnB('return policy for shoes')).toBe('returns'));
    await a.app.kb.deleteArticle('shop', 'hours', 'ann');
    await vi.waitFor(async () => expect(await topOnB('opening hours')).not.toBe('hours'));
    // Too many changes to send: B reads the articles again.
    const sent: KefuEvent[] = [];
    const offSent = b.bus.subscribeAll((event) => sent.push(event));
    const rows = Array.from({ length: 501 }, (_, i) => JSON.stringify({ id: `gift-${i}`, question: `Gift card number ${i} balance`, answer: 'See the app' }));
    rows.push(JSON.stringify({ id: 'warranty', question: 'What does the warranty cover?', answer: 'Two years' }));
    expect(await a.app.kb.importArticles('shop', 'jsonl', Buffer.from(rows.join('\n')), { author: 'ann' })).toMatchObject({ ok: true, created: 502 });
    await vi.waitFor(async () => expect(await topOnB('what does the warranty cover')).toBe('warranty'), { timeout: 10_000 });
    expect(sent).toEqual([expect.objectContaining({ type: 'kb.changed', kb: 'shop', changes: null })]);
    offSent();
  });

  it('applies thresholds set on A to B, and B loads the model A activated without recording one', async () => {
    // Not word for word a question of the article, so its score is below 1 (the answer threshold below).
    const decisionOnB = async () => (await b.app.kb.search('shop', 'can I return my shoes')).decision;
    expect(await decisionOnB()).toBe('answer');
    await a.app.kb.updateBase('shop', { thresholds: { answer: 1, suggest: 0.99 } });
    await vi.waitFor(async () => expect(await decisionOnB()).not.toBe('answer'));
    await a.app.kb.updateBase('shop', { thresholds: { answer: 0.3, suggest: 0.1 } });
    await vi.waitFor(async () => expect(await decisionOnB()).toBe('answer'));

    const events: KefuEvent[] = [];
    const off = b.bus.subscribeAll((event) => events.push(event));
    const model = await a.app.kb.retrain('shop');
    expect(model.active).toBe(true);
    await vi.waitFor(() => expect(events).toEqual([expect.objectContaining({ type: 'kb.model-activated', kb: 'shop' })]));
    expect((await b.app.kb.listModels('shop')).map((m) => m.version)).toEqual([model.version]);
    await vi.waitFor(async () => expect((await b.app.kb.search('shop', 'return policy for shoes')).hits[0]?.id).toBe('returns'));
    off();
  });

  it('catches up on what it missed while Redis was away: every index it holds is read again', async () => {
    // A third instance without Redis changes the KB: nobody is told, as during an outage.
    const config = { database: test.database, dataDir: test.dataDir, secretKeyHex: 'ab'.repeat(32) };
    const offline = await openTestServices(test, { config, kbRetrainDelayMs: null });
    await offline.app.kb.saveArticle('shop', { id: 'delivery', question: 'How long does delivery take?', answer: 'Two days' }, null, 'ann');
    await offline.close();
    const topOnB = async () => (await b.app.kb.search('shop', 'how long does delivery take')).hits[0]?.id ?? null;
    expect(await topOnB()).not.toBe('delivery');
    b.bus.publish({ type: 'bus.resumed' });
    await vi.waitFor(async () => expect(await topOnB()).toBe('delivery'), { timeout: 10_000 });
  });

  it('closes its Redis connections again when opening the services fails after connecting', async () => {
    const raw = new Redis(redisUrl);
    const ours = async () => (String(await raw.client('LIST'))).split('\n').filter((line) => line.includes(`name=${CONNECTION_NAME}`)).length;
    const before = await ours();
    // No secret key given and no folder to create one in: fails after the bus connected.
    const config = { database: test.database, dataDir: '/dev/null/kefu', secretKeyHex: undefined, redisUrl };
    await expect(openTestServices(test, { config })).rejects.toThrow();
    await vi.waitFor(async () => expect(await ours()).toBe(before));
    raw.disconnect();
  });

  it('connects by itself when the configuration names Redis', async () => {
    const config = { database: test.database, dataDir: test.dataDir, secretKeyHex: 'ab'.repeat(32), redisUrl };
    const services = await openTestServices(test, { config });
    expect(services.bus).toBeInstanceOf(RedisEventBus);
    await services.close();
  });
});
