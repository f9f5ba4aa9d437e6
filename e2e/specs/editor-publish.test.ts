/**
 * Issue 5, publish side: a draft run in the editor's simulator (path highlighted on the
 * canvas), published with a message after reviewing the diff, then followed by a new
 * customer conversation over the public chat API while an open one keeps its version;
 * a rollback from the version history gives new conversations the previous behaviour.
 * Runs on its own runtime so its versions do not disturb the shared one's history.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowEditorPage } from '../pages/flow-editor.js';
import { LoginPage } from '../pages/login-page.js';
import { PublishControls } from '../pages/publish-controls.js';
import { apiLogin, callTrpc, createAccount, type Account } from '../support/accounts.js';
import { launchBrowser, newPage } from '../support/browser.js';
import { Customer } from '../support/customer.js';
import { keepScreenshotOnFailure, saveScreenshot } from '../support/screenshot.js';
import { startRuntime, type RunningRuntime } from '../support/start-runtime.js';

const FLOW_ID = 'shop-menu';

/** A greeting, a menu, and a reply whose wording tells the versions apart. */
function menuFlow(tag: string) {
  return {
    schemaVersion: 1,
    id: FLOW_ID,
    name: 'Shop menu',
    locale: 'en',
    variables: [{ name: 'pick', type: 'string' }],
    startNodeId: 'start',
    nodes: [
      { id: 'start', type: 'start', typeVersion: 1, position: { x: 0, y: 0 }, config: {} },
      { id: 'greet', type: 'message', typeVersion: 1, position: { x: 0, y: 170 }, config: { text: `Welcome to the shop (${tag})` } },
      {
        id: 'menu',
        type: 'ask',
        typeVersion: 1,
        position: { x: 0, y: 340 },
        config: { prompt: 'Hours or stop?', variable: 'pick', validation: { kind: 'choice', choices: [{ id: 'hours', label: 'Hours' }, { id: 'stop', label: 'Stop' }] } },
      },
      { id: 'route', type: 'condition', typeVersion: 1, position: { x: 0, y: 560 }, config: { branches: [{ id: 'stop', when: "vars.pick == 'stop'" }] } },
      { id: 'hours', type: 'message', typeVersion: 1, position: { x: 320, y: 560 }, config: { text: `We open at 9 (${tag})` } },
      { id: 'bye', type: 'end', typeVersion: 1, position: { x: 0, y: 760 }, config: { message: 'Bye' } },
    ],
    edges: [
      { id: 'e1', source: 'start', sourcePort: 'next', target: 'greet' },
      { id: 'e2', source: 'greet', sourcePort: 'next', target: 'menu' },
      { id: 'e3', source: 'menu', sourcePort: 'answered', target: 'route' },
      { id: 'e4', source: 'route', sourcePort: 'stop', target: 'bye' },
      { id: 'e5', source: 'route', sourcePort: 'else', target: 'hours' },
      { id: 'e6', source: 'hours', sourcePort: 'next', target: 'menu' },
    ],
  };
}

