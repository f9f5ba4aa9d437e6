/**
 * Building a flow in the editor from an empty canvas, as a designer does: drag node
 * types from the palette, connect ports by dragging, fill the forms, see a problem and
 * fix it, save, reload and find it saved; a second editor with a stale copy is told.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FlowEditorPage } from '../pages/flow-editor.js';
import { launchBrowser } from '../support/browser.js';
import { keepScreenshotOnFailure, saveScreenshot } from '../support/screenshot.js';
import { signedInPage } from '../support/signed-in-page.js';

const FLOW_ID = 'e2e-built';

interface SavedDraft {
  document: {
    id: string;
    name: string;
    locale: string;
    variables: { name: string; type: string }[];
    nodes: { id: string; type: string; config: Record<string, unknown> }[];
    edges: { source: string; sourcePort: string; target: string }[];
  };
}

/** The stored draft, read over the console API with the page's session (what a reload would show). */
async function draftOverApi(page: Page, flowId: string): Promise<SavedDraft> {
  const input = encodeURIComponent(JSON.stringify({ flowId }));
  const response = await page.request.get(`${inject('baseUrl')}/trpc/flows.getDraft?input=${input}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: never } }).result.data;
}

describe('the flow editor', () => {
  let browser: Browser;
  let editor: FlowEditorPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    editor = new FlowEditorPage(await signedInPage(browser, 'en-US'), inject('baseUrl'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('builds a flow by dragging from the palette, shows and fixes a problem, and saves it', async (context) => {
    keepScreenshotOnFailure(context, editor.page);
    await editor.createFlow({ name: 'E2E built flow', id: FLOW_ID });
    expect(await editor.renderedNodeIds()).toEqual(['start']);

    const message = await editor.dragFromPalette('message', 420, 160);
    const end = await editor.dragFromPalette('end', 760, 200);
    expect(message).toBe('message');
    expect(end).toBe('end');

    await editor.connect('start', 'next', message);
    await editor.connect(message, 'next', end);
    await expect.poll(() => editor.edges.count()).toBe(2);

    // The dropped message has an empty text: the problems panel says so, on that node.
    await expect.poll(() => editor.problemsOf(message).count()).toBeGreaterThan(0);
    await editor.problemsOf(message).first().click();
    await editor.configPanel.waitFor();
    expect(await editor.configPanel.getAttribute('data-node-id')).toBe(message);
    await editor.field('/text').fill('Hello from the editor!');
    await expect.poll(() => editor.problemsOf(message).count()).toBe(0);
    await expect.poll(() => editor.problemsPanel.getAttribute('data-count')).toBe('0');

    // Tidy layout puts the three nodes left to right, in the order of the arrows.
    await editor.page.getByTestId('flow-layout').click();
    const left = async (nodeId: string) => (await editor.node(nodeId).boundingBox())?.x ?? NaN;
    await expect.poll(async () => (await left('start')) < (await left(message)) && (await left(message)) < (await left(end))).toBe(true);

    // Leaving with unsaved work asks first; declining stays in the editor.
    let asked = '';
    editor.page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await editor.page.getByRole('link', { name: 'All flows' }).click();
    expect(asked).toContain('not saved');
    await editor.page.getByTestId('palette').waitFor();
    expect(editor.page.url()).toContain(`/drafts/${FLOW_ID}`);

    await editor.save();
    await editor.select(message);
    await saveScreenshot(editor.page, 'editor-build');

    await editor.page.reload();
    await editor.node(message).waitFor();
    expect((await editor.renderedNodeIds()).sort()).toEqual(['end', 'message', 'start']);
    await expect.poll(() => editor.edges.count()).toBe(2);
    const saved = await draftOverApi(editor.page, FLOW_ID);
    expect(saved.document.nodes.find((node) => node.id === message)?.config).toEqual({ text: 'Hello from the editor!' });
    expect(saved.document.edges.map((edge) => `${edge.source}.${edge.sourcePort}->${edge.target}`).sort()).toEqual(['message.next->end', 'start.next->message']);
  });

  it('undoes and redoes with the keyboard, deletes, multi-selects, copies and pastes', async (context) => {
    keepScreenshotOnFailure(context, editor.page);
    await editor.gotoDraft(FLOW_ID);
    await editor.select('end');
    await editor.page.keyboard.press('Delete');
    await expect.poll(() => editor.renderedNodeIds()).not.toContain('end');
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.renderedNodeIds()).toContain('end');
    await expect.poll(() => editor.edges.count()).toBe(2);
    await editor.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => editor.renderedNodeIds()).not.toContain('end');
    await editor.page.keyboard.press('Control+z');
    await expect.poll(() => editor.renderedNodeIds()).toContain('end');

    // Shift+click adds to the selection; copy and paste makes new ids and keeps the arrow between the copies.
    await editor.node('end').click({ position: { x: 60, y: 30 }, modifiers: ['Shift'] });
    await editor.node('message').click({ position: { x: 60, y: 30 }, modifiers: ['Shift'] });
    await expect.poll(() => editor.canvas.locator('.react-flow__node.selected').count()).toBe(2);
    await editor.page.keyboard.press('Control+c');
    await editor.page.keyboard.press('Control+v');
    await expect.poll(async () => (await editor.renderedNodeIds()).sort()).toEqual(['end', 'end-2', 'message', 'message-2', 'start']);
    await expect.poll(() => editor.edges.count()).toBe(3);
    await editor.page.keyboard.press('Control+z');
    await expect.poll(async () => (await editor.renderedNodeIds()).sort()).toEqual(['end', 'message', 'start']);
    await editor.save();
  });

  it('declares a flow variable with no node selected', async (context) => {
    keepScreenshotOnFailure(context, editor.page);
    await editor.gotoDraft(FLOW_ID);
    await editor.page.getByTestId('flow-settings').waitFor();
    await editor.page.getByTestId('variable-add').click();
    await editor.page.getByTestId('variable-0').getByRole('textbox').first().fill('orderId');
    await editor.save();
    expect((await draftOverApi(editor.page, FLOW_ID)).document.variables).toEqual([{ name: 'orderId', type: 'string' }]);
  });

  it('finds a node with Ctrl+F and shows the whole document as JSON', async (context) => {
    keepScreenshotOnFailure(context, editor.page);
    await editor.gotoDraft(FLOW_ID);
    await editor.canvas.click({ position: { x: 5, y: 5 } });
    await editor.page.keyboard.press('Control+f');
    await editor.page.getByTestId('find-node').fill('Hello from');
    await editor.page.keyboard.press('Enter');
    await editor.configPanel.waitFor();
    expect(await editor.configPanel.getAttribute('data-node-id')).toBe('message');
    await editor.page.getByTestId('tab-json').click();
    await editor.page.getByTestId('json-tab').locator('.monaco-editor').waitFor();
    expect(await editor.page.getByTestId('json-tab').textContent()).toContain('e2e-built');
  });

  it('starts a flow from a template and edits a published flow through its draft', async (context) => {
    keepScreenshotOnFailure(context, editor.page);
    await editor.createFlow({ name: 'Collect, my copy', id: 'my-collect', template: 'collect-info', locale: 'zh-CN' });
    await expect.poll(async () => (await editor.renderedNodeIds()).length).toBeGreaterThan(3);
    expect((await draftOverApi(editor.page, 'my-collect')).document).toMatchObject({ id: 'my-collect', name: 'Collect, my copy', locale: 'zh-CN' });

    await editor.gotoFlows();
    const published = (await editor.listedFlowIds())[0] ?? '';
    await editor.openFlow(published);
    await editor.page.getByTestId('flow-edit').click();
    await editor.page.waitForURL(`**/drafts/${published}`);
    await editor.page.getByTestId('palette').waitFor();
    expect((await draftOverApi(editor.page, published)).document.id).toBe(published);

    // A draft nobody wants is discarded from the flows page, after a confirm.
    await editor.gotoFlows();
    await editor.page.getByTestId('draft-delete-my-collect').click();
    await editor.page.getByTestId('confirm-ok').click();
    await editor.page.getByTestId('draft-row-my-collect').waitFor({ state: 'detached' });
    await editor.page.getByTestId(`draft-row-${published}`).waitFor();
  });

  it('tells a second editor whose copy is stale, and never overwrites silently', async (context) => {
    keepScreenshotOnFailure(context, editor.page);
    await editor.gotoDraft(FLOW_ID);
    const other = new FlowEditorPage(await signedInPage(browser, 'en-US'), inject('baseUrl'));
    keepScreenshotOnFailure(context, other.page);
    await other.gotoDraft(FLOW_ID);

    // The first editor saves a change.
    await editor.select('message');
    await editor.field('/text').fill('First editor wins');
    await editor.save();

    // The second one, still on the old revision, edits and saves: a conflict, not an overwrite.
    await other.select('message');
    await other.field('/text').fill('Second editor, stale');
    await other.page.getByTestId('flow-save').click();
    await other.conflictDialog.waitFor();
    await other.page.locator('[data-testid="save-status"][data-status="conflict"]').waitFor();
    expect((await draftOverApi(other.page, FLOW_ID)).document.nodes.find((node) => node.id === 'message')?.config).toEqual({ text: 'First editor wins' });

    // "Keep mine" first shows what differs, node by node.
    await other.page.getByTestId('conflict-keep').click();
    expect(await other.page.getByTestId('conflict-diff').textContent()).toContain('message');
    await other.page.getByTestId('conflict-reload').click();
    await other.conflictDialog.waitFor({ state: 'detached' });
    await other.select('message');
    expect(await other.field('/text').inputValue()).toBe('First editor wins');
    await other.page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();

    // Another round: this time the stale editor keeps its work as a copy of the draft.
    await editor.field('/text').fill('First editor again');
    await editor.save();
    await other.field('/text').fill('Mine, as a copy');
    await other.page.getByTestId('flow-save').click();
    await other.conflictDialog.waitFor();
    await other.page.getByTestId('conflict-copy').click();
    await other.page.waitForURL(`**/drafts/${FLOW_ID}-copy`);
    await other.page.getByTestId('palette').waitFor();
    const copy = await draftOverApi(other.page, `${FLOW_ID}-copy`);
    expect(copy.document.nodes.find((node) => node.id === 'message')?.config).toEqual({ text: 'Mine, as a copy' });
    expect((await draftOverApi(other.page, FLOW_ID)).document.nodes.find((node) => node.id === 'message')?.config).toEqual({ text: 'First editor again' });
    await other.page.close();
  });
});
