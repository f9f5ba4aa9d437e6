/**
 * Crash safety from the outside: the built CLI (`npm run build -w @kefu/runtime` first)
 * is killed with SIGKILL mid-conversation and started again. Acknowledged messages
 * survive, a retried clientMessageId is not stored twice, and a session timeout that
 * fell due during the outage fires after the restart.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const SESSION_TIMEOUT_SECONDS = 15;

interface Reply {
  status: number;
  body: { conversationId?: string; token?: string; status?: string; messages: { seq: number; role: string; text: string }[] };
}

describe('SIGKILL crash and restart of `kefu serve`', () => {
  let test: TestDatabase;
  let env: NodeJS.ProcessEnv;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    expect(existsSync(cli), `${cli} is missing: run \`npm run build -w @kefu/runtime\` first`).toBe(true);
    test = await createTestDatabase();
    env = {
      ...process.env,
      KEFU_DATABASE_URL: test.url,
      KEFU_DATA_DIR: test.dataDir,
      KEFU_LOG_LEVEL: 'warn',
      KEFU_TIMER_POLL_MS: '100',
      HOST: '127.0.0.1',
    };
    const flowFile = join(test.dataDir, 'echo.json');
    const settingsFile = join(test.dataDir, 'settings.json');
    writeFileSync(flowFile, JSON.stringify(echoFlow()));
    writeFileSync(settingsFile, JSON.stringify(echoSettings(SESSION_TIMEOUT_SECONDS)));
    const published = spawnSync(process.execPath, [cli, 'flow', 'publish', flowFile, '--settings', settingsFile, '--message', 'crash test'], { env, encoding: 'utf8' });
    expect(published.status, published.stderr).toBe(0);
    expect(published.stdout).toMatch(/^Published version 1 [0-9a-f]{64}/);
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await test.drop();
  });

  async function serve(port: number): Promise<string> {
    child = spawn(process.execPath, [cli, 'serve', '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${base}/readyz`)).ok) return base;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error('kefu serve did not become ready');
  }

  it('loses nothing acknowledged, replays retries, and fires overdue timers', async () => {
    const port = await freePort();
    let base = await serve(port);
    const began = Date.now();
    const idle = await call(base, '/api/v1/conversations', {});
    // A gap, so the active conversation's own timeout stays well after the restart.
    await sleep(6000);
    const active = await call(base, '/api/v1/conversations', {});
    const { conversationId, token } = active.body as { conversationId: string; token: string };
    const first = await call(base, `/api/v1/conversations/${conversationId}/messages`, { clientMessageId: 'm1', choiceId: 'echo' }, token);
    expect(first.status).toBe(200);

    child?.kill('SIGKILL');
    await new Promise((resolve) => child?.once('exit', resolve));
    // Stay down until the idle conversation's session timeout is overdue.
    await sleep(Math.max(0, began + SESSION_TIMEOUT_SECONDS * 1000 + 500 - Date.now()));
    base = await serve(port);

    const retried = await call(base, `/api/v1/conversations/${conversationId}/messages`, { clientMessageId: 'm1', choiceId: 'echo' }, token);
    expect(retried).toEqual(first);
    const next = await call(base, `/api/v1/conversations/${conversationId}/messages`, { clientMessageId: 'm2', text: 'echo' }, token);
    expect(next.status).toBe(200);
    const transcript = await get(base, `/api/v1/conversations/${conversationId}/messages?after=0`, token);
    expect(transcript.body.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(transcript.body.messages.filter((m) => m.role === 'customer')).toHaveLength(2);

    const idleId = (idle.body as { conversationId: string }).conversationId;
    const idleToken = (idle.body as { token: string }).token;
    let idleState = await get(base, `/api/v1/conversations/${idleId}/messages?after=0`, idleToken);
    const deadline = Date.now() + 5000;
    while (idleState.body.status !== 'ended' && Date.now() < deadline) {
      await sleep(100);
      idleState = await get(base, `/api/v1/conversations/${idleId}/messages?after=0`, idleToken);
    }
    expect(idleState.body.status).toBe('ended');
    expect(idleState.body.messages.at(-1)?.role).toBe('system');
  }, 90_000);
});

async function call(base: string, path: string, body: unknown, token?: string): Promise<Reply> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

async function get(base: string, path: string, token: string): Promise<Reply> {
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
