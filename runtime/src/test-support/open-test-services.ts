import type { Logger } from '../engine/types.js';
import { openServices, type KefuServices, type OpenServicesOptions } from '../store/open-services.js';
import type { TestDatabase } from './test-database.js';

export const silentLogger: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** Services on a test database, migrated, with a silent logger. */
export function openTestServices(test: TestDatabase, extra: Partial<OpenServicesOptions> = {}): Promise<KefuServices> {
  return openServices({
    config: { database: test.database, dataDir: test.dataDir, secretKeyHex: 'ab'.repeat(32) },
    logger: silentLogger,
    migrate: true,
    ...extra,
  });
}
