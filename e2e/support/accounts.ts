/**
 * Staff accounts for the specs, made the way an operator makes them: the CLI
 * (`kefu user create`) against the server's database, then a first sign-in over the
 * REST API that takes care of a forced password change.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cli, repoRoot } from './start-runtime.js';

const run = promisify(execFile);

export interface Account {
  username: string;
  password: string;
}

interface LoginBody {
  user?: { mustChangePassword?: boolean };
}

/** The session cookie of a successful login, for REST and tRPC calls outside the browser. */
export async function apiLogin(baseUrl: string, account: Account): Promise<{ cookie: string; mustChangePassword: boolean }> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (response.status !== 200) throw new Error(`login of ${account.username} answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .filter((pair) => pair.startsWith('kefu_session='))
    .join('; ');
  const body = (await response.json()) as LoginBody;
  return { cookie, mustChangePassword: body.user?.mustChangePassword === true };
}

/** Calls a tRPC procedure with a session cookie; returns the HTTP status and the parsed body. */
export async function callTrpc(
  baseUrl: string,
  cookie: string,
  path: string,
  kind: 'query' | 'mutation',
  input?: unknown,
): Promise<{ status: number; body: unknown }> {
  const url = new URL(`/trpc/${path}`, baseUrl);
  const init: RequestInit = { headers: { cookie } };
  if (kind === 'query') {
    if (input !== undefined) url.searchParams.set('input', JSON.stringify(input));
  } else {
    init.method = 'POST';
    init.headers = { cookie, 'content-type': 'application/json' };
    init.body = JSON.stringify(input ?? null);
  }
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json() };
}

/**
 * Creates a user with the CLI and signs in once; when the server insists on a new
 * password (a password someone else set), changes it and returns the account as it now is.
 */
export async function createAccount(baseUrl: string, env: NodeJS.ProcessEnv, username: string, role: string): Promise<Account> {
  const initial = `Initial-${username}-pw-7`;
  await run(process.execPath, [cli, 'user', 'create', '--username', username, '--role', role, '--password', initial, '--display-name', username], {
    cwd: repoRoot,
    env,
  });
  const first = await apiLogin(baseUrl, { username, password: initial });
  if (!first.mustChangePassword) return { username, password: initial };
  const chosen = `Chosen-${username}-pw-9`;
  const changed = await callTrpc(baseUrl, first.cookie, 'account.changePassword', 'mutation', { currentPassword: initial, newPassword: chosen });
  if (changed.status !== 200) throw new Error(`password change of ${username} answered ${changed.status}: ${JSON.stringify(changed.body)}`);
  return { username, password: chosen };
}
