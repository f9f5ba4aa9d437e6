/**
 * `kefu kb …` as maintainers and CI jobs run it: the built CLI in a child process, on the
 * database named by KEFU_DATABASE_URL (SQLite, or PostgreSQL in the PG run).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

describe('kefu kb', () => {
  let test: TestDatabase;
  const env = () => ({ ...process.env, KEFU_DATABASE_URL: test.url, KEFU_DATA_DIR: test.dataDir, KEFU_SECRET_KEY: 'ef'.repeat(32), KEFU_LOG_LEVEL: 'warn' });
  const kefu = (args: string[], input?: string) => spawnSync(process.execPath, [cli, 'kb', ...args], { env: env(), input: input ?? '', encoding: 'utf8', cwd: test.dataDir });
  const file = (name: string, content: string) => {
    const path = join(test.dataDir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('refuses a file with bad rows: every problem as file:row N, exit 1, nothing written', () => {
    const bad = file('bad.jsonl', ['{"id":"x1","question":"ok","answer":"fine"}', '{"id":"x1","question":"dup","answer":"again"}', 'not json', '{"question":"no answer"}'].join('\n'));
    const result = kefu(['import', bad, '--kb', 'shop', '--locale', 'en']);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `${bad}:row 2: id: The id "x1" is also on row 1.`,
      expect.stringMatching(new RegExp(`^${bad}:row 3: Not valid JSON`)),
      `${bad}:row 4: answer: The answer is required (and must not be only HTML).`,
      `${bad}: 3 problem(s); nothing was imported`,
    ]);
    expect(kefu(['export', '--kb', 'shop']).stdout).toBe('');
  }, 120_000);

  it('imports, answers queries streamed on stdin as JSON lines, exports and re-imports in place', () => {
    const rows = [
      { id: 'huabei-repay', question: '花呗怎么还款', answer: '打开支付宝 > 花呗 > 还款。', similar: ['花呗如何还钱', '怎么还花呗'] },
      { id: 'jiebei-limit', question: '借呗额度怎么提升', answer: '保持良好的还款记录。', similar: ['怎么提高借呗额度'] },
      { id: 'reset-password', question: 'How do I reset my password?', answer: 'Use **Forgot password**.', similar: ['forgot my password'] },
    ];
    const source = file('kb.jsonl', rows.map((row) => JSON.stringify(row)).join('\n'));
    const imported = kefu(['import', source, '--kb', 'shop', '--locale', 'zh-CN']);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(`Imported ${source} into shop: 3 created, 0 updated, 0 removed`);
    expect(imported.stdout).toMatch(/Model shop v1 active/);

    const searched = kefu(['search', '--kb', 'shop', '--top', '2', '--json'], '花呗如何还钱\n\nforgot my password\n');
    expect(searched.status).toBe(0);
    const lines = searched.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { query: string; decision: string; hits: { id: string; question: string; score: number }[] });
    expect(lines.map((line) => [line.query, line.hits[0]?.id])).toEqual([
      ['花呗如何还钱', 'huabei-repay'],
      ['forgot my password', 'reset-password'],
    ]);
    expect(lines[0]?.hits.length).toBeLessThanOrEqual(2);
    expect(['answer', 'suggest', 'none']).toContain(lines[0]?.decision);
    expect(Object.keys(lines[0]?.hits[0] ?? {})).toEqual(['id', 'question', 'score']);

    const readable = kefu(['search', '--kb', 'shop', '借呗额度怎么提升']);
    expect(readable.stdout.split('\n')[1]).toMatch(/^ {2}1\. \d\.\d{3} {2}jiebei-limit {2}借呗额度怎么提升$/);

    const xlsx = join(test.dataDir, 'shop.xlsx');
    expect(kefu(['export', '--kb', 'shop', '--format', 'xlsx', '--out', xlsx]).status).toBe(0);
    const csv = kefu(['export', '--kb', 'shop', '--format', 'csv']).stdout;
    expect(csv.split('\n')[0]).toBe('\uFEFFid,question,answer,similar,category,tags');
    const edited = file('shop.csv', csv.replace('保持良好的还款记录。', '按时还款即可提升。'));
    const again = kefu(['import', edited, '--kb', 'shop']);
    expect(again.stdout).toContain('0 created, 1 updated, 0 removed');
    expect(kefu(['import', xlsx, '--kb', 'shop', '--dry-run']).stdout).toContain('Would import');
  }, 300_000);

  it('retrains on demand and explains an unknown knowledge base', () => {
    const retrained = kefu(['retrain', '--kb', 'shop']);
    expect(retrained.status).toBe(0);
    expect(retrained.stdout).toMatch(/^Model shop v\d+ active: top-1 n\/a/);
    const missing = kefu(['search', '--kb', 'nope', 'hello']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('KEFU_ERR_NOT_FOUND: There is no knowledge base "nope".');
  }, 120_000);
});
