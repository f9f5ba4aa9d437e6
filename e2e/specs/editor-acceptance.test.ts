/**
 * Issue 5's acceptance, as one continuous story in a real Chromium: from "New flow" and a
 * blank canvas, drag node types from the palette, connect their ports by dragging, fill
 * their forms, see a problem and fix it, run the draft in the simulator (path highlighted),
 * publish it after the diff, and a customer over the public chat API follows it; publish
 * a change, then roll back from the version history and a new conversation gets the
 * previous behaviour again.
 *
 * Runs on its own runtime without the demo flows, so the built flow is the only one and
 * `settings.entryFlows` names it (every locale's first flow is its entry unless one is
 * named): new customer conversations start in it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowEditorPage } from '../pages/flow-editor.js';
import { LoginPage } from '../pages/login-page.js';
import { PublishControls } from '../pages/publish-controls.js';
import { createAccount } from '../support/accounts.js';
import { launchBrowser, newPage } from '../support/browser.js';
import { Customer } from '../support/customer.js';
import { keepScreenshotOnFailure, saveScreenshot } from '../support/screenshot.js';
import { startRuntime, type RunningRuntime } from '../support/start-runtime.js';

const FLOW_ID = 'shop-help';

describe('issue 5 acceptance: build, check, simulate, publish, chat, roll back', () => {
  let runtime: RunningRuntime;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    runtime = await startRuntime('editor-acceptance', { demo: false });
    const admin = await createAccount(runtime.baseUrl, runtime.env, 'designer', 'admin');
    browser = await launchBrowser();
    page = await newPage(browser, 'en-US');
    await new LoginPage(page, runtime.baseUrl).signIn(admin.username, admin.password);
  });
  afterAll(async () => {
    await browser?.close();
    await runtime?.stop();
  });

  it('a flow built by dragging from the palette is simulated, published, followed by customers and rolled back', async (context) => {
    keepScreenshotOnFailure(context, page);
    const editor = new FlowEditorPage(page, runtime.baseUrl);
    const controls = new PublishControls(page);

    // A blank flow: only its start node.
    await editor.createFlow({ name: 'Shop help', id: FLOW_ID });
    expect(await editor.renderedNodeIds()).toEqual(['start']);

    // The variable the question fills, declared with no node selected.
    await page.getByTestId('variable-add').click();
    await page.getByTestId('variable-0').getByRole('textbox').first().fill('pick');

    // Room for six cards: zoom out and move the start node to the top left corner. Then
    // drag every other node from the palette (positions relative to the canvas).
    await editor.zoomOut(3);
    await editor.moveNode('start', 20, 20);
    const canvasLeft = (await editor.canvas.boundingBox())?.x ?? NaN;
    await expect.poll(async () => ((await editor.node('start').boundingBox())?.x ?? NaN) - canvasLeft).toBeLessThan(100);
    const greet = await editor.dragFromPalette('message', 290, 60);
    const menu = await editor.dragFromPalette('ask', 480, 60);
    const bye = await editor.dragFromPalette('end', 670, 60);
    const route = await editor.dragFromPalette('condition', 290, 250);
    const hours = await editor.dragFromPalette('message', 480, 250);
    expect((await editor.renderedNodeIds()).sort()).toEqual(['start', greet, menu, route, hours, bye].sort());

    // Forms: the greeting, the question with two choices, the branch, the other reply.
    await editor.select(greet);
    await editor.field('/text').fill('Welcome to the shop (v1)');
    await editor.select(menu);
    await editor.field('/prompt').fill('Hours or stop?');
    await editor.field('/variable').selectOption('pick');
    await editor.field('/validation/kind').selectOption({ label: 'One of the choices' });
    await editor.fillListItem('/validation/choices', 0, { id: 'hours', label: 'Hours' });
    await editor.fillListItem('/validation/choices', 1, { id: 'stop', label: 'Stop' });
    await editor.select(route);
    await editor.fillListItem('/branches', 0, { id: 'stop' });
    await editor.fillExpression('/branches/0/when', "vars.pick == 'stop'");
    await editor.select(hours);
    await editor.field('/text').fill('We open at 9 (v1)');
    await editor.select(bye);
    await editor.field('/message').fill('Bye');

    // Connect the ports by dragging; the branch port is named after the branch.
    await editor.connect('start', 'next', greet);
    await editor.connect(greet, 'next', menu);
    await editor.connect(route, 'stop', bye);
    await editor.connect(route, 'else', hours);
    await editor.connect(hours, 'next', bye);
    await expect.poll(() => editor.edges.count()).toBe(5);

    // The question's required "Answered" port is not connected: the problems panel says
    // so on that node, and the publish dialog refuses until it is fixed.
    const unconnected = editor.problemsOf(menu).filter({ hasText: '"answered"' });
    await expect.poll(() => unconnected.count()).toBe(1);
    let dialog = await controls.openPublish();
    await dialog.getByTestId('publish-errors').waitFor();
    expect(await dialog.getByTestId('publish-confirm').isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await editor.connect(menu, 'answered', route);
    await expect.poll(() => editor.edges.count()).toBe(6);
    await expect.poll(() => editor.problemsPanel.getAttribute('data-count')).toBe('0');

    // Saved and in view: the README's picture of the editor.
    await editor.save();
    await page.getByTestId('flow-fit').click();
    await editor.select(menu);
    await editor.viewportSettled();
    await saveScreenshot(page, 'editor');

    // The simulator runs the draft and highlights the path taken and the waiting node
    // (with no node selected and the whole flow in view, every card is on screen).
    await editor.canvas.click({ position: { x: 5, y: 5 } });
    await editor.configPanel.waitFor({ state: 'detached' });
    await controls.openSimulator();
    await page.getByTestId('flow-fit').click();
    expect(await controls.botTexts(2)).toEqual(['Welcome to the shop (v1)', 'Hours or stop?HoursStop']);
    await expect.poll(() => editor.node(menu).getAttribute('class')).toContain('kefu-node--active');
    expect(await editor.node(greet).getAttribute('class')).toContain('kefu-node--path');
    await controls.say('stop');
    await page.getByText('The conversation has ended.').waitFor();
    expect((await controls.botTexts(3))[2]).toBe('Bye');
    for (const nodeId of [route, bye]) await expect.poll(() => editor.node(nodeId).getAttribute('class')).toContain('kefu-node--path');
    expect(await editor.node(hours).getAttribute('class')).not.toContain('kefu-node--path');
    // Restarted, the other answer takes the other branch.
    await page.getByTestId('simulator-restart').click();
    await expect.poll(() => controls.botMessages.allTextContents()).toEqual(['Welcome to the shop (v1)', 'Hours or stop?HoursStop']);
    await controls.choose('hours');
    expect((await controls.botTexts(4)).slice(2)).toEqual(['We open at 9 (v1)', 'Bye']);
    await expect.poll(() => editor.node(hours).getAttribute('class')).toContain('kefu-node--path');
    expect(await page.getByTestId('simulator-var-pick').textContent()).toContain('"hours"');

    // Publish version 1: a message, the changes listed, confirm.
    dialog = await controls.openPublish();
    expect(await dialog.getByTestId(`change-node-${menu}`).getAttribute('data-change')).toBe('added');
    expect(await dialog.getByTestId('publish-confirm').isDisabled()).toBe(true); // no message yet
    await controls.confirmPublish('Shop help, first version');
    await expect.poll(() => page.getByTestId('publish-done').textContent()).toContain('version 1');

    // A customer now talks to the published flow.
    const first = await Customer.start(runtime.baseUrl);
    expect(first.greetingTexts).toEqual(['Welcome to the shop (v1)', 'Hours or stop?']);
    expect(await first.choose('hours')).toEqual(['We open at 9 (v1)', 'Bye']);

    // A changed greeting, published as version 2 after its diff; new customers get it.
    await editor.select(greet);
    await editor.field('/text').fill('Welcome to the shop (v2)');
    dialog = await controls.openPublish();
    expect(await dialog.getByTestId(`change-node-${greet}`).getAttribute('data-change')).toBe('changed');
    expect(await dialog.getByTestId(`change-node-${greet}`).textContent()).toContain('config.text');
    await dialog.locator('.monaco-diff-editor').first().waitFor();
    await controls.confirmPublish('Friendlier greeting');
    await expect.poll(() => page.getByTestId('publish-done').textContent()).toContain('version 2');
    expect((await Customer.start(runtime.baseUrl)).greetingTexts[0]).toBe('Welcome to the shop (v2)');

    // Rollback to version 1 from the history: a new conversation is greeted as before.
    await page.goto(`${runtime.baseUrl}/versions`);
    const list = page.getByTestId('version-list');
    await list.waitFor();
    await page.getByTestId('version-rollback-1').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => list.locator('tbody tr').count()).toBe(3);
    const afterRollback = await Customer.start(runtime.baseUrl);
    expect(afterRollback.greetingTexts[0]).toBe('Welcome to the shop (v1)');
    expect(await afterRollback.choose('stop')).toEqual(['Bye']);
  });
});
