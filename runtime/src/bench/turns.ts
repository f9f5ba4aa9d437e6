/**
 * `npm run bench:turns` — turns per second and latency of the public chat API driving a
 * template flow with many concurrent conversations, against a bare Fastify +
 * better-sqlite3 insert-and-reply handler (the physical limit of this design), plus the
 * runtime's peak resident memory. Prints figures; asserts nothing.
 *
 * Env: BENCH_CONNECTIONS (50), BENCH_DURATION seconds (15), BENCH_CPU_PROFILE_DIR (write a
 * V8 CPU profile of the runtime server there, for `node --cpu-prof` analysis).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type RequestSpec, type Result } from 'autocannon';
import { printLine } from '../cli/cli-output.js';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.BENCH_DURATION ?? 15);
const TURNS_PER_CONVERSATION = 20;
const here = fileURLToPath(new URL('.', import.meta.url));
const cliPath = join(here, '..', 'cli.js');

interface ApiMessage { role: string; text?: string; choices?: { id: string; label: string }[] }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs} ms`);
}

function peakRssMiB(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

async function post(base: string, path: string, body: unknown, token?: string): Promise<{ conversationId?: string; token?: string; messages: ApiMessage[]; status?: string }> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json() as Promise<{ messages: ApiMessage[] }>;
}

/**
 * Finds choices that keep a conversation going forever: either a menu choice after which
 * the same menu comes back, or a pair (menu choice, follow-up choice) that returns to the
 * menu, e.g. "Opening hours" then "Anything else? — Yes".
 */
async function findLoopingChoices(base: string): Promise<string[]> {
  const opening = await post(base, '/api/v1/conversations', { locale: 'en' });
  const menu = opening.messages.findLast((m) => m.choices && m.choices.length > 0);
  if (!menu?.choices) throw new Error('the demo flow opens without a menu; cannot benchmark');
  const menuIds = menu.choices.map((c) => c.id);
  const backAtMenu = (reply: { status?: string; messages: ApiMessage[] }) =>
    reply.status === 'active' && reply.messages.findLast((m) => m.choices?.length)?.choices?.some((c) => c.id === menuIds[0]) === true;
  for (const first of menuIds) {
    const probe = await post(base, '/api/v1/conversations', { locale: 'en' });
    const say = (choiceId: string) => post(base, `/api/v1/conversations/${probe.conversationId}/messages`, { clientMessageId: randomUUID(), choiceId }, probe.token);
    const reply = await say(first);
    if (backAtMenu(reply)) return [first];
    const followUps = reply.status === 'active' ? reply.messages.findLast((m) => m.choices?.length)?.choices ?? [] : [];
    for (const second of followUps) {
      const again = await post(base, '/api/v1/conversations', { locale: 'en' });
      const sayAgain = (choiceId: string) => post(base, `/api/v1/conversations/${again.conversationId}/messages`, { clientMessageId: randomUUID(), choiceId }, again.token);
      await sayAgain(first);
      if (backAtMenu(await sayAgain(second.id))) return [first, second.id];
    }
  }
  throw new Error('no sequence of menu choices loops back to the menu; cannot benchmark');
}

async function load(url: string, requests: RequestSpec[], seconds: number): Promise<Result> {
  return autocannon({ url, connections, duration: seconds, requests });
}

async function benchRuntime(): Promise<{ result: Result; peakRss: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-'));
  const port = await freePort();
  const profile = process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : [];
  if (process.env.BENCH_NODE_IMPORT) profile.push('--import', process.env.BENCH_NODE_IMPORT);
  const child = spawn(process.execPath, [...profile, cliPath, 'serve', '--demo', '--port', String(port)], {
    env: {
      ...process.env,
      KEFU_DATABASE_URL: `sqlite://${join(dir, 'kefu.db')}`,
      KEFU_LOG_LEVEL: 'warn',
      PORT: String(port),
      // The benchmark starts hundreds of conversations a second from one address.
      KEFU_RATE_CONVERSATIONS_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/readyz`);
    const loop = await findLoopingChoices(base);
    // autocannon resets a connection's context at the end of its request sequence, so one
    // sequence is one customer: start a conversation, then TURNS_PER_CONVERSATION turns.
    const turns: RequestSpec[] = [{
      method: 'POST',
      path: '/api/v1/conversations',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en' }),
      onResponse: (_status, body, context) => {
        context.conversation = JSON.parse(body) as { conversationId: string; token: string };
      },
    }];
    for (let turn = 0; turn < TURNS_PER_CONVERSATION; turn++) {
      const choiceId = loop[turn % loop.length];
      turns.push({
        method: 'POST',
        setupRequest: (request, context) => {
          const conversation = context.conversation as { conversationId: string; token: string };
          return {
            ...request,
            path: `/api/v1/conversations/${conversation.conversationId}/messages`,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${conversation.token}` },
            body: JSON.stringify({ clientMessageId: randomUUID(), choiceId }),
          };
        },
      });
    }
    await load(base, turns, 3);
    const result = await load(base, turns, duration);
    return { result, peakRss: peakRssMiB(child) };
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchBare(): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-bare-'));
  const port = await freePort();
  const child = spawn(process.execPath, [join(here, 'bare-server.js'), String(port), join(dir, 'bare.db')], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
    const turns: RequestSpec[] = [{
      method: 'POST',
      setupRequest: (request) => ({
        ...request,
        path: `/turn/${randomUUID()}`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientMessageId: randomUUID(), text: 'opening hours' }),
      }),
    }];
    const base = `http://127.0.0.1:${port}`;
    await load(base, turns, 3);
    return await load(base, turns, duration);
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

function line(name: string, result: Result): string {
  const errors = result.errors + result.non2xx + result.timeouts;
  return `${name.padEnd(34)} ${result.requests.average.toFixed(0).padStart(8)} turns/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${errors}`;
}

const runtime = await benchRuntime();
const bare = await benchBare();
printLine(`\nbench:turns — ${connections} concurrent conversations, ${duration} s each, SQLite (WAL)`);
printLine(line('Kefu runtime (demo welcome menu)', runtime.result));
printLine(line('bare Fastify + better-sqlite3', bare));
printLine(`ratio runtime / bare: ${(runtime.result.requests.average / bare.requests.average).toFixed(2)} (goal ≥ 0.5, p99 < 50 ms)`);
printLine(`runtime peak resident memory: ${runtime.peakRss.toFixed(0)} MiB (goal < 300 MiB)`);
