/**
 * `npm run bench:turns` — turns per second and latency of the public chat API driving a
 * template flow with many concurrent conversations, against a bare Fastify +
 * better-sqlite3 insert-and-reply handler (the physical limit of this design), plus the
 * runtime's peak resident memory. Prints figures; asserts nothing.
 *
 * Env: BENCH_CONNECTIONS (50), BENCH_DURATION seconds per server and round (10),
 * BENCH_ROUNDS (3), BENCH_CPU_PROFILE_DIR (write a V8 CPU profile of the runtime server
 * there), BENCH_NODE_IMPORT (a module the runtime server preloads, e.g. a memory probe).
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
const duration = Number(process.env.BENCH_DURATION ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
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

/** CPU seconds (user + system, all threads) the process has used so far. */
function cpuSeconds(child: ChildProcess): number {
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100;
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
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

interface Measured {
  result: Result;
  /** Server CPU time per answered request, in microseconds. */
  cpuPerTurnUs: number;
}

async function measure(target: Target, seconds: number): Promise<Measured> {
  const before = cpuSeconds(target.child);
  const result = await load(target.base, target.requests, seconds);
  const used = cpuSeconds(target.child) - before;
  return { result, cpuPerTurnUs: (used * 1e6) / Math.max(1, result.requests.total) };
}

interface Target {
  name: string;
  base: string;
  requests: RequestSpec[];
  child: ChildProcess;
  stop(): void;
}

/** The Kefu runtime on a fresh demo database, and the request sequence of one customer. */
async function startRuntime(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-'));
  const port = await freePort();
  const nodeArgs = process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : [];
  if (process.env.BENCH_NODE_IMPORT) nodeArgs.push('--import', process.env.BENCH_NODE_IMPORT);
  const child = spawn(process.execPath, [...nodeArgs, cliPath, 'serve', '--demo', '--port', String(port)], {
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
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/readyz`);
    const loop = await findLoopingChoices(base);
    // autocannon resets a connection's context at the end of its request sequence, so one
    // sequence is one customer: start a conversation, then TURNS_PER_CONVERSATION turns.
    const requests: RequestSpec[] = [{
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
      requests.push({
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
    return { name: 'Kefu runtime (demo welcome menu)', base, requests, child, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** The bare insert-and-reply handler: the physical limit of this design. */
async function startBare(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-bare-'));
  const port = await freePort();
  const child = spawn(process.execPath, [join(here, 'bare-server.js'), String(port), join(dir, 'bare.db')], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
  const requests: RequestSpec[] = [{
    method: 'POST',
    setupRequest: (request) => ({
      ...request,
      path: `/turn/${randomUUID()}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientMessageId: randomUUID(), text: 'opening hours' }),
    }),
  }];
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  return { name: 'bare Fastify + better-sqlite3', base: `http://127.0.0.1:${port}`, requests, child, stop };
}

function line(name: string, { result, cpuPerTurnUs }: Measured): string {
  const errors = result.errors + result.non2xx + result.timeouts;
  return `${name.padEnd(34)} ${result.requests.average.toFixed(0).padStart(8)} turns/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   server CPU ${cpuPerTurnUs.toFixed(0).padStart(4)} µs/turn   errors ${errors}`;
}

/**
 * Both servers run side by side and take turns under load, round after round: on a
 * shared (virtual) machine the speed drifts by tens of percent within a minute, and
 * measuring one after the other would put that drift into the ratio. Each round's
 * ratio compares two measurements seconds apart; the median round is reported.
 */
const runtime = await startRuntime();
const bare = await startBare();
try {
  await load(runtime.base, runtime.requests, 3);
  await load(bare.base, bare.requests, 3);
  printLine(`\nbench:turns — ${connections} concurrent conversations, SQLite (WAL), ${rounds} rounds of ${duration} s per server`);
  const ratios: number[] = [];
  const results: { runtime: Measured; bare: Measured }[] = [];
  for (let round = 1; round <= rounds; round++) {
    const runtimeResult = await measure(runtime, duration);
    const bareResult = await measure(bare, duration);
    results.push({ runtime: runtimeResult, bare: bareResult });
    const ratio = runtimeResult.result.requests.average / bareResult.result.requests.average;
    ratios.push(ratio);
    printLine(`round ${round}`);
    printLine(`  ${line(runtime.name, runtimeResult)}`);
    printLine(`  ${line(bare.name, bareResult)}`);
    printLine(`  ratio ${ratio.toFixed(2)}`);
  }
  const byRatio = ratios.map((_, index) => index).sort((a, b) => ratios[a]! - ratios[b]!);
  const medianRound = byRatio[Math.floor(byRatio.length / 2)]!;
  const middle = results[medianRound]!;
  printLine(`median round (${medianRound + 1}):`);
  printLine(line(runtime.name, middle.runtime));
  printLine(line(bare.name, middle.bare));
  printLine(`ratio runtime / bare: ${ratios[medianRound]!.toFixed(2)} (rounds ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}; goal ≥ 0.5, p99 < 50 ms)`);
  const cpuRatios = results.map(({ runtime: r, bare: b }) => b.cpuPerTurnUs / r.cpuPerTurnUs);
  printLine(`server CPU per turn, bare / runtime: ${cpuRatios.map((ratio) => ratio.toFixed(2)).join(', ')} (CPU time of all the server's threads per answered request; unlike turns/s it does not depend on how much CPU the load generator leaves)`);
  printLine(`runtime peak resident memory: ${peakRssMiB(runtime.child).toFixed(0)} MiB (goal < 300 MiB)`);
} finally {
  runtime.stop();
  bare.stop();
}
