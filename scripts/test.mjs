#!/usr/bin/env node
// The project's one test command (`npm test`): build, lint and typecheck every workspace,
// then run every workspace's vitest suite on SQLite, and the database-backed suites again
// on PostgreSQL. Ends with one summary line "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const postgresUrl = process.env.KEFU_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const reportDir = mkdtempSync(join(tmpdir(), 'kefu-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, options = {}) {
  console.log(`\n━━ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
}

function vitest(label, workspace, env = {}) {
  const report = join(reportDir, `${label.replace(/\W+/g, '-')}.json`);
  run(label, 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    cwd: join(root, workspace),
    env: { ...process.env, ...env },
  });
  if (!existsSync(report)) {
    totals.failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
}

const startedAt = Date.now();
const onlyFast = process.argv.includes('--fast');
if (!run('build', 'npx', ['turbo', 'run', 'build'])) finish();
run('lint (generated files are up to date)', 'npx', ['turbo', 'run', 'lint']);
run('typecheck', 'npx', ['turbo', 'run', 'typecheck']);

for (const workspace of ['schemas', 'runtime', 'templates', 'editor']) {
  if (existsSync(join(root, workspace, 'vitest.config.ts'))) vitest(workspace === 'runtime' ? 'runtime (SQLite)' : workspace, workspace);
}
vitest('runtime (PostgreSQL)', 'runtime', { KEFU_TEST_DATABASE_URL: postgresUrl });
if (!onlyFast) vitest('e2e (Chromium)', 'e2e');
finish();

function finish() {
  console.log('');
  console.log(`Took ${Math.round((Date.now() - startedAt) / 1000)} s`);
  if (failures.length > 0) console.log(`Failed steps: ${failures.join(', ')}`);
  if (totals.skipped > 0) console.log(`Skipped tests: ${totals.skipped} (a skipped test is a defect)`);
  console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(failures.length > 0 || totals.failed > 0 || totals.skipped > 0 ? 1 : 0);
}
