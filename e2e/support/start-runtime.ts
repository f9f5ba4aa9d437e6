/**
 * Starts the built runtime exactly as a user would (`kefu serve`) on a fresh SQLite
 * file and a free port, and waits until /readyz answers. The global setup starts the
 * shared one; a spec that needs an empty installation (first-run setup) starts its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cli = join(repoRoot, 'runtime', 'dist', 'cli.js');
const consoleIndex = join(repoRoot, 'editor', 'dist', 'index.html');
const artifacts = join(repoRoot, 'e2e', 'artifacts');
const READY_TIMEOUT_MS = 60_000;

export interface RunningRuntime {
  baseUrl: string;
  databaseUrl: string;
  dataDir: string;
  /** Environment for a CLI command against this runtime's database. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
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

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-40).join('\n') : '(no log)';
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

export interface StartRuntimeOptions {
  /** Publishes the demo templates (`serve --demo`). */
  demo: boolean;
  /**
   * More environment for the server and for CLI commands beside it (`KEFU_PLUGINS`,
   * `KEFU_SSRF_ALLOW`); it cannot move the runtime's data directory or database.
   */
  env?: NodeJS.ProcessEnv;
}

/** `name` names the log file (e2e/artifacts/<name>.log). */
export async function startRuntime(name: string, { demo, env: extraEnv = {} }: StartRuntimeOptions): Promise<RunningRuntime> {
  for (const required of [cli, consoleIndex]) {
    if (!existsSync(required)) throw new Error(`${required} is missing: run "npm run build" before the e2e tests.`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), `kefu-e2e-${name}-`));
  mkdirSync(artifacts, { recursive: true });
  const logFile = join(artifacts, `${name}.log`);
  const log = createWriteStream(logFile);
  const port = await freePort();
  const databaseUrl = `sqlite://${join(dataDir, 'kefu.db')}`;
  const env: NodeJS.ProcessEnv = { ...process.env, KEFU_LOG_LEVEL: 'warn', ...extraEnv, KEFU_DATA_DIR: dataDir, KEFU_DATABASE_URL: databaseUrl };
  const args = [cli, 'serve', ...(demo ? ['--demo'] : []), '--port', String(port)];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  const cleanUp = () => {
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, child, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    cleanUp();
    throw error;
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
    }
    cleanUp();
  };
  return { baseUrl, databaseUrl, dataDir, env, stop };
}
