import type { KefuConfig } from '../config.js';
import type { TestDatabase } from './test-database.js';

/** A server config on a test database: ephemeral port, quiet logs, fast timer polling. */
export function testConfig(test: TestDatabase, overrides: Partial<KefuConfig> = {}): KefuConfig {
  return {
    database: test.database,
    port: 0,
    host: '127.0.0.1',
    dataDir: test.dataDir,
    logLevel: 'silent',
    secretKeyHex: 'cd'.repeat(32),
    timerPollMs: 50,
    ...overrides,
  };
}
