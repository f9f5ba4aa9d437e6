import type { FlowDocument } from '@kefu/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KefuServices } from '../store/open-services.js';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { openTestServices } from '../test-support/open-test-services.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { viewerScope } from './viewer-scope.js';

/** The echo flow, except that "stop" hands the conversation to `group` instead of ending. */
function escalatingFlow(group: string): FlowDocument {
  const flow = echoFlow();
  return {
    ...flow,
    nodes: [
      ...flow.nodes.filter((node) => node.id !== 'bye'),
      { id: 'human', type: 'handoff', typeVersion: 1, position: { x: 0, y: 500 }, config: { skillGroup: group } },
      { id: 'later', type: 'end', typeVersion: 1, position: { x: 0, y: 600 }, config: { message: 'A colleague will follow up.' } },
    ],
    edges: [
      ...flow.edges.map((edge) => (edge.id === 'e4' ? { ...edge, target: 'human' } : edge)),
      { id: 'h1', source: 'human', sourcePort: 'assigned', target: 'later' },
      { id: 'h2', source: 'human', sourcePort: 'no-agent', target: 'later' },
      { id: 'h3', source: 'human', sourcePort: 'timeout', target: 'later' },
    ],
  } as FlowDocument;
}

/** Hands the conversation over in its first turn. */
function handoffFirstFlow(group: string): FlowDocument {
  const flow = escalatingFlow(group);
  const kept = new Set(['start', 'human', 'later']);
  return {
    ...flow,
    variables: [],
    nodes: flow.nodes.filter((node) => kept.has(node.id)),
    edges: [{ id: 'e1', source: 'start', sourcePort: 'next', target: 'human' }, ...flow.edges.filter((edge) => edge.source === 'human')],
  } as FlowDocument;
}

describe('a conversation handed to a skill group', () => {
  let test: TestDatabase;
  let services: KefuServices;
  const billingAgent = viewerScope({ roles: ['agent'], skillGroups: ['billing'] });
  const salesAgent = viewerScope({ roles: ['agent'], skillGroups: ['sales'] });

  beforeAll(async () => {
    test = await createTestDatabase();
    services = await openTestServices(test);
  });
  afterAll(async () => {
    await services.close();
    await test.drop();
  });

  it('belongs to that group from the turn that hands it over, and keeps it through later turns', async () => {
    await services.app.publishing.publish({ flows: [escalatingFlow('billing')], settings: echoSettings(), message: 'v1', author: 't' });
    const { conversationId, token } = await services.chat.startConversation({});
    await services.chat.postMessage(conversationId, token, { clientMessageId: 'm1', choiceId: 'echo' });
    // Still with the bot: no group's agents see it.
    expect(await services.app.conversations.get(conversationId, billingAgent)).toBeNull();

    const handed = await services.chat.postMessage(conversationId, token, { clientMessageId: 'm2', choiceId: 'stop' });
    expect(handed.messages.map((message) => message.text)).toEqual(['A colleague will follow up.']);
    expect(await services.app.conversations.get(conversationId, billingAgent)).toMatchObject({ conversation: { skillGroup: 'billing', status: 'ended' } });
    expect(await services.app.conversations.get(conversationId, salesAgent)).toBeNull();
    expect((await services.app.conversations.list(billingAgent)).conversations.map((row) => row.id)).toEqual([conversationId]);
  });

  it('belongs to the group when the very first turn hands it over', async () => {
    await services.app.publishing.publish({ flows: [handoffFirstFlow('sales')], settings: echoSettings(), message: 'v2', author: 't' });
    const { conversationId, messages } = await services.chat.startConversation({});
    expect(messages.map((message) => message.text)).toEqual(['A colleague will follow up.']);
    expect(await services.app.conversations.get(conversationId, salesAgent)).toMatchObject({ conversation: { skillGroup: 'sales' } });
    expect(await services.app.conversations.get(conversationId, billingAgent)).toBeNull();
  });

  it('keeps a group once given while the conversation goes on with the bot', async () => {
    await services.app.publishing.publish({ flows: [escalatingFlow('billing')], settings: echoSettings(), message: 'v3', author: 't' });
    const { conversationId, token } = await services.chat.startConversation({});
    await services.db.run('UPDATE conversations SET skill_group = ? WHERE id = ?', ['vip', conversationId]);
    await services.chat.postMessage(conversationId, token, { clientMessageId: 'm1', choiceId: 'echo' });
    const row = await services.db.get<{ skillGroup: string | null }>('SELECT skill_group AS "skillGroup" FROM conversations WHERE id = ?', [conversationId]);
    expect(row?.skillGroup).toBe('vip');
  });
});
