/**
 * The README's newcomer path on an installation of its own (an empty database, so the
 * first-run setup shows): create the first admin, sign in, create an agent, and check
 * that the agent, signing in for the first time in another browser, must choose a
 * password and then sees only what the role matrix allows — in the console and when
 * calling the API directly.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from '../pages/login-page.js';
import { launchBrowser, newPage } from '../support/browser.js';
import { keepScreenshotOnFailure, saveScreenshot } from '../support/screenshot.js';
import { startRuntime, type RunningRuntime } from '../support/start-runtime.js';

const ADMIN = { username: 'founder', password: 'Founder-pass-2024' };
const AGENT = { username: 'mei', displayName: 'Mei Lin', skillGroup: 'billing', password: 'Mei-own-password-1' };

/** What the browser gets when it calls a tRPC procedure itself, with its own session cookie. */
async function trpcFromPage(page: Page, path: string, kind: 'query' | 'mutation', input?: unknown): Promise<{ status: number; code: string | null }> {
  return page.evaluate(
    async ({ path, kind, input }) => {
      const init: RequestInit =
        kind === 'query' ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input ?? null) };
      const response = await fetch(`/trpc/${path}`, init);
      const body = (await response.json()) as { error?: { data?: { code?: string } } };
      return { status: response.status, code: body.error?.data?.code ?? null };
    },
    { path, kind, input },
  );
}

describe('newcomer path', () => {
  let runtime: RunningRuntime;
  let browser: Browser;
  let admin: Page;
  let agent: Page;
  let temporaryPassword = '';

  beforeAll(async () => {
    runtime = await startRuntime('newcomer', { demo: true });
    browser = await launchBrowser();
    admin = await newPage(browser, 'en-US');
    agent = await newPage(browser, 'en-US'); // its own context: no cookie of the admin
  });
  afterAll(async () => {
    await browser?.close();
    await runtime?.stop();
  });

  it('creates the first admin on the setup page of an empty installation', async (context) => {
    keepScreenshotOnFailure(context, admin);
    const status = await fetch(`${runtime.baseUrl}/api/v1/auth/status`).then((response) => response.json());
    expect(status).toMatchObject({ setupRequired: true, user: null });

    await new LoginPage(admin, runtime.baseUrl).setUp(ADMIN.username, ADMIN.password);
    for (const section of ['flows', 'versions', 'users', 'audit']) {
      expect(await admin.getByTestId(`nav-${section}`).count(), section).toBe(1);
    }
    // Setup happens once: afterwards the endpoint refuses and the status says so.
    const again = await fetch(`${runtime.baseUrl}/api/v1/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'intruder', password: 'Intruder-pass-1' }),
    });
    expect(again.status).toBe(409);
  });

  it('creates an agent with a skill group and shows the temporary password once', async (context) => {
    keepScreenshotOnFailure(context, admin);
    await admin.getByTestId('nav-users').click();
    await admin.getByTestId('user-list').waitFor();
    await admin.getByTestId('users-new').click();
    await admin.getByTestId('user-form-username').fill(AGENT.username);
    await admin.getByTestId('user-form-display-name').fill(AGENT.displayName);
    await admin.getByTestId('user-form-role-agent').check();
    await admin.getByTestId('user-form-skill-groups').fill(AGENT.skillGroup);
    await admin.getByTestId('user-form-submit').click();

    temporaryPassword = (await admin.getByTestId('temporary-password').textContent()) ?? '';
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
    await admin.getByTestId('temporary-password-done').click();

    const row = admin.getByTestId(`user-row-${AGENT.username}`);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(AGENT.displayName);
    expect(text).toContain('Agent');
    expect(text).toContain(AGENT.skillGroup);
    expect(text).toContain('Must change password');
    await saveScreenshot(admin, 'users');
  });

  it('records the setup and the new user in the audit log', async (context) => {
    keepScreenshotOnFailure(context, admin);
    await admin.getByTestId('nav-audit').click();
    const rows = admin.getByTestId('audit-row');
    await rows.first().waitFor();
    const actions = await rows.evaluateAll((elements) => elements.map((row) => row.getAttribute('data-action')));
    expect(actions).toContain('user.create');
    await saveScreenshot(admin, 'audit');
  });

  it('makes the agent choose a password at the first sign-in', async (context) => {
    keepScreenshotOnFailure(context, agent);
    const login = new LoginPage(agent, runtime.baseUrl);
    await login.goto();
    await saveScreenshot(agent, 'login');
    await login.submit(AGENT.username, 'not-the-password');
    expect(await login.error.textContent()).toBe('Wrong user name or password.');

    await login.submit(AGENT.username, temporaryPassword);
    await agent.getByTestId('password-new').waitFor();
    // Nothing but the password change is served meanwhile.
    expect(await trpcFromPage(agent, 'account.me', 'query')).toMatchObject({ status: 200 });
    expect(await trpcFromPage(agent, 'conversations.list', 'query')).toMatchObject({ status: 403, code: 'FORBIDDEN' });

    await login.changePassword(temporaryPassword, AGENT.password);
    // The change ends the user's sessions; if it ended this one too, sign in with the new password.
    const landed = await Promise.race([
      agent.getByTestId('nav-account').waitFor().then(() => 'console' as const),
      agent.getByTestId('login-username').waitFor().then(() => 'login' as const),
    ]);
    if (landed === 'login') await login.signIn(AGENT.username, AGENT.password);
    await agent.getByTestId('nav-account').waitFor();
  });

  it('shows the agent only what the role allows', async (context) => {
    keepScreenshotOnFailure(context, agent);
    // No flows for an agent: the home page sends them to their own account.
    await agent.goto(`${runtime.baseUrl}/`);
    await agent.waitForURL('**/account');
    await agent.getByTestId('account-password').waitFor();
    for (const section of ['flows', 'versions', 'users', 'audit']) {
      expect(await agent.getByTestId(`nav-${section}`).count(), section).toBe(0);
    }
    expect(await agent.getByTestId('nav-chat').count()).toBe(1); // the public bot, as customers see it
    for (const path of ['/users', '/audit', '/versions']) {
      await agent.goto(`${runtime.baseUrl}${path}`);
      await agent.getByTestId('forbidden').waitFor();
      expect(await agent.locator('[data-testid^="version-rollback-"]').count()).toBe(0);
    }
    // The API refuses as well, whatever the console shows.
    expect(await trpcFromPage(agent, 'users.list', 'query')).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await trpcFromPage(agent, 'audit.list', 'query')).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await trpcFromPage(agent, 'versions.rollback', 'mutation', { version: 1 })).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await trpcFromPage(agent, 'account.me', 'query')).toMatchObject({ status: 200 });
  });

  it('lets the agent start two-factor enrolment from their account', async (context) => {
    keepScreenshotOnFailure(context, agent);
    await agent.getByTestId('nav-account').click();
    await agent.getByTestId('totp-begin').click();
    await agent.getByTestId('totp-qr').waitFor();
    expect(await agent.getByTestId('totp-secret').textContent()).toMatch(/^[A-Z2-7]{16,}$/);
    // The 2FA card is the last on the page: show it whole, below the header.
    await agent.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await saveScreenshot(agent, 'account-2fa');
  });

  it('signs the agent out, and a stale page then lands on the login page', async (context) => {
    keepScreenshotOnFailure(context, agent);
    await agent.getByTestId('logout').click();
    await agent.getByTestId('login-username').waitFor();
    expect(await trpcFromPage(agent, 'account.me', 'query')).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
  });
});
