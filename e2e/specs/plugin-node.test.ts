/**
 * A plugin's node type in the editor, as a designer meets it: the runtime loads the
 * example plugin (templates/plugins/order-status) from KEFU_PLUGINS, the palette offers
 * "Order status" under Integrations, its form is built from the plugin's schema (its own
 * labels, checked as you type like a built-in node's), and the simulator runs it with the
 * server's executor and guarded HTTP client against a small order API on 127.0.0.1
 * (allowed by KEFU_SSRF_ALLOW).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowEditorPage } from '../pages/flow-editor.js';
import { LoginPage } from '../pages/login-page.js';
import { PublishControls } from '../pages/publish-controls.js';
import { createAccount } from '../support/accounts.js';
import { launchBrowser, newPage } from '../support/browser.js';
import { keepScreenshotOnFailure, saveScreenshot } from '../support/screenshot.js';
import { startRuntime, type RunningRuntime } from '../support/start-runtime.js';

const FLOW_ID = 'order-lookup';
const PLUGIN_TYPE = 'acme/order-status';
const NOT_FOUND_TEXT = 'Sorry, there is no order with that number.';

interface OrderApi {
  url: string;
  /** The requests it got, as "METHOD /path", in order. */
  requests: string[];
  close(): Promise<void>;
}