describe('editor: simulate, publish with a diff, roll back', () => {
  let runtime: RunningRuntime;
  let browser: Browser;
  let page: Page;
  let editor: FlowEditorPage;
  let controls: PublishControls;
  let admin: Account;
  let beforePublish: Customer;

  async function trpc(path: string, kind: 'query' | 'mutation', input?: unknown): Promise<unknown> {
    const { cookie } = await apiLogin(runtime.baseUrl, admin);
    const { status, body } = await callTrpc(runtime.baseUrl, cookie, path, kind, input);
    if (status !== 200) throw new Error(`${path} answered ${status}: ${JSON.stringify(body)}`);
    return (body as { result: { data: unknown } }).result.data;
  }

  beforeAll(async () => {
    runtime = await startRuntime('editor-publish', { demo: false });
    admin = await createAccount(runtime.baseUrl, runtime.env, 'publisher', 'admin');
    // Version 1 and a draft that changes two messages, seeded over the console API.
    const created = (await trpc('drafts.create', 'mutation', { from: 'blank', flowId: FLOW_ID, name: 'Shop menu', locale: 'en' })) as { summary: { revision: number } };
    const first = (await trpc('drafts.save', 'mutation', { document: menuFlow('v1'), expectedRevision: created.summary.revision })) as { revision: number };
    const published = (await trpc('flows.publish', 'mutation', { flowId: FLOW_ID, expectedRevision: first.revision, message: 'First shop menu' })) as { draftRevision: number };
    await trpc('drafts.save', 'mutation', { document: menuFlow('v2'), expectedRevision: published.draftRevision });
    beforePublish = await Customer.start(runtime.baseUrl);

    browser = await launchBrowser();
    page = await newPage(browser, 'en-US');
    await new LoginPage(page, runtime.baseUrl).signIn(admin.username, admin.password);
    editor = new FlowEditorPage(page, runtime.baseUrl);
    controls = new PublishControls(page);
  });
  afterAll(async () => {
    await browser?.close();
    await runtime?.stop();
  });

  it('runs the draft in the simulator and highlights the path and the waiting node', async (context) => {
    keepScreenshotOnFailure(context, page);
    await editor.gotoDraft(FLOW_ID);
    await controls.openSimulator();
    expect(await controls.botTexts(2)).toEqual(['Welcome to the shop (v2)', 'Hours or stop?HoursStop']);
    await expect.poll(() => editor.node('menu').getAttribute('class')).toContain('kefu-node--active');
    expect(await editor.node('greet').getAttribute('class')).toContain('kefu-node--path');

    await controls.choose('hours');
    expect((await controls.botTexts(4)).slice(2)).toEqual(['We open at 9 (v2)', 'Hours or stop?HoursStop']);
    await expect.poll(() => editor.node('hours').getAttribute('class')).toContain('kefu-node--path');
    expect(await page.getByTestId('simulator-var-pick').textContent()).toContain('"hours"');
    await saveScreenshot(page, 'editor-simulator');
    await controls.say('stop');
    await page.getByText('The conversation has ended.').waitFor();
    expect(await editor.node('bye').getAttribute('class')).toContain('kefu-node--path');
  });

  it('publishes after showing the changed nodes and the documents side by side', async (context) => {
    keepScreenshotOnFailure(context, page);
    const dialog = await controls.openPublish();
    expect(await dialog.getByTestId('change-node-greet').getAttribute('data-change')).toBe('changed');
    expect(await dialog.getByTestId('change-node-greet').textContent()).toContain('config.text');
    expect(await dialog.getByTestId('change-node-hours').getAttribute('data-change')).toBe('changed');
    expect(await dialog.getByTestId('publish-confirm').isDisabled()).toBe(true); // no message yet
    await dialog.locator('.monaco-diff-editor').first().waitFor();
    await saveScreenshot(page, 'editor-publish');
    await controls.confirmPublish('Say which version greets');
    expect(await page.getByTestId('publish-done').textContent()).toContain('version 2');
  });

  it('a new conversation follows the new version; the open one keeps its version', async () => {
    const after = await Customer.start(runtime.baseUrl);
    expect(after.greeting.map((message) => message.text)).toContain('Welcome to the shop (v2)');
    expect(await after.choose('hours')).toContain('We open at 9 (v2)');
    expect(beforePublish.greeting.map((message) => message.text)).toContain('Welcome to the shop (v1)');
    expect(await beforePublish.choose('hours')).toContain('We open at 9 (v1)');
  });

  it('rolls back from the version history: new conversations get the previous behaviour', async (context) => {
    keepScreenshotOnFailure(context, page);
    const onV2 = await Customer.start(runtime.baseUrl);
    await page.goto(`${runtime.baseUrl}/versions`);
    const list = page.getByTestId('version-list');
    await list.waitFor();
    expect(await page.getByTestId('version-changes-2').textContent()).toContain(`changed ${FLOW_ID}`);
    expect(await list.locator('tbody tr').first().textContent()).toContain('Say which version greets');
    await page.getByTestId('version-rollback-1').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => list.locator('tbody tr').count()).toBe(3);
    await saveScreenshot(page, 'editor-versions');

    const afterRollback = await Customer.start(runtime.baseUrl);
    expect(afterRollback.greeting.map((message) => message.text)).toContain('Welcome to the shop (v1)');
    expect(await onV2.choose('hours')).toContain('We open at 9 (v2)');
    const versions = (await trpc('versions.list', 'query')) as { version: number; rolledBackFrom: number | null; isCurrent: boolean }[];
    expect(versions[0]).toMatchObject({ version: 3, rolledBackFrom: 1, isCurrent: true });
  });

  it('compares an older version with the current one on its page', async (context) => {
    keepScreenshotOnFailure(context, page);
    await page.goto(`${runtime.baseUrl}/versions/2`);
    const compare = page.getByTestId('version-compare');
    await compare.getByTestId('flow-changes').waitFor();
    expect(await compare.getByTestId('change-node-greet').textContent()).toContain('config.text');
    expect(await compare.getByTestId('change-node-hours').getAttribute('data-change')).toBe('changed');
    await saveScreenshot(page, 'editor-version-compare');
  });
});
