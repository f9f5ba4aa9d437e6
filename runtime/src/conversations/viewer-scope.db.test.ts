import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KefuServices } from '../store/open-services.js';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { openTestServices } from '../test-support/open-test-services.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { viewerScope } from './viewer-scope.js';

describe('object-level visibility of conversations and customers', () => {
  let test: TestDatabase;
  let services: KefuServices;
  const ids: Record<string, { conversationId: string; customerId: string }> = {};

  beforeAll(async () => {
    test = await createTestDatabase();
    services = await openTestServices(test);
    await services.app.publishing.publish({ flows: [echoFlow()], settings: echoSettings(), message: 'v1', author: 't' });
    for (const group of ['sales', 'billing', 'none']) {
      const { conversationId } = await services.chat.startConversation({ customer: { externalId: `c-${group}`, name: `Customer ${group}` } });
      if (group !== 'none') await services.db.run('UPDATE conversations SET skill_group = ? WHERE id = ?', [group, conversationId]);
      const row = await services.db.get<{ customerId: string }>('SELECT customer_id AS "customerId" FROM conversations WHERE id = ?', [conversationId]);
      ids[group] = { conversationId, customerId: row?.customerId ?? '' };
    }
  });
  afterAll(async () => {
    await services.close();
    await test.drop();
  });

  const agent = viewerScope({ roles: ['agent'], skillGroups: ['sales'] });
  const admin = viewerScope({ roles: ['admin'], skillGroups: [] });
  const qa = viewerScope({ roles: ['qa-inspector'] });

  it('an agent lists and reads only their skill groups; others look missing', async () => {
    const { conversations } = services.app;
    expect((await conversations.list(agent)).conversations.map((row) => row.id)).toEqual([ids.sales?.conversationId]);
    expect(await conversations.get(ids.sales?.conversationId ?? '', agent)).toMatchObject({ conversation: { skillGroup: 'sales' }, messages: [{ seq: 1 }, { seq: 2 }] });
    expect(await conversations.get(ids.billing?.conversationId ?? '', agent)).toBeNull();
    expect(await conversations.get(ids.none?.conversationId ?? '', agent)).toBeNull();
    expect(await conversations.get('00000000-0000-4000-8000-000000000000', agent)).toBeNull();
    expect((await conversations.list(viewerScope({ roles: ['agent'] }))).conversations).toEqual([]);
  });

  it('admins and QA see every conversation, including those without a skill group; pages chain', async () => {
    expect((await services.app.conversations.list(admin)).conversations).toHaveLength(3);
    const first = await services.app.conversations.list(qa, { limit: 2 });
    expect(first.conversations).toHaveLength(2);
    const rest = await services.app.conversations.list(qa, { limit: 2, cursor: first.nextCursor ?? '' });
    expect(rest).toMatchObject({ conversations: [{}], nextCursor: null });
    expect(new Set([...first.conversations, ...rest.conversations].map((row) => row.id)).size).toBe(3);
  });

  it('customers are visible to an agent only through a conversation in their skill groups', async () => {
    const { customers } = services.app;
    expect(await customers.get(ids.sales?.customerId ?? '', agent)).toMatchObject({ name: 'Customer sales' });
    expect(await customers.get(ids.billing?.customerId ?? '', agent)).toBeNull();
    expect(await customers.get(ids.none?.customerId ?? '', agent)).toBeNull();
    expect(await customers.get(ids.none?.customerId ?? '', admin)).toMatchObject({ name: 'Customer none' });
  });
});