/** The shop's order system: GET /orders/A100 is a shipped order, anything else is 404. */
async function startOrderApi(): Promise<OrderApi> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    if (request.method === 'GET' && request.url === '/orders/A100') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'shipped' }));
    } else {
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'no such order' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface SavedNode {
  id: string;
  type: string;
  config: Record<string, unknown>;
}

/** The stored draft's nodes, read over the console API with the page's session. */
async function savedNodes(page: Page, baseUrl: string, flowId: string): Promise<SavedNode[]> {
  const input = encodeURIComponent(JSON.stringify({ flowId }));
  const response = await page.request.get(`${baseUrl}/trpc/flows.getDraft?input=${input}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: { document: { nodes: SavedNode[] } } } }).result.data.document.nodes;
}

describe('a plugin node type in the editor and the simulator', () => {
  let runtime: RunningRuntime;
  let orderApi: OrderApi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    orderApi = await startOrderApi();
    runtime = await startRuntime('plugin-node', {
      demo: true,
      // A folder relative to the runtime's working directory (the repository root).
      env: { KEFU_PLUGINS: 'templates/plugins/order-status', KEFU_SSRF_ALLOW: '127.0.0.1' },
    });
    const designer = await createAccount(runtime.baseUrl, runtime.env, 'plugin-designer', 'designer');
    browser = await launchBrowser();
    page = await newPage(browser, 'en-US');
    await new LoginPage(page, runtime.baseUrl).signIn(designer.username, designer.password);
  });
  afterAll(async () => {
    await browser?.close();
    await runtime?.stop();
    await orderApi?.close();
  });

  it('is dragged from the palette, configured through its schema form, checked, and run in the simulator', async (context) => {
    keepScreenshotOnFailure(context, page);
    const editor = new FlowEditorPage(page, runtime.baseUrl);
    const controls = new PublishControls(page);
    const endpoint = `${orderApi.url}/orders`;

    await editor.createFlow({ name: 'Order lookup', id: FLOW_ID });
    expect(await editor.renderedNodeIds()).toEqual(['start']);

    // The variables the question fills and the plugin node writes.
    await page.getByTestId('variable-add').click();
    await page.getByTestId('variable-0').getByRole('textbox').first().fill('orderNumber');
    await page.getByTestId('variable-add').click();
    await page.getByTestId('variable-1').getByRole('textbox').first().fill('status');

    // The plugin's node type is in the palette, under Integrations, by its title.
    const integrations = page.getByTestId('palette').locator('section.palette__group', { has: page.getByRole('heading', { name: 'Integrations' }) });
    const paletteItem = integrations.getByTestId(`palette-item-${PLUGIN_TYPE}`);
    await paletteItem.waitFor();
    expect(await paletteItem.textContent()).toBe('Order status');

    // Room for six cards (a dropped node is selected, so its form narrows the canvas),
    // then every node dragged from the palette; positions are the cards' centres.
    await editor.zoomOut(3);
    await editor.moveNode('start', 20, 20);
    const canvasLeft = (await editor.canvas.boundingBox())?.x ?? NaN;
    await expect.poll(async () => ((await editor.node('start').boundingBox())?.x ?? NaN) - canvasLeft).toBeLessThan(100);
    const ask = await editor.dragFromPalette('ask', 290, 60);
    const lookup = await editor.dragFromPalette(PLUGIN_TYPE, 480, 60);
    const found = await editor.dragFromPalette('message', 670, 60);
    const done = await editor.dragFromPalette('end', 670, 200);
    const notFound = await editor.dragFromPalette('end', 480, 230);
    expect(await editor.node(lookup).getAttribute('data-node-type')).toBe(PLUGIN_TYPE);
    expect((await editor.renderedNodeIds()).sort()).toEqual(['start', ask, lookup, found, done, notFound].sort());
    // Its card shows the plugin's ports; the implicit error port shows once it is selected.
    for (const port of ['found', 'not-found']) await editor.port(lookup, port).waitFor();

    // The form comes from the plugin's schema: its title, its labels, one field per property.
    await editor.select(lookup);
    await editor.port(lookup, 'error').waitFor();
    expect(await editor.configPanel.locator('.side-panel__name').textContent()).toBe('Order status');
    expect(await editor.configPanel.locator('.schema-form__field > .field__label').allTextContents()).toEqual(['Order API*', 'Order number*', 'Save status to*']);
    expect(await editor.configPanel.getByLabel('Order API').getAttribute('data-testid')).toBe('field-endpoint');
    expect(await editor.configPanel.getByLabel('Save status to').getAttribute('data-testid')).toBe('field-statusVariable');
    await editor.field('/orderNumber').locator('.monaco-editor').waitFor();

    // Checked like a built-in node: the empty required fields are problems at the field
    // and in the problems panel, on this node.
    const problemsAtField = (name: string) => editor.configPanel.getByTestId(`problem-field-${name}`);
    for (const field of ['endpoint', 'orderNumber', 'statusVariable']) await problemsAtField(field).first().waitFor();
    const endpointProblem = editor.problemsOf(lookup).filter({ hasText: '/config/endpoint' });
    await expect.poll(() => endpointProblem.count()).toBe(1);

    // An endpoint that is not a URL stays a problem; a URL clears it.
    await editor.field('/endpoint').fill('orders api');
    await expect.poll(async () => (await problemsAtField('endpoint').allTextContents()).join(' ')).toMatch(/\buri\b|\burl\b/i);
    await expect.poll(() => endpointProblem.count()).toBe(1);
    await editor.field('/endpoint').fill(endpoint);
    await expect.poll(() => problemsAtField('endpoint').count()).toBe(0);
    await expect.poll(() => endpointProblem.count()).toBe(0);

    await editor.fillExpression('/orderNumber', 'vars.orderNumber');
    await expect.poll(() => problemsAtField('orderNumber').count()).toBe(0);
    await editor.field('/statusVariable').selectOption('status');
    await expect.poll(() => problemsAtField('statusVariable').count()).toBe(0);
    await expect.poll(() => editor.problemsOf(lookup).filter({ hasText: '/config/' }).count()).toBe(0);

    // The other forms: the question, the two answers.
    await editor.select(ask);
    await editor.field('/prompt').fill('What is your order number?');
    await editor.field('/variable').selectOption('orderNumber');
    await editor.select(found);
    await editor.field('/text').fill('Your order is {{vars.status}}.');
    await editor.select(notFound);
    await editor.field('/message').fill(NOT_FOUND_TEXT);

    // start → ask → order status; found → the status → end; not found → the apology.
    await editor.connect('start', 'next', ask);
    await editor.connect(ask, 'answered', lookup);
    await editor.connect(lookup, 'found', found);
    await editor.connect(lookup, 'not-found', notFound);
    await editor.connect(found, 'next', done);
    await expect.poll(() => editor.edges.count()).toBe(5);
    await expect.poll(() => editor.problemsPanel.getAttribute('data-count')).toBe('0');

    // Tidied and saved, with the plugin node's config as typed.
    await page.getByTestId('flow-layout').click();
    await editor.save();
    const saved = (await savedNodes(page, runtime.baseUrl, FLOW_ID)).find((node) => node.id === lookup);
    expect(saved).toMatchObject({ type: PLUGIN_TYPE, config: { endpoint, orderNumber: 'vars.orderNumber', statusVariable: 'status' } });

    // The docs' picture: the whole flow with the plugin node selected and its form open.
    await page.getByTestId('flow-fit').click();
    await editor.select(lookup);
    await editor.viewportSettled();
    await saveScreenshot(page, 'plugin-node');

    // The simulator runs the draft with the server's executor: A100 is shipped…
    await editor.canvas.click({ position: { x: 5, y: 5 } });
    await editor.configPanel.waitFor({ state: 'detached' });
    await controls.openSimulator();
    // The simulator narrows the canvas: fit the flow so every card is drawn (and its path mark readable).
    await page.getByTestId('flow-fit').click();
    expect(await controls.botTexts(1)).toEqual(['What is your order number?']);
    await controls.say('A100');
    await page.getByText('The conversation has ended.').waitFor();
    expect(await controls.botTexts(2)).toEqual(['What is your order number?', 'Your order is shipped.']);
    expect(await page.getByTestId('simulator-var-status').textContent()).toContain('"shipped"');
    for (const nodeId of [lookup, found, done]) await expect.poll(() => editor.node(nodeId).getAttribute('class')).toContain('kefu-node--path');
    expect(await editor.node(notFound).getAttribute('class')).not.toContain('kefu-node--path');

    // …and Z999 is not an order: the not-found port.
    await page.getByTestId('simulator-restart').click();
    await expect.poll(() => controls.botMessages.allTextContents()).toEqual(['What is your order number?']);
    await controls.say('Z999');
    await page.getByText('The conversation has ended.').waitFor();
    expect(await controls.botTexts(2)).toEqual(['What is your order number?', NOT_FOUND_TEXT]);
    await expect.poll(() => editor.node(notFound).getAttribute('class')).toContain('kefu-node--path');

    // Both lookups reached the order API, and nothing else did.
    expect(orderApi.requests).toEqual(['GET /orders/A100', 'GET /orders/Z999']);
  });
});
