/** CustomerService over the lean executor (both dialects). */
import { randomUUID } from 'node:crypto';
import { readTime, type LeanDb } from '../db/lean-db.js';
import { StaleWriteError } from '../db/stale-write-error.js';
import { scopeCondition, type ViewerScope } from '../conversations/viewer-scope.js';
import { KefuError } from '../errors.js';
import type { CustomerInput, CustomerProfile, CustomerProtector, StoredCustomerFields } from './customer-protector.js';
import type { CustomerService } from './customer-service.js';
import { eraseSqliteTraces } from './erase-sqlite-traces.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COLUMNS =
  'id, external_id AS "externalId", name_encrypted AS "nameEncrypted", phone_encrypted AS "phoneEncrypted", email_encrypted AS "emailEncrypted", profile_encrypted AS "profileEncrypted", phone_index AS "phoneIndex", email_index AS "emailIndex", created_at AS "createdAt"';
const OF_CUSTOMER = 'SELECT id FROM conversations WHERE customer_id = ?';

type CustomerSqlRow = Omit<StoredCustomerFields, 'createdAt'> & { createdAt: unknown };

export class SqlCustomerService implements CustomerService {
  readonly #db: LeanDb;
  readonly #protector: CustomerProtector;

  constructor(db: LeanDb, protector: CustomerProtector) {
    this.#db = db;
    this.#protector = protector;
  }

  async create(input: CustomerInput): Promise<CustomerProfile> {
    const fields = this.#protector.protect(input);
    const id = randomUUID();
    await this.#db.run(
      'INSERT INTO customers (id, external_id, name_encrypted, phone_encrypted, email_encrypted, profile_encrypted, phone_index, email_index, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [id, input.externalId ?? null, fields.nameEncrypted, fields.phoneEncrypted, fields.emailEncrypted, fields.profileEncrypted, fields.phoneIndex, fields.emailIndex, new Date()],
    );
    const created = await this.get(id);
    if (!created) throw new KefuError('KEFU_ERR_INTERNAL', 'The customer vanished right after it was created.');
    return created;
  }

  async get(id: string, scope: ViewerScope = { kind: 'all' }): Promise<CustomerProfile | null> {
    if (!UUID.test(id)) return null;
    let sql = `SELECT ${COLUMNS} FROM customers WHERE id = ?`;
    const params: string[] = [id];
    if (scope.kind !== 'all') {
      // Visible when one of the customer's conversations is in the viewer's skill groups.
      const condition = scopeCondition(scope, 'skill_group');
      sql += ` AND EXISTS (SELECT 1 FROM conversations WHERE customer_id = customers.id AND ${condition.sql})`;
      params.push(...condition.params);
    }
    const row = await this.#db.get<CustomerSqlRow>(sql, params);
    return row ? this.#protector.reveal({ ...row, createdAt: readTime(row.createdAt) }) : null;
  }

  async findByPhone(phone: string): Promise<string[]> {
    return this.#idsWhere('phone_index', this.#protector.phoneIndex(phone));
  }

  async findByEmail(email: string): Promise<string[]> {
    return this.#idsWhere('email_index', this.#protector.emailIndex(email));
  }

  async erase(customerId: string): Promise<{ conversations: number; messages: number }> {
    if (!UUID.test(customerId)) throw notFound();
    let changes: number[] = [];
    const erase = async () => {
      changes = await this.#db.transaction([
        { sql: `DELETE FROM timers WHERE conversation_id IN (${OF_CUSTOMER})`, params: [customerId] },
        { sql: `DELETE FROM messages WHERE conversation_id IN (${OF_CUSTOMER})`, params: [customerId] },
        { sql: 'DELETE FROM conversations WHERE customer_id = ?', params: [customerId] },
        { sql: 'DELETE FROM customers WHERE id = ?', params: [customerId], expectChanges: 1 },
      ]);
    };
    try {
      if (this.#db.dialect === 'sqlite') await eraseSqliteTraces(this.#db, erase);
      else await erase();
    } catch (error) {
      if (error instanceof StaleWriteError) throw notFound();
      throw error;
    }
    return { conversations: changes[2] ?? 0, messages: changes[1] ?? 0 };
  }

  async #idsWhere(column: 'phone_index' | 'email_index', value: string): Promise<string[]> {
    const rows = await this.#db.all<{ id: string }>(`SELECT id FROM customers WHERE ${column} = ? ORDER BY created_at, id`, [value]);
    return rows.map((row) => row.id);
  }
}

function notFound(): KefuError {
  return new KefuError('KEFU_ERR_NOT_FOUND', 'No such customer.', { path: '/customerId' });
}
