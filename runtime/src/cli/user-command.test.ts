/**
 * `kefu user …` as an operator runs it: the built CLI in a child process, on the
 * database named by KEFU_DATABASE_URL (SQLite, or PostgreSQL in the PG run), with the
 * password on stdin or in --password.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices, type KefuServices } from '../store/open-services.js';
import { silentLogger } from '../test-support/open-test-services.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

describe('kefu user', () => {
  let test: TestDatabase;
  const env = () => ({ ...process.env, KEFU_DATABASE_URL: test.url, KEFU_DATA_DIR: test.dataDir, KEFU_SECRET_KEY: 'ef'.repeat(32), KEFU_LOG_LEVEL: 'warn' });
  const kefu = (args: string[], input?: string) => spawnSync(process.execPath, [cli, 'user', ...args], { env: env(), input: input ?? '', encoding: 'utf8' });

  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => {
    await test?.drop();
  });

  async function withServices<T>(work: (services: KefuServices) => Promise<T>): Promise<T> {
    const services = await openServices({ config: { database: test.database, dataDir: test.dataDir, secretKeyHex: 'ef'.repeat(32) }, logger: silentLogger });
    try {
      return await work(services);
    } finally {
      await services.close();
    }
  }

  it('creates an admin with the password from stdin, who can then log in', async () => {
    const created = kefu(['create', '--username', 'Root', '--role', 'admin', '--display-name', 'The Root'], 'Root-password-1\n');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/^Created user root \([0-9a-f-]{36}\) with roles admin\n$/);
    const login = await withServices(({ app }) => app.accounts.login({ username: 'root', password: 'Root-password-1', ip: '127.0.0.1' }));
    expect(login.user).toMatchObject({ displayName: 'The Root', roles: ['admin'], mustChangePassword: false });
  });

  it('creates an agent with --password and skill groups, lists and disables users', async () => {
    const created = kefu(['create', '--username', 'agent1', '--role', 'agent', '--password', 'Agent-password-1', '--skill-group', 'billing', '--skill-group', 'vip']);
    expect(created.status).toBe(0);
    const listed = kefu(['list']);
    expect(listed.stdout.split('\n').filter(Boolean)).toEqual(['agent1\tagent\tbilling,vip\tactive', 'root\tadmin\t-\tactive']);
    const disabled = kefu(['disable', 'AGENT1']);
    expect(disabled.status).toBe(0);
    expect(kefu(['list']).stdout).toContain('agent1\tagent\tbilling,vip\tdisabled');
    await expect(withServices(({ app }) => app.accounts.login({ username: 'agent1', password: 'Agent-password-1', ip: '127.0.0.1' }))).rejects.toMatchObject({
      code: 'KEFU_ERR_LOGIN_FAILED',
    });
  }, 60_000);

  it('explains bad input with the field and exits 1', () => {
    const weak = kefu(['create', '--username', 'weak', '--role', 'agent'], 'short\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/KEFU_ERR_PASSWORD_POLICY: A password needs at least 10 characters/);
    const role = kefu(['create', '--username', 'x1', '--role', 'boss', '--password', 'Whatever-pass-1']);
    expect(role.stderr).toMatch(/KEFU_ERR_BAD_REQUEST: Unknown role "boss"/);
    const empty = kefu(['create', '--username', 'x2', '--role', 'agent'], '');
    expect(empty.stderr).toMatch(/No password on stdin/);
    const taken = kefu(['create', '--username', 'root', '--role', 'agent', '--password', 'Another-pass-1']);
    expect(taken.stderr).toMatch(/KEFU_ERR_USERNAME_TAKEN/);
    expect(kefu(['disable', 'ghost']).stderr).toMatch(/KEFU_ERR_NOT_FOUND: No user "ghost"/);
  }, 90_000);
});
