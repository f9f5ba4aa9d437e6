/**
 * Opens Kefu's services for a one-shot CLI command (honouring KEFU_DATABASE_URL),
 * applies pending migrations so a fresh database just works, and always closes them.
 */
import { loadConfig } from '../config.js';
import { createLogger } from '../server/create-logger.js';
import { openServices, type KefuServices } from '../store/open-services.js';

export async function withCliServices<T>(work: (services: KefuServices) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // Commands print their own output; only warnings (e.g. a new key file) go to stderr.
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr);
  const services = await openServices({ config, logger, migrate: true });
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}
