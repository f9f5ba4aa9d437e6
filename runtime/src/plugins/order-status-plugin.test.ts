import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FlowDocument } from '@kefu/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoSettings } from '../test-support/echo-flow.js';
import { openTestServices } from '../test-support/open-test-services.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import type { KefuServices } from '../store/open-services.js';
import { loadNodeTypes } from './load-node-types.js';
import { missingNodeTypes } from './missing-node-types.js';

const examplePlugin = resolve(fileURLToPath(import.meta.url), '../../../../templates/plugins/order-status');

/** Asks for the order number, looks it up with the plugin's node, says what it found. */
function orderFlow(endpoint: string, config: Record<string, unknown> = {}): FlowDocument {
  const position = { x: 0, y: 0 };
  return {
    schemaVersion: 1,
    id: 'orders',
    name: 'Orders',
    locale: 'en',
    variables: [
      { name: 'orderNumber', type: 'string' },
      { name: 'status', type: 'string' },
    ],
    startNodeId: 'start',
    nodes: [
      { id: 'start', type: 'start', typeVersion: 1, position, config: {} },
      { id: 'ask', type: 'ask', typeVersion: 1, position, config: { prompt: 'Order number?', variable: 'orderNumber', validation: { kind: 'text' } } },
      { id: 'lookup', type: 'acme/order-status', typeVersion: 1, position, config: { endpoint, orderNumber: 'vars.orderNumber', statusVariable: 'status', ...config } },
      { id: 'found', type: 'end', typeVersion: 1, position, config: { message: 'Your order is {{vars.status}}.' } },
      { id: 'missing', type: 'end', typeVersion: 1, position, config: { message: 'There is no such order.' } },
      { id: 'failed', type: 'end', typeVersion: 1, position, config: { message: 'The order system is not answering.' } },
    ],
    edges: [
      { id: 'e1', source: 'start', sourcePort: 'next', target: 'ask' },
      { id: 'e2', source: 'ask', sourcePort: 'answered', target: 'lookup' },
      { id: 'e3', source: 'lookup', sourcePort: 'found', target: 'found' },
      { id: 'e4', source: 'lookup', sourcePort: 'not-found', target: 'missing' },
      { id: 'e5', source: 'lookup', sourcePort: 'error', target: 'failed' },
    ],
  } as FlowDocument;
}

describe('a plugin node in a published flow (templates/plugins/order-status)', () => {
  let test: TestDatabase;
  let api: Server;
  let endpoint: string;
  let allowed: KefuServices;
  let guarded: KefuServices;
  let plain: KefuServices;
  const seen: string[] = [];

  beforeAll(async () => {
    api = createServer((request, response) => {
      seen.push(request.url ?? '');
      if (request.url === '/orders/A100') response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"shipped"}');
      else if (request.url === '/orders/A%2F1%3F') response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"odd but found"}');
      else if (request.url === '/orders/BOOM') response.writeHead(500).end();
      else response.writeHead(404).end();
    });
    await new Promise<void>((done) => api.listen(0, '127.0.0.1', done));
    endpoint = `http://127.0.0.1:${(api.address() as AddressInfo).port}/orders/`;
    test = await createTestDatabase();
    const nodeTypes = await loadNodeTypes([examplePlugin]);
    const base = { database: test.database, dataDir: test.dataDir, secretKeyHex: 'ab'.repeat(32) };
    allowed = await openTestServices(test, { nodeTypes, config: { ...base, ssrfAllow: ['127.0.0.1'] } });
    guarded = await openTestServices(test, { nodeTypes });
    plain = await openTestServices(test);
    await allowed.app.publishing.publish({ flows: [orderFlow(endpoint)], settings: { ...echoSettings(), entryFlows: { en: 'orders' } }, message: 'v1', author: 't' });
  });
  afterAll(async () => {
    for (const services of [allowed, guarded, plain]) await services?.close();
    await test?.drop();
    api?.close();
  });

  async function answer(services: KefuServices, orderNumber: string): Promise<string[]> {
    const { conversationId, token, messages } = await services.chat.startConversation({});
    expect(messages.map((message) => message.text)).toEqual(['Order number?']);
    const reply = await services.chat.postMessage(conversationId, token, { clientMessageId: 'order', text: orderNumber });
    return reply.messages.map((message) => message.text ?? '');
  }

  it('leaves by each of its ports as the order API answers', async () => {
    expect(await answer(allowed, 'A100')).toEqual(['Your order is shipped.']);
    expect(await answer(allowed, 'Z999')).toEqual(['There is no such order.']);
    expect(await answer(allowed, 'BOOM')).toEqual(['The order system is not answering.']);
    // What the customer typed is one path segment, whatever it holds.
    expect(await answer(allowed, 'A/1?')).toEqual(['Your order is odd but found.']);
    expect(seen).toEqual(['/orders/A100', '/orders/Z999', '/orders/BOOM', '/orders/A%2F1%3F']);
  });

  it('cannot reach an internal address the operator did not allow (the SSRF guard)', async () => {
    const before = seen.length;
    expect(await answer(guarded, 'A100')).toEqual(['The order system is not answering.']);
    expect(seen).toHaveLength(before);
  });

  it('publishes only with the plugin loaded, and checks the node config against the plugin schema', async () => {
    const publish = (services: KefuServices, flow: FlowDocument) =>
      services.app.publishing.publish({ flows: [flow], settings: { ...echoSettings(), entryFlows: { en: 'orders' } }, message: 'v2', author: 't' }).then(
        () => null,
        (error: unknown) => error as { code: string; details?: { path: string; message: string }[] },
      );
    const unknown = await publish(plain, orderFlow(endpoint));
    expect(unknown).toMatchObject({ code: 'KEFU_ERR_FLOW_INVALID' });
    expect(JSON.stringify(unknown?.details)).toContain('unknown node type \\"acme/order-status\\"');
    const misspelt = await publish(allowed, orderFlow(endpoint, { statusVar: 'status' }));
    expect(misspelt).toMatchObject({ code: 'KEFU_ERR_FLOW_INVALID' });
    expect(misspelt?.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/flows/0/nodes/2/config', message: 'unknown field "statusVar" (misspelt?)' })]));
    const { catalog } = allowed.app;
    expect(catalog.find((entry) => entry.type === 'acme/order-status')?.source).toBe('@acme/kefu-order-status');
  });

  it('tells an instance without the plugin which published node types it cannot run', async () => {
    expect(await missingNodeTypes(plain.app)).toEqual({ version: 1, types: ['acme/order-status'] });
    expect(await missingNodeTypes(allowed.app)).toBeNull();
  });
});
