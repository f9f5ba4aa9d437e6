/**
 * The knowledge base over a real database: SQLite by default, PostgreSQL when
 * KEFU_TEST_DATABASE_URL is set. Search runs the real retrieval engine.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeanDb } from '../db/lean-db.js';
import { migrate } from '../db/migrate.js';
import { openLeanDb } from '../db/open-lean-db.js';
import { silentLogger } from '../test-support/open-test-services.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { SqlKbService } from './sql-kb-service.js';

let test: TestDatabase;
let db: LeanDb;
let clock = Date.parse('2026-03-01T00:00:00Z');
let kb: SqlKbService;

const jsonl = (rows: unknown[]) => Buffer.from(rows.map((row) => JSON.stringify(row)).join('\n'), 'utf8');
const count = async (table: string, base: string) => Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE kb = ?`, [base]))?.n);

beforeAll(async () => {
  test = await createTestDatabase();
  await migrate(test.database);
  db = openLeanDb(test.database);
  kb = new SqlKbService({ db, logger: silentLogger, retrainDelayMs: null, now: () => clock });
});
afterAll(async () => {
  await kb?.close();
  await db?.close();
  await test?.drop();
});

describe('knowledge bases and articles', () => {
  it('creates the default KB on demand and other KBs on request', async () => {
    expect((await kb.listBases()).map((base) => base.name)).toEqual(['default']);
    const banking = await kb.createBase({ name: 'banking', title: 'Banking', locale: 'en' });
    expect(banking).toMatchObject({ name: 'banking', articleCount: 0, thresholds: { answer: expect.any(Number), suggest: expect.any(Number) } });
    await expect(kb.createBase({ name: 'banking', title: 'Again', locale: 'en' })).rejects.toMatchObject({ code: 'KEFU_ERR_BAD_REQUEST', path: '/name' });
    await expect(kb.createBase({ name: 'no/slashes', title: 'Bad', locale: 'en' })).rejects.toMatchObject({ code: 'KEFU_ERR_BAD_REQUEST', path: '/name' });
    await expect(kb.saveArticle('nope', { question: 'q', answer: 'a' }, null, 'ann')).rejects.toMatchObject({ code: 'KEFU_ERR_NOT_FOUND' });
    const updated = await kb.updateBase('banking', { thresholds: { answer: 0.7, suggest: 0.3 } });
    expect(updated.thresholds).toEqual({ answer: 0.7, suggest: 0.3 });
  });

  it('saves with optimistic revisions, sanitises answers and keeps the history', async () => {
    const created = await kb.saveArticle('banking', { id: 'lost-card', question: ' Lost my card ', similar: ['card stolen', 'card stolen', ''], answer: 'Call [us](javascript:alert(1)) <script>x</script>now', category: ['Cards', 'Lost'] }, null, 'ann');
    expect(created).toMatchObject({ id: 'lost-card', question: 'Lost my card', similar: ['card stolen'], answer: 'Call us now', revision: 1, status: 'published', locale: 'en', updatedBy: 'ann' });
    await expect(kb.saveArticle('banking', { id: 'lost-card', question: 'x', answer: 'y' }, null, 'bob')).rejects.toMatchObject({ code: 'KEFU_ERR_DRAFT_CONFLICT' });
    const updated = await kb.saveArticle('banking', { ...created, answer: 'Call 95588.' }, 1, 'bob');
    expect(updated.revision).toBe(2);
    await expect(kb.saveArticle('banking', { ...created, answer: 'stale' }, 1, 'carl')).rejects.toMatchObject({ code: 'KEFU_ERR_DRAFT_CONFLICT' });
    await expect(kb.saveArticle('banking', { question: '', answer: '<b></b>' }, null, 'ann')).rejects.toMatchObject({
      code: 'KEFU_ERR_BAD_REQUEST',
      path: '/article/question',
      details: [{ path: '/article/question' }, { path: '/article/answer' }],
    });
    const history = await kb.history('banking', 'lost-card');
    expect(history.map((entry) => [entry.revision, entry.change, entry.changedBy, entry.before?.answer ?? null])).toEqual([
      [2, 'update', 'bob', 'Call us now'],
      [1, 'create', 'ann', null],
    ]);
    expect(await count('kb_articles', 'banking')).toBe(1);
  });

  it('lists with text, category, tag and status filters, and derives the category tree', async () => {
    await kb.saveArticle('banking', { id: 'fees', question: 'What are the fees?', answer: 'None.', category: ['Cards', 'Fees'], tags: ['pricing'] }, null, 'ann');
    await kb.saveArticle('banking', { id: 'draft-1', question: 'Upcoming product', answer: 'Soon.', status: 'draft', category: ['Loans'] }, null, 'ann');
    const ids = async (query: Parameters<SqlKbService['listArticles']>[1]) => (await kb.listArticles('banking', query)).articles.map((article) => article.id).sort();
    expect(await ids({ text: 'STOLEN' })).toEqual(['lost-card']);
    expect(await ids({ category: ['Cards'] })).toEqual(['fees', 'lost-card']);
    expect(await ids({ category: ['Cards', 'Fees'] })).toEqual(['fees']);
    expect(await ids({ tag: 'pricing' })).toEqual(['fees']);
    expect(await ids({ status: 'draft' })).toEqual(['draft-1']);
    expect(await kb.listArticles('banking', { limit: 1 })).toMatchObject({ total: 3, articles: [expect.anything()] });
    const tree = await kb.categories('banking');
    expect(tree.map((node) => [node.name, node.count, node.children.map((child) => child.name)])).toEqual([
      ['Cards', 2, ['Fees', 'Lost']],
      ['Loans', 1, []],
    ]);
  });

  it('searches published articles within their validity window only', async () => {
    await kb.saveArticle('banking', { id: 'promo', question: 'Spring cashback promotion', similar: ['cashback offer'], answer: 'Until May.', validFrom: '2026-04-01T00:00:00Z', validTo: '2026-05-01T00:00:00Z' }, null, 'ann');
    const found = async (query: string) => (await kb.search('banking', query, { top: 3 })).hits.map((hit) => hit.id);
    expect(await found('I lost my card')).toContain('lost-card');
    expect(await found('Upcoming product')).not.toContain('draft-1');
    expect(await found('cashback promotion')).not.toContain('promo');
    expect(await kb.article('banking', 'promo')).toBeNull();
    clock = Date.parse('2026-04-15T00:00:00Z');
    expect((await found('cashback promotion'))[0]).toBe('promo');
    expect(await kb.article('banking', 'promo')).toMatchObject({ id: 'promo' });
    clock = Date.parse('2026-05-02T00:00:00Z');
    expect(await found('cashback promotion')).not.toContain('promo');
    await kb.deleteArticle('banking', 'fees', 'ann');
    expect(await found('What are the fees?')).not.toContain('fees');
    expect((await kb.history('banking', 'fees'))[0]).toMatchObject({ change: 'delete', before: { id: 'fees' } });
  });
});

describe('import and export', () => {
  it('reports every bad row and writes nothing', async () => {
    await kb.createBase({ name: 'imports', title: 'Imports', locale: 'zh-CN' });
    const content = Buffer.from(
      [
        JSON.stringify({ id: 'a1', question: '花呗怎么还款', answer: '在支付宝里还款。', similar: ['花呗如何还钱'] }),
        '{"id": "a2", "question": broken}',
        JSON.stringify({ id: 'a1', question: '重复', answer: 'x' }),
        JSON.stringify({ question: '没有答案' }),
        JSON.stringify({ question: 'q', answer: 'a', similar: 'not a list?', colour: 'red' }),
      ].join('\n'),
    );
    const report = await kb.importArticles('imports', 'jsonl', content, { author: 'ann' });
    expect(report.ok).toBe(false);
    expect(report.problems.map((problem) => [problem.row, problem.field ?? null])).toEqual([
      [2, null],
      [3, 'id'],
      [4, 'answer'],
      [5, 'colour'],
    ]);
    expect(report.problems[0]?.message).toMatch(/Not valid JSON/);
    expect(await count('kb_articles', 'imports')).toBe(0);
    expect(await count('kb_article_revisions', 'imports')).toBe(0);
  });

  it('imports, then re-imports with ids in place (revisions and history), and replace removes the rest', async () => {
    const rows = [
      { id: 'a1', question: '花呗怎么还款', answer: '在支付宝里还款。', similar: ['花呗如何还钱'], category: '花呗 / 还款', tags: ['花呗'] },
      { id: 'a2', question: '借呗额度怎么提升', answer: '按时还款。', similar: [] },
      { question: '如何修改密码', answer: '在设置里修改。' },
    ];
    const dry = await kb.importArticles('imports', 'jsonl', jsonl(rows), { author: 'ann', dryRun: true });
    expect(dry).toEqual({ ok: true, created: 3, updated: 0, removed: 0, problems: [] });
    expect(await count('kb_articles', 'imports')).toBe(0);
    expect(await kb.importArticles('imports', 'jsonl', jsonl(rows), { author: 'ann' })).toMatchObject({ ok: true, created: 3 });
    expect(await kb.getArticle('imports', 'a1')).toMatchObject({ category: ['花呗', '还款'], tags: ['花呗'], locale: 'zh-CN', revision: 1 });
    expect((await kb.search('imports', '花呗如何还款', { top: 1 })).hits[0]?.id).toBe('a1');

    const again = [{ ...rows[0], answer: '打开支付宝 > 花呗 > 还款。' }, rows[1]!, rows[2]!];
    expect(await kb.importArticles('imports', 'jsonl', jsonl(again), { author: 'bob' })).toMatchObject({ ok: true, created: 0, updated: 1, removed: 0 });
    expect(await kb.getArticle('imports', 'a1')).toMatchObject({ answer: '打开支付宝 > 花呗 > 还款。', revision: 2, updatedBy: 'bob' });
    expect((await kb.history('imports', 'a1'))[0]).toMatchObject({ change: 'update', before: { answer: '在支付宝里还款。' } });
    expect(await count('kb_articles', 'imports')).toBe(3);

    // Two imports racing to create the same article: the loser writes nothing and says so.
    const racing = jsonl([{ id: 'race', question: '并发导入', answer: '只写一次。' }]);
    const outcomes = await Promise.allSettled([kb.importArticles('imports', 'jsonl', racing, { author: 'a' }), kb.importArticles('imports', 'jsonl', racing, { author: 'b' })]);
    expect(outcomes.some((outcome) => outcome.status === 'fulfilled')).toBe(true);
    for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ code: 'KEFU_ERR_DRAFT_CONFLICT' });
    expect((await kb.history('imports', 'race')).filter((entry) => entry.change === 'create')).toHaveLength(1);
    expect(await kb.importArticles('imports', 'jsonl', jsonl([rows[0]]), { author: 'bob', replace: true })).toMatchObject({ ok: true, removed: 3 });
    expect((await kb.listArticles('imports')).articles.map((article) => article.id)).toEqual(['a1']);
    expect((await kb.search('imports', '借呗额度怎么提升', { top: 3 })).hits.map((hit) => hit.id)).not.toContain('a2');
  });

  it.each(['jsonl', 'csv', 'xlsx'] as const)('round-trips %s through export', async (format) => {
    const source = `round-${format}`;
    await kb.createBase({ name: source, title: source, locale: 'en' });
    await kb.importArticles(
      source,
      'jsonl',
      jsonl([
        { id: 'r1', question: 'Where is my parcel?', answer: 'Track it [here](https://example.com/track).\n\n- step 1\n- step 2', similar: ['parcel status', 'where is my order'], category: ['Orders', 'Delivery'], tags: ['orders', 'delivery'] },
        { id: 'r2', question: '退货政策是什么', answer: '七天无理由退货。', similar: [], category: [], tags: [] },
      ]),
      { author: 'ann' },
    );
    const exported = await kb.exportArticles(source, format);
    expect(exported.filename).toBe(`${source}-articles.${format}`);
    const target = `copy-${format}`;
    await kb.createBase({ name: target, title: target, locale: 'en' });
    expect(await kb.importArticles(target, format, exported.content, { author: 'ann' })).toMatchObject({ ok: true, created: 2 });
    const strip = (articles: Awaited<ReturnType<SqlKbService['listArticles']>>['articles']) =>
      articles.map(({ id, question, answer, similar, category, tags }) => ({ id, question, answer, similar, category, tags })).sort((a, b) => a.id.localeCompare(b.id));
    expect(strip((await kb.listArticles(target)).articles)).toEqual(strip((await kb.listArticles(source)).articles));
    // Re-importing the same export changes nothing.
    expect(await kb.importArticles(target, format, exported.content, { author: 'ann' })).toMatchObject({ ok: true, created: 0, updated: 0 });
  });

  it('reads Chinese headers and reports unknown columns with the row', async () => {
    await kb.createBase({ name: 'sheets', title: 'Sheets', locale: 'zh-CN' });
    const csv = Buffer.from('标准问题,答案,相似问题,分类,标签\n怎么开发票,在订单页申请。,开发票|要发票,"财务 / 发票","财务,发票"\n', 'utf8');
    expect(await kb.importArticles('sheets', 'csv', csv, { author: 'ann' })).toMatchObject({ ok: true, created: 1 });
    expect((await kb.listArticles('sheets')).articles[0]).toMatchObject({ similar: ['开发票', '要发票'], category: ['财务', '发票'], tags: ['财务', '发票'] });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('a');
    sheet.addRow(['question', 'answer', 'colour']);
    sheet.addRow(['q1', 'a1', 'red']);
    sheet.addRow(['', 'answer without question', '']);
    const report = await kb.importArticles('sheets', 'xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), { author: 'ann' });
    expect(report.problems.map((problem) => [problem.row, problem.field ?? null])).toEqual([
      [1, 'colour'],
      [2, null],
      [3, 'question'],
    ]);
    expect(await count('kb_articles', 'sheets')).toBe(1);
  });
});

describe('the unanswered loop', () => {
  it('groups similar questions, ranks groups by volume and resolves them', async () => {
    await kb.createBase({ name: 'loop', title: 'Loop', locale: 'zh-CN' });
    await kb.saveArticle('loop', { id: 'refund', question: '怎么退款', answer: '在订单页申请退款。' }, null, 'ann');
    const context = [{ from: 'bot' as const, text: '您好' }];
    for (const question of ['发票怎么开', '发票怎么开？', '怎么开发票', '你们几点下班']) {
      await kb.logUnanswered({ kb: 'loop', question, reason: 'no-answer', context, conversationId: 'c1' });
    }
    await kb.recordFeedback({ kb: 'loop', articleId: 'refund', rating: 'down', question: '退款多久到账', context });
    await kb.recordFeedback({ kb: 'loop', articleId: 'refund', rating: 'up', question: '怎么退款', context });
    expect(await count('kb_feedback', 'loop')).toBe(2);

    const { groups, total } = await kb.listUnanswered('loop');
    expect(total).toBe(3);
    expect(groups[0]).toMatchObject({ representative: '发票怎么开', count: 3, status: 'new' });
    expect(groups[0]?.questions[0]).toMatchObject({ reason: 'no-answer', context });
    expect(groups.find((group) => group.representative === '退款多久到账')?.questions[0]?.reason).toBe('thumbs-down');

    const invoices = groups[0]!;
    await expect(kb.resolveUnanswered('loop', invoices.id, { action: 'add-similar', articleId: 'missing' }, 'ann')).rejects.toMatchObject({ code: 'KEFU_ERR_NOT_FOUND' });
    expect(await kb.resolveUnanswered('loop', invoices.id, { action: 'pending', note: 'mine' }, 'ann')).toMatchObject({ status: 'pending' });
    await expect(kb.resolveUnanswered('loop', invoices.id, { action: 'pending' }, 'ann')).rejects.toMatchObject({ code: 'KEFU_ERR_BAD_REQUEST', path: '/resolution/action' });
    const applied = await kb.resolveUnanswered('loop', invoices.id, { action: 'create-article', article: { id: 'invoice', question: '如何开发票', answer: '在订单页申请发票。' } }, 'ann');
    expect(applied.status).toBe('applied');
    expect((await kb.getArticle('loop', 'invoice'))?.similar.sort()).toEqual(['发票怎么开', '发票怎么开？', '怎么开发票'].sort());
    expect((await kb.listTestCases('loop')).map((entry) => entry.expectedId)).toEqual(['invoice', 'invoice', 'invoice']);
    await expect(kb.resolveUnanswered('loop', invoices.id, { action: 'dismiss' }, 'ann')).rejects.toMatchObject({ code: 'KEFU_ERR_BAD_REQUEST' });

    const refund = groups.find((group) => group.representative === '退款多久到账')!;
    await kb.resolveUnanswered('loop', refund.id, { action: 'add-similar', articleId: 'refund' }, 'ann');
    expect(await kb.getArticle('loop', 'refund')).toMatchObject({ similar: ['退款多久到账'], revision: 2 });
    expect((await kb.search('loop', '退款多久到账', { top: 1 })).hits[0]?.id).toBe('refund');
    // A new question like a resolved group's starts a new group.
    await kb.logUnanswered({ kb: 'loop', question: '发票怎么开', reason: 'no-answer', context: [] });
    expect((await kb.listUnanswered('loop', { status: 'new' })).groups.map((group) => group.representative).sort()).toEqual(['你们几点下班', '发票怎么开']);
  });

  it('records model versions evaluated on the test set', async () => {
    // The server builds every KB's index at start.
    await expect(kb.warmUp()).resolves.toBeUndefined();
    const first = await kb.retrain('loop');
    expect(first).toMatchObject({ kb: 'loop', version: 1, active: true, testCases: 4, articleCount: 2 });
    expect(first.top1).toBeGreaterThanOrEqual(0.5);
    const second = await kb.retrain('loop');
    expect(second).toMatchObject({ version: 2, active: true });
    expect((await kb.listModels('loop')).map((model) => [model.version, model.active])).toEqual([
      [2, true],
      [1, false],
    ]);
    // Only the active version keeps its bytes; a new process starts from them.
    expect(Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM kb_models WHERE kb = ? AND model IS NOT NULL', ['loop']))?.n)).toBe(1);
    const warnings: unknown[] = [];
    const restarted = new SqlKbService({ db, logger: { ...silentLogger, warn: (...args: unknown[]) => void warnings.push(args) }, retrainDelayMs: null, now: () => clock });
    expect((await restarted.search('loop', '退款多久到账', { top: 1 })).hits[0]?.id).toBe('refund');
    expect(warnings).toEqual([]);
    await restarted.close();
  });
});
