import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ConsolePage } from '../pages/console-page.js';
import { KbPage } from '../pages/kb-page.js';
import { LoginPage } from '../pages/login-page.js';
import { apiLogin, callTrpc, createAccount } from '../support/accounts.js';
import { launchBrowser, newPage } from '../support/browser.js';
import { logUnanswered } from '../support/kb-unanswered.js';
import { keepScreenshotOnFailure, saveScreenshot } from '../support/screenshot.js';
import { signedInPage } from '../support/signed-in-page.js';

const KB = 'e2e-faq';

const ARTICLES = [
  {
    id: 'lost-card',
    question: 'I lost my bank card',
    answer: 'Freeze the card at once in the app under **Cards → Freeze**, then order a new one.',
    similar: ['my card is lost', 'I cannot find my card', 'card stolen what do I do'],
    category: 'Cards / Lost card',
    tags: ['card'],
  },
  {
    id: 'opening-hours',
    question: 'When are you open?',
    answer: 'Our branches are open Monday to Friday, 9:00 to 17:00.',
    similar: ['opening hours', 'what time do branches open', 'are you open on Saturday'],
    category: 'Branches',
  },
  {
    id: 'change-pin',
    question: 'How do I change my PIN?',
    answer: 'In the app: **Cards → Change PIN**.',
    similar: ['reset my pin', 'new pin code', 'forgot my PIN'],
    category: 'Cards / PIN',
    tags: ['card', 'security'],
  },
];

