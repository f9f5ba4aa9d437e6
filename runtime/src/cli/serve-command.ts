import { setFlagsFromString } from 'node:v8';
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { quietAsyncContextWhenIdle } from '../db/quiet-async-context.js';
import { createLogger } from '../server/create-logger.js';
import { createServer, type KefuServer } from '../server/create-server.js';
import { publishDemoTemplates } from './demo-templates.js';
import { printLine } from './cli-output.js';

export interface ServeHandle {
  /** Resolves when the server has stopped after a signal. */
  stopped: Promise<void>;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('migrate the database, then serve the console, the chat API and timers')
    .option('-p, --port <port>', 'HTTP port (default: PORT or 3000)')
    .option('--demo', 'publish the demo templates when nothing is published yet')
    .action(async (options: { port?: string; demo?: boolean }) => {
      const env = { ...process.env, ...(options.port !== undefined ? { PORT: options.port } : {}) };
      const config = loadConfig(env);
      quietAsyncContextWhenIdle();
      // Read by V8 at every full collection, so setting it now (before the load) holds.
      if (config.heapGrowingPercent) setFlagsFromString(`--heap-growing-percent=${config.heapGrowingPercent}`);
      const logger = createLogger(config.logLevel);
      const kefu = await createServer({ config, logger });
      try {
        if (options.demo && (await kefu.services.app.publishing.currentVersion()) === null) {
          const published = await publishDemoTemplates(kefu.services.app);
          logger.info({ version: published.version, hash: published.hash }, 'published the demo templates');
        }
        await kefu.start();
      } catch (error) {
        await kefu.stop();
        throw error;
      }
      const port = listeningPort(kefu, config.port);
      printLine(`Kefu is running at http://localhost:${port}`);
      printLine(`  console:  http://localhost:${port}/`);
      printLine(`  chat API: http://localhost:${port}/api/v1/conversations`);
      if (await kefu.services.app.accounts.setupRequired()) {
        printLine(`No staff account yet: open the console to create the first administrator,`);
        printLine(`  or run: npx kefu user create --username admin --role admin`);
      }
      await untilSignal();
      logger.info('shutting down');
      await kefu.stop();
    });
}

function listeningPort(kefu: KefuServer, fallback: number): number {
  const address = kefu.server.server.address();
  return typeof address === 'object' && address ? address.port : fallback;
}

/** Waits for SIGTERM or SIGINT; a second signal is left to Node's default (exit). */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      resolve();
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
}
