/**
 * The audit log (append-only, enforced by triggers on both databases so that not even
 * a bug or a hand-written statement in our own code can rewrite history) and the
 * columns that protect customer data: encrypted phone/email/profile with keyed blind
 * indexes, and the skill group that scopes a conversation to agents.
 */
import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

export class Migration0003AuditAndCustomerData extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const time = (table: Knex.CreateTableBuilder, name: string) => table.timestamp(name, { useTz: true });

    this.addSchema(knex, knex.schema
      .createTable('audit_log', (table) => {
        table.increments('id').primary();
        time(table, 'at').notNullable();
        table.string('actor_id', 64).nullable();
        table.string('actor_name', 200).notNullable();
        table.string('action', 100).notNullable();
        table.string('target_type', 64).nullable();
        table.string('target_id', 200).nullable();
        table.string('outcome', 16).notNullable();
        table.json('diff').nullable();
        table.string('ip', 64).nullable();
        table.string('request_id', 100).nullable();
        table.index(['at'], 'audit_log_at_index');
        table.index(['actor_id', 'at'], 'audit_log_actor_at_index');
        table.index(['action', 'at'], 'audit_log_action_at_index');
      })
      .alterTable('customers', (table) => {
        table.text('phone_encrypted').nullable();
        table.text('email_encrypted').nullable();
        table.text('profile_encrypted').nullable();
        table.string('phone_index', 64).nullable();
        table.string('email_index', 64).nullable();
        table.index(['phone_index'], 'customers_phone_index_index');
        table.index(['email_index'], 'customers_email_index_index');
      })
      .alterTable('conversations', (table) => {
        table.string('skill_group', 100).nullable();
        table.index(['skill_group'], 'conversations_skill_group_index');
        // Erasure and the console list a customer's conversations.
        table.index(['customer_id'], 'conversations_customer_id_index');
      }));

    if (this.config.get('driver')?.name !== 'BetterSqliteDriver') {
      this.addSql(`CREATE FUNCTION kefu_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$`);
      this.addSql('CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION kefu_audit_log_append_only()');
      this.addSql('CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION kefu_audit_log_append_only()');
    } else {
      this.addSql("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END");
      this.addSql("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END");
    }
  }

  /** MikroORM runs one statement per query; the builder may compile to several. */
  private addSchema(knex: Knex, builder: Knex.SchemaBuilder): void {
    for (const statement of builder.toSQL()) this.addSql(knex.raw(statement.sql, statement.bindings ?? []));
  }
}

