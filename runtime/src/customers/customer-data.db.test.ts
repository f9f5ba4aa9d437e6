/**
 * Acceptance: customer PII planted through the public API is nowhere in plaintext —
 * not in the SQLite file and its WAL, not in a pg_dump, not in the logs — and an
 * erasure leaves no trace of the customer (only the audit entry's id).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseCustomer } from '../cli/customer-command.js';
import { createLogger } from '../server/create-logger.js';
import { createServer, type KefuServer } from '../server/create-server.js';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { testConfig } from '../test-support/test-config.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

const CANARIES = [
  { name: 'Canary Zhang Wei-7731', phone: '+86 139 7731 0042', email: 'Canary.7731@Example.org', storedPhone: '+8613977310042', storedEmail: 'canary.7731@example.org' },
  { name: '金丝雀 李娜 8842', phone: '(020) 8842-5566', email: 'li.na.8842@example.cn', storedPhone: '02088425566', storedEmail: 'li.na.8842@example.cn' },
];

function searchable(canary: (typeof CANARIES)[number]): string[] {
  return [canary.name, canary.phone, canary.email, canary.storedPhone, canary.storedEmail, canary.email.toLowerCase()];
}

describe('customer data protection', () => {
  let test: TestDatabase;
  let kefu: KefuServer;
  let logs = '';
  const started: { conversationId: string; customerId: string }[] = [];

  beforeAll(async () => {
    test = await createTestDatabase();
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs += chunk.toString('utf8');
        done();
      },
    });
    // The chattiest level, so anything any code path logs is captured.
    kefu = await createServer({ config: testConfig(test, { logLevel: 'trace' }), logger: createLogger('trace', capture) });
    await kefu.services.app.publishing.publish({ flows: [echoFlow()], settings: echoSettings(), message: 'v1', author: 't' });
    for (const canary of CANARIES) {
      const response = await kefu.server.inject({
        method: 'POST',
        url: '/api/v1/conversations',
        payload: { customer: { externalId: `ext-${started.length + 1}`, name: canary.name, phone: canary.phone, email: canary.email } },
      });
      expect(response.statusCode, response.body).toBe(201);
      const { conversationId, token } = response.json<{ conversationId: string; token: string }>();
      const reply = await kefu.server.inject({
        method: 'POST',
        url: `/api/v1/conversations/${conversationId}/messages`,
        headers: { authorization: `Bearer ${token}` },
        payload: { clientMessageId: 'c1', choiceId: 'echo' },
      });
      expect(reply.statusCode, reply.body).toBe(200);
      const row = await kefu.services.db.get<{ customerId: string }>('SELECT customer_id AS "customerId" FROM conversations WHERE id = ?', [conversationId]);
      started.push({ conversationId, customerId: row?.customerId ?? '' });
    }
    // A bad phone is refused with a pointer and without echoing the value.
    const bad = await kefu.server.inject({ method: 'POST', url: '/api/v1/conversations', payload: { customer: { phone: 'call me 7731' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'KEFU_ERR_BAD_REQUEST', path: '/customer/phone' } });
    expect(bad.body).not.toContain('7731');
  });
  afterAll(async () => {
    await kefu.stop();
    await test.drop();
  });

  /** Everything the database holds on disk, as text: the SQLite files, or a pg_dump. */
  async function databaseText(): Promise<string> {
    if (test.database.kind === 'postgres') {
      return execFileSync('pg_dump', ['--no-owner', test.database.url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    }
    const base = test.database.path;
    const files = readdirSync(join(base, '..')).filter((file) => join(base, '..', file).startsWith(base));
    expect(files).toContain('kefu.db-wal');
    return files.map((file) => readFileSync(join(base, '..', file)).toString('latin1') + readFileSync(join(base, '..', file)).toString('utf8')).join('\n');
  }

  it('keeps the customers findable and readable for staff', async () => {
    const [first] = started;
    const { customers } = kefu.services.app;
    expect(await customers.findByPhone('+86-139-7731-0042')).toEqual([first?.customerId]);
    expect(await customers.findByEmail('CANARY.7731@example.org')).toEqual([first?.customerId]);
    expect(await customers.get(first?.customerId ?? '')).toMatchObject({ name: CANARIES[0]?.name, phone: '+8613977310042', email: 'canary.7731@example.org' });
  });

  it('stores no canary in plaintext in the database files or a dump', async () => {
    const text = await databaseText();
    // The conversations are there (the search would find plain text)…
    for (const { conversationId } of started) expect(text.includes(conversationId), conversationId).toBe(true);
    // …but no customer's name, phone or email, in any form.
    for (const canary of CANARIES) for (const value of searchable(canary)) expect(text.includes(value), value).toBe(false);
  });

  it('logs no canary', () => {
    expect(logs).toContain('incoming request');
    for (const canary of CANARIES) for (const value of searchable(canary)) expect(logs.includes(value), value).toBe(false);
  });

  it('erases a customer without a trace; the audit entry names only the id', async () => {
    const [victim, other] = started;
    if (!victim || !other) throw new Error('setup failed');
    const erased = await eraseCustomer(kefu.services.app, victim.customerId);
    expect(erased).toEqual({ conversations: 1, messages: expect.any(Number) });
    expect(erased.messages).toBeGreaterThanOrEqual(3);

    const text = await databaseText();
    expect(text.includes(other.conversationId), other.conversationId).toBe(true);
    expect(text).not.toContain(victim.conversationId);
    if (test.database.kind === 'postgres') {
      // Only the audit_log's COPY block may name the customer.
      const sections = text.split(/\n(?=COPY )/);
      for (const section of sections) if (!section.startsWith('COPY public.audit_log ')) expect(section).not.toContain(victim.customerId);
    } else {
      for (const table of ['customers', 'conversations', 'messages', 'timers']) {
        const rows = await kefu.services.db.all<Record<string, unknown>>(`SELECT * FROM ${table}`);
        expect(JSON.stringify(rows)).not.toContain(victim.customerId);
      }
    }
    for (const value of searchable(CANARIES[0]!)) expect(text).not.toContain(value);

    const { entries } = await kefu.services.app.audit.list({ action: 'customer.erase' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ targetType: 'customer', targetId: victim.customerId, outcome: 'success' });
    expect(JSON.stringify(entries[0])).not.toMatch(/canary|7731/i);
    expect(await kefu.services.app.customers.get(victim.customerId)).toBeNull();
    await expect(eraseCustomer(kefu.services.app, victim.customerId)).rejects.toMatchObject({ code: 'KEFU_ERR_NOT_FOUND' });
  });

  it('erases at the storage level: the erased ids are gone from the files (SQLite: zeroed pages, truncated WAL) or the dump', async () => {
    const [, survivor] = started;
    if (!survivor) throw new Error('setup failed');
    // No audit entry here (the service alone), so the id must be nowhere at all.
    await kefu.services.app.customers.erase(survivor.customerId);
    const text = await databaseText();
    expect(text).not.toContain(survivor.customerId);
    expect(text).not.toContain(survivor.conversationId);
  });
});
