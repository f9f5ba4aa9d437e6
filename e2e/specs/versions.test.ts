import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ConsolePage } from '../pages/console-page.js';
import { launchBrowser } from '../support/browser.js';
import { keepScreenshotOnFailure, saveScreenshot } from '../support/screenshot.js';
import { signedInPage } from '../support/signed-in-page.js';
import { entryFlow } from '../support/templates.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

describe('versions', () => {
  let browser: Browser;
  let ui: ConsolePage;

  beforeAll(async () => {
    // A second version, published the way an operator would, beside the running server.
    await run(
      process.execPath,
      ['runtime/dist/cli.js', 'flow', 'publish', 'templates/flows/welcome-menu.en.json', '--message', 'Welcome flow reviewed', '--author', 'e2e'],
      { cwd: repoRoot, env: { ...process.env, KEFU_DATABASE_URL: inject('databaseUrl'), KEFU_DATA_DIR: inject('dataDir'), KEFU_LOG_LEVEL: 'warn' } },
    );
    browser = await launchBrowser();
    ui = new ConsolePage(await signedInPage(browser, 'en-US'), inject('baseUrl'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the versions newest first and rolls back to version 1 after a confirm', async (context) => {
    keepScreenshotOnFailure(context, ui.page);
    await ui.gotoFlows();
    await ui.gotoVersions();
    const rows = ui.versionList.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('Welcome flow reviewed');
    expect(await rows.nth(0).textContent()).toContain('Current');
    expect(await ui.page.getByTestId('version-rollback-2').count()).toBe(0); // the current one has no rollback

    await ui.page.getByTestId('version-rollback-1').click();
    await ui.page.getByTestId('confirm-dialog').waitFor();
    await ui.page.getByTestId('confirm-ok').click();

    await expect.poll(() => rows.count()).toBe(3);
    const newest = (await rows.nth(0).textContent()) ?? '';
    expect(newest).toContain('v3');
    expect(newest).toContain('Rollback of version 1');
    expect(newest).toContain('Current');
    await ui.page.getByRole('status').waitFor();
    await saveScreenshot(ui.page, 'versions');
  });

  it('shows an older version’s flows and opens one at that version', async (context) => {
    keepScreenshotOnFailure(context, ui.page);
    await ui.page.getByTestId('version-row-2').getByRole('link').click();
    await ui.page.waitForURL('**/versions/2');
    await ui.flowList.waitFor();
    const welcome = entryFlow('en');
    await ui.flowList.getByRole('link', { name: welcome.name }).click();
    await ui.canvas.waitFor();
    expect(ui.page.url()).toContain(`/flows/${welcome.id}?version=2`);
    expect(await ui.page.locator('.flow-page__bar').textContent()).toContain('Not the current version');
  });
});