const jsonl = (rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

describe('knowledge base console', () => {
  let browser: Browser;
  let kb: KbPage;
  let cookie: string;

  const articleTotal = async () => {
    const listed = await callTrpc(inject('baseUrl'), cookie, 'kb.articles.list', 'query', { kb: KB });
    return (listed.body as { result: { data: { total: number } } }).result.data.total;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    kb = new KbPage(await signedInPage(browser, 'en-US'), inject('baseUrl'));
    cookie = (await apiLogin(inject('baseUrl'), { username: inject('adminUsername'), password: inject('adminPassword') })).cookie;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a file with a bad row, naming the row, and imports nothing', async (context) => {
    keepScreenshotOnFailure(context, kb.page);
    await kb.open();
    await kb.createBase(KB, 'E2E FAQ');
    await kb.tab('import');
    const [first, second, third] = ARTICLES;
    // Line 2 has no answer: the whole file is refused.
    await kb.chooseImportFile('faq.jsonl', jsonl([first!, { ...second!, answer: undefined }, third!]));
    await kb.importReport.waitFor();
    expect(await kb.importReport.getAttribute('data-ok')).toBe('false');
    const problem = kb.page.getByTestId('kb-import-problem-2');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('answer');
    expect(await kb.page.getByTestId('kb-import-confirm').count()).toBe(0);
    expect(await articleTotal()).toBe(0);
    await saveScreenshot(kb.page, 'kb-import-report');
  });

  it('imports the corrected file after the check', async (context) => {
    keepScreenshotOnFailure(context, kb.page);
    await kb.chooseImportFile('faq.jsonl', jsonl(ARTICLES));
    await expect.poll(() => kb.importReport.getAttribute('data-ok')).toBe('true');
    expect(await kb.importReport.textContent()).toContain('creates 3');
    expect(await articleTotal()).toBe(0); // the check alone writes nothing
    await kb.page.getByTestId('kb-import-confirm').click();
    await expect.poll(() => kb.importReport.textContent()).toContain('3 created');
    expect(await articleTotal()).toBe(3);

    // The export reads back as the same articles.
    const download = kb.page.waitForEvent('download');
    await kb.page.getByTestId('kb-export-jsonl').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.jsonl$/);
    const exported = readFileSync((await file.path())!, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; similar: string[] });
    expect(exported.map((row) => row.id).sort()).toEqual(ARTICLES.map((article) => article.id).sort());
    expect(exported.find((row) => row.id === 'lost-card')?.similar).toEqual(ARTICLES[0]!.similar);

    await kb.tab('articles');
    for (const article of ARTICLES) await kb.articleRow(article.id).waitFor();
    expect(await kb.articleRow('lost-card').textContent()).toContain('Cards / Lost card');
    expect(await kb.page.getByTestId('kb-status-counts').textContent()).toContain('3 articles');
    await saveScreenshot(kb.page, 'kb-articles');
  });

  it('answers a customer question with the right article in the retrieval test panel', async (context) => {
    keepScreenshotOnFailure(context, kb.page);
    await kb.tab('test');
    await kb.ask('my card is lost');
    await kb.decision.waitFor();
    expect(await kb.decision.getAttribute('data-decision')).toBe('answer');
    expect((await kb.hitIds())[0]).toBe('lost-card');
    expect(await kb.page.getByTestId('kb-latency').textContent()).toMatch(/ms$/);
    await saveScreenshot(kb.page, 'kb-test-panel');

    // Bands that contradict each other are refused, naming the field.
    await kb.page.getByTestId('kb-threshold-answer').fill('0.3');
    await kb.page.getByTestId('kb-threshold-suggest').fill('0.6');
    await kb.page.getByTestId('kb-thresholds-save').click();
    const refusal = kb.page.getByTestId('kb-thresholds').getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('/thresholds/suggest');

    // A retrain on demand adds a model version with its test-set figures, listed first.
    await kb.page.getByTestId('kb-retrain').click();
    const result = kb.page.getByTestId('kb-retrain-result');
    await result.waitFor();
    const version = await result.getAttribute('data-version');
    await expect.poll(() => kb.page.locator('[data-testid^="kb-model-version-"]').first().getAttribute('data-testid')).toBe(`kb-model-version-${version}`);
  });

  it('edits an article: a new similar question, saved with its history', async (context) => {
    keepScreenshotOnFailure(context, kb.page);
    await kb.tab('articles');
    await kb.articleRow('change-pin').getByRole('link').click();
    await kb.page.getByTestId('kb-article-editor').waitFor();
    await kb.page.getByTestId('kb-similar-input').fill('my PIN is blocked');
    await kb.page.getByTestId('kb-similar-add').click();
    await kb.page.getByTestId('kb-article-answer').fill('In the app: **Cards → Change PIN**. A blocked PIN unblocks after the change.');
    expect(await kb.page.getByTestId('kb-article-preview').innerHTML()).toContain('<strong>Cards → Change PIN</strong>');
    await saveScreenshot(kb.page, 'kb-article');
    await kb.page.getByTestId('kb-article-save').click();
    await kb.page.getByTestId('kb-article-saved').waitFor();
    await expect.poll(() => kb.page.getByTestId('kb-article-history').locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    const newest = (await kb.page.getByTestId('kb-article-history').locator('tbody tr').first().textContent()) ?? '';
    expect(newest).toContain('similar questions');
    expect(newest).toContain('answer');

    const saved = await callTrpc(inject('baseUrl'), cookie, 'kb.articles.get', 'query', { kb: KB, id: 'change-pin' });
    expect((saved.body as { result: { data: { similar: string[] } } }).result.data.similar).toContain('my PIN is blocked');
  });

  it('refuses a save over someone else’s change, and deletes only after a confirm', async (context) => {
    keepScreenshotOnFailure(context, kb.page);
    await kb.tab('articles');
    await kb.articleRow('opening-hours').getByRole('link').click();
    await kb.page.getByTestId('kb-article-editor').waitFor();
    // A colleague saves the same article meanwhile (revision 1 → 2).
    const stored = await callTrpc(inject('baseUrl'), cookie, 'kb.articles.get', 'query', { kb: KB, id: 'opening-hours' });
    const { revision, question, answer } = (stored.body as { result: { data: { revision: number; question: string; answer: string } } }).result.data;
    const colleague = await callTrpc(inject('baseUrl'), cookie, 'kb.articles.save', 'mutation', {
      kb: KB,
      article: { id: 'opening-hours', question, answer: `${answer} Closed on public holidays.` },
      expectedRevision: revision,
    });
    expect(colleague.status).toBe(200);
    await kb.page.getByTestId('kb-article-answer').fill('Open every day.');
    await kb.page.getByTestId('kb-article-save').click();
    const error = kb.page.getByTestId('kb-article-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Someone else saved this article');

    await kb.page.getByTestId('kb-article-delete').click();
    await kb.page.getByTestId('confirm-dialog').waitFor();
    await kb.page.getByTestId('confirm-ok').click();
    await kb.page.getByTestId('kb-article-list').waitFor();
    await kb.articleRow('lost-card').waitFor();
    await expect.poll(() => kb.articleRow('opening-hours').count()).toBe(0);
    expect(await articleTotal()).toBe(2);
  });

  it('reviews unanswered questions: ranked groups with context, a new article, questions added to an article', async (context) => {
    keepScreenshotOnFailure(context, kb.page);
    await logUnanswered(inject('databaseUrl'), inject('dataDir'), KB, [
      { question: 'Can I pay with Apple Pay?', context: [{ from: 'customer', text: 'hello' }, { from: 'bot', text: 'Hello! How can I help?' }] },
      { question: 'do you support apple pay', context: [] },
      { question: 'apple pay supported?', context: [] },
      { question: 'the ATM swallowed my card', context: [{ from: 'bot', text: 'Hello! How can I help?' }] },
    ]);
    await kb.tab('unanswered');
    const groups = kb.page.locator('[data-testid^="kb-unanswered-group-"]');
    await expect.poll(() => groups.count()).toBeGreaterThanOrEqual(2);
    const counts = (await groups.locator('td.num').allTextContents()).map(Number);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(4);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts); // largest first
    const apple = groups.filter({ hasText: /apple pay/i });
    expect(await apple.count()).toBe(1);
    expect(await apple.locator('td.num').textContent()).toBe('3');
    const appleId = (await apple.getAttribute('data-testid'))!.replace('kb-unanswered-group-', '');
    await kb.page.getByTestId(`kb-unanswered-toggle-${appleId}`).click();
    expect(await kb.page.locator('.row--detail').textContent()).toContain('Hello! How can I help?');
    await saveScreenshot(kb.page, 'kb-unanswered');

    // Nothing answers it yet: a new article, prefilled with the group's questions.
    await kb.page.getByTestId(`kb-unanswered-create-${appleId}`).click();
    await kb.page.getByTestId('kb-create-answer').fill('Yes: Apple Pay and Google Pay both work with our cards.');
    await kb.page.getByTestId('kb-create-submit').click();
    await kb.page.getByTestId('kb-unanswered-notice').waitFor();
    await expect.poll(() => apple.count()).toBe(0); // applied: no longer new
    expect(await articleTotal()).toBe(3);

    // An existing article answers the other one: its question becomes a similar question.
    const atm = groups.filter({ hasText: 'ATM' });
    const atmId = (await atm.getAttribute('data-testid'))!.replace('kb-unanswered-group-', '');
    await kb.page.getByTestId(`kb-unanswered-add-similar-${atmId}`).click();
    await kb.page.getByTestId('kb-picker-search').fill('lost');
    await kb.page.getByTestId('kb-picker-choose-lost-card').click();
    await expect.poll(() => atm.count()).toBe(0);
    const lostCard = await callTrpc(inject('baseUrl'), cookie, 'kb.articles.get', 'query', { kb: KB, id: 'lost-card' });
    expect((lostCard.body as { result: { data: { similar: string[] } } }).result.data.similar).toContain('the ATM swallowed my card');
  });

  it('lets an agent read the knowledge base without any control to change it', async (context) => {
    const env = { ...process.env, KEFU_DATABASE_URL: inject('databaseUrl'), KEFU_DATA_DIR: inject('dataDir'), KEFU_LOG_LEVEL: 'warn' };
    const account = await createAccount(inject('baseUrl'), env, 'kb-agent', 'agent');
    const page = await newPage(browser, 'en-US');
    keepScreenshotOnFailure(context, page);
    await new LoginPage(page, inject('baseUrl')).signIn(account.username, account.password);
    const agent = new KbPage(page, inject('baseUrl'));
    await page.goto(`${inject('baseUrl')}/kb?kb=${KB}`);
    await agent.articleRow('lost-card').waitFor();
    for (const control of ['kb-base-new', 'kb-article-new']) expect(await page.getByTestId(control).count(), control).toBe(0);
    await agent.articleRow('lost-card').getByRole('link').click();
    await page.getByTestId('kb-article-editor').waitFor();
    expect(await page.getByTestId('kb-article-question').isDisabled()).toBe(true);
    expect(await page.getByTestId('kb-article-save').count()).toBe(0);
    await agent.tab('import');
    await page.getByTestId('kb-export-jsonl').waitFor();
    expect(await page.getByTestId('kb-import-file').count()).toBe(0);
    await agent.tab('test');
    await agent.ask('my card is lost');
    await agent.decision.waitFor();
    expect(await page.getByTestId('kb-retrain').count()).toBe(0);
    expect(await page.getByTestId('kb-thresholds').count()).toBe(0);
    await page.context().close();
  });

  it('speaks Chinese when the console does', async (context) => {
    keepScreenshotOnFailure(context, kb.page);
    const ui = new ConsolePage(kb.page, inject('baseUrl'));
    await kb.tab('articles');
    await ui.switchLanguage('zh-CN');
    await expect.poll(() => kb.page.getByTestId('nav-kb').textContent()).toBe('知识库');
    expect(await kb.page.getByTestId('kb-tab-import').textContent()).toBe('导入与导出');
    expect(await kb.page.getByTestId('kb-status-counts').textContent()).toContain('已发布');
    expect(await kb.page.locator('h1').textContent()).toBe('知识库');
    await kb.articleRow('lost-card').waitFor();
    await saveScreenshot(kb.page, 'kb-articles.zh-CN');
    await ui.switchLanguage('en');
    await expect.poll(() => kb.page.getByTestId('nav-kb').textContent()).toBe('Knowledge base');
  });
});
