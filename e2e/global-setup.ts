/**
 * Starts the built runtime exactly as a user would (`kefu serve --demo`) on a fresh
 * SQLite file and a free port, waits until /readyz answers, and hands the URL to the
 * specs. Needs `npm run build` first (runtime/dist and editor/dist).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cli = join(repoRoot, 'runtime', 'dist', 'cli.js');
const consoleIndex = join(repoRoot, 'editor', 'dist', 'index.html');
const artifacts = join(repoRoot, 'e2e', 'artifacts');
const READY_TIMEOUT_MS = 60_000;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's database and data directory, for specs that use the CLI beside it. */
    databaseUrl: string;
    dataDir: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`kefu serve exited with ${child.exitCode}:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`kefu serve was not ready within ${READY_TIMEOUT_MS} ms:\n${tail(logFile)}`);
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-40).join('\n') : '(no log)';
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const required of [cli, consoleIndex]) {
    if (!existsSync(required)) throw new Error(`${required} is missing: run "npm run build" before the e2e tests.`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-e2e-'));
  mkdirSync(artifacts, { recursive: true });
  const logFile = join(artifacts, 'runtime.log');
  const log = createWriteStream(logFile);
  const port = await freePort();
  const databaseUrl = `sqlite://${join(dataDir, 'kefu.db')}`;
  const child = spawn(process.execPath, [cli, 'serve', '--demo', '--port', String(port)], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      KEFU_DATA_DIR: dataDir,
      KEFU_DATABASE_URL: databaseUrl,
      KEFU_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, child, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('databaseUrl', databaseUrl);
  project.provide('dataDir', dataDir);

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
    }
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
