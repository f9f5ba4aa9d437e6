import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTime } from '../db/lean-db.js';
import type { KefuServices } from '../store/open-services.js';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { openTestServices, silentLogger } from '../test-support/open-test-services.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { TimerScheduler } from './scheduler.js';

describe('timer scheduler', () => {
  let test: TestDatabase;
  let services: KefuServices;
  const hourLater = () => new Date(Date.now() + 3_600_000);

  beforeAll(async () => {
    test = await createTestDatabase();
    services = await openTestServices(test);
    await services.app.publishing.publish({ flows: [echoFlow()], settings: echoSettings(600), message: 'v1', author: 't' });
  });
  afterAll(async () => {
    await services.close();
    await test.drop();
  });

  function scheduler(now: () => Date): TimerScheduler {
    return new TimerScheduler({ store: services.chatStore, fire: (timer) => services.chat.fireTimer(timer), logger: silentLogger, now, pollMs: 20 });
  }

  it('arms the session timeout and fires it once it is due', async () => {
    const { conversationId, token } = await services.chat.startConversation({});
    const timers = await services.db.all<{ name: string }>('SELECT name FROM timers WHERE conversation_id = ?', [conversationId]);
    expect(timers.map((t) => t.name)).toContain('session-timeout');

    expect(await scheduler(() => new Date()).pollOnce()).toBe(0);
    expect(await scheduler(hourLater).pollOnce()).toBeGreaterThanOrEqual(1);

    const page = await services.chat.listMessages(conversationId, token);
    expect(page.status).toBe('ended');
    expect(page.messages.at(-1)?.role).toBe('system');
    const left = await services.db.all('SELECT id FROM timers WHERE conversation_id = ?', [conversationId]);
    expect(left).toEqual([]);
  });

  it('does not fire a timer the customer re-armed after it was claimed', async () => {
    const { conversationId, token } = await services.chat.startConversation({});
    const [claimed] = await services.chatStore.claimDueTimers(hourLater(), new Date(Date.now() + 7_200_000), 10);
    expect(claimed?.conversationId).toBe(conversationId);
    await services.chat.postMessage(conversationId, token, { clientMessageId: 'a', text: 'echo' });
    expect(await services.chat.fireTimer(claimed!)).toBe(false);
    expect((await services.chat.listMessages(conversationId, token)).status).toBe('active');
  });

  it('moves a session timeout pushed by a turn instead of firing it at the old due time', async () => {
    const { conversationId, token } = await services.chat.startConversation({});
    const timerRow = async () =>
      (await services.db.get<{ dueAt: unknown; status: string }>('SELECT due_at AS "dueAt", status FROM timers WHERE conversation_id = ? AND name = ?', [conversationId, 'session-timeout']))!;
    const firstDue = readTime((await timerRow()).dueAt);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await services.chat.postMessage(conversationId, token, { clientMessageId: 'later', text: 'echo' });

    // The turn moved the deadline on the conversation, not on the timer row.
    expect(readTime((await timerRow()).dueAt)).toEqual(firstDue);
    const idle = await services.db.get<{ idleDeadline: unknown }>('SELECT idle_deadline AS "idleDeadline" FROM conversations WHERE id = ?', [conversationId]);
    const deadline = readTime(idle!.idleDeadline);
    expect(deadline.getTime()).toBeGreaterThan(firstDue.getTime());

    // At the old due time the row is re-armed to the real deadline; nothing ends.
    await scheduler(() => new Date(firstDue.getTime() + 1)).pollOnce();
    expect((await services.chat.listMessages(conversationId, token)).status).toBe('active');
    const rearmed = await timerRow();
    expect(readTime(rearmed.dueAt)).toEqual(deadline);
    expect(rearmed.status).toBe('pending');

    // At the real deadline it fires and ends the conversation.
    await scheduler(() => new Date(deadline.getTime() + 1)).pollOnce();
    const page = await services.chat.listMessages(conversationId, token);
    expect(page.status).toBe('ended');
    expect(page.messages.at(-1)?.role).toBe('system');
    expect(await services.db.all('SELECT id FROM timers WHERE conversation_id = ?', [conversationId])).toEqual([]);
  });

  it('runs from start() and stops cleanly', async () => {
    const { conversationId, token } = await services.chat.startConversation({});
    const running = scheduler(hourLater);
    running.start();
    const deadline = Date.now() + 5000;
    while ((await services.chat.listMessages(conversationId, token)).status !== 'ended' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await running.stop();
    expect((await services.chat.listMessages(conversationId, token)).status).toBe('ended');
  });
});
