/**
 * An `OrmAccountService` on a fresh test database (SQLite, or PostgreSQL when
 * KEFU_TEST_DATABASE_URL is set), with its own bus and an in-memory audit sink, and
 * helpers to create users and log them in.
 */
import type { AuditEntryInput } from '../../audit/audit-log.js';
import type { Role } from '../../auth/permissions.js';
import { InProcessEventBus } from '../../bus/in-process-event-bus.js';
import type { KefuEvent } from '../../bus/event-bus.js';
import { migrateOrm } from '../../db/migrate.js';
import { openOrm, type KefuOrm } from '../../db/open-orm.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { OrmAccountService } from '../orm-account-service.js';

export interface TestAccounts {
  accounts: OrmAccountService;
  orm: KefuOrm;
  bus: InProcessEventBus;
  events: KefuEvent[];
  audit: AuditEntryInput[];
  /** Moves the service's clock. */
  clock: { now: Date; advance(ms: number): void };
  createUser(username: string, roles: Role[], password?: string): Promise<{ id: string; username: string; password: string }>;
  close(): Promise<void>;
}

export const TEST_SECRET = Buffer.alloc(32, 9);

export async function openTestAccounts(options: { realClock?: boolean } = {}): Promise<TestAccounts> {
  const test: TestDatabase = await createTestDatabase();
  const orm = await openOrm(test.database);
  await migrateOrm(orm);
  const bus = new InProcessEventBus();
  const events: KefuEvent[] = [];
  bus.subscribeAll((event) => events.push(event));
  const audit: AuditEntryInput[] = [];
  const clock = {
    now: new Date(),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const accounts = new OrmAccountService({
    orm,
    bus,
    secretKey: TEST_SECRET,
    audit: () => ({ record: async (entry) => void audit.push(entry) }),
    now: options.realClock ? () => new Date() : () => clock.now,
  });
  return {
    accounts,
    orm,
    bus,
    events,
    audit,
    clock,
    async createUser(username, roles, password = `${username}-Secret-Pass-1`) {
      const { user } = await accounts.createUser({ username, roles, password, mustChangePassword: false }, { id: null, name: 'test' });
      return { id: user.id, username: user.username, password };
    },
    async close() {
      await orm.close(true);
      await test.drop();
    },
  };
}
