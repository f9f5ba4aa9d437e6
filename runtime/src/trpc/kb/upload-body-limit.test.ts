import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestAccounts, type TestAccounts } from '../../accounts/test-support/open-test-accounts.js';
import { trpcPlugin } from '../fastify-plugin.js';
import { memoryAppContext } from '../test-support/memory-app-context.js';

describe('tRPC body limits', () => {
  let fixture: TestAccounts;
  let cookie: string;
  let server: FastifyInstance;
  beforeAll(async () => {
    fixture = await openTestAccounts({ realClock: true });
    const designer = await fixture.createUser('designer', ['designer']);
    const { token } = await fixture.accounts.login({ username: designer.username, password: designer.password, ip: '127.0.0.1' });
    cookie = `kefu_session=${token}`;
    server = Fastify({ bodyLimit: 64 * 1024 });
    await server.register(trpcPlugin, { prefix: '/trpc', app: memoryAppContext([], fixture.accounts) });
    await server.ready();
  });
  afterAll(async () => {
    await server?.close();
    await fixture?.close();
  });

  const post = (path: string, body: unknown) =>
    server.inject({ method: 'POST', url: `/trpc/${path}`, headers: { 'content-type': 'application/json', cookie }, payload: JSON.stringify(body) });

  it('accepts an XLSX upload of a few MB on kb.import', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('articles');
    sheet.addRow(['id', 'question', 'answer']);
    for (let row = 0; row < 1500; row += 1) sheet.addRow([`r${row}`, `Question number ${row}?`, randomBytes(1500).toString('base64')]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(content.length).toBeGreaterThan(2 * 1024 * 1024);
    const response = await post('kb.import', { kb: 'default', format: 'xlsx', contentBase64: content.toString('base64'), replace: false, dryRun: true });
    expect(response.statusCode).toBe(200);
    expect(response.json().result.data).toMatchObject({ ok: true, created: 1500 });
  }, 60_000);

  it('keeps the server limit for every other procedure', async () => {
    const response = await post('kb.articles.save', { kb: 'default', article: { question: 'q', answer: 'x'.repeat(70 * 1024) }, expectedRevision: null });
    expect(response.statusCode).toBe(413);
  });
});
