/**
 * Starts the built runtime exactly as a user would (`kefu serve --demo`) on a fresh
 * SQLite file and a free port, creates an admin with the CLI, and hands the URL and the
 * admin's credentials to the specs. Needs `npm run build` first (runtime/dist and editor/dist).
 */
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { createAccount } from './support/accounts.js';
import { startRuntime } from './support/start-runtime.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's database and data directory, for specs that use the CLI beside it. */
    databaseUrl: string;
    dataDir: string;
    /** An admin made with `kefu user create --role admin`, past any first-login password change. */
    adminUsername: string;
    adminPassword: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runtime = await startRuntime('runtime', { demo: true });
  try {
    const admin = await createAccount(runtime.baseUrl, runtime.env, 'e2e-admin', 'admin');
    project.provide('adminUsername', admin.username);
    project.provide('adminPassword', admin.password);
  } catch (error) {
    await runtime.stop();
    throw error;
  }
  project.provide('baseUrl', runtime.baseUrl);
  project.provide('databaseUrl', runtime.databaseUrl);
  project.provide('dataDir', runtime.dataDir);
  return runtime.stop;
}
