/**
 * The initial schema, written with the knex schema builder so the same migration
 * compiles to SQLite and PostgreSQL DDL. Forward-only, like every Kefu migration.
 */
import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

export class Migration0001Initial extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const time = (table: Knex.CreateTableBuilder, name: string) => table.timestamp(name, { useTz: true });

    this.addSchema(knex, knex.schema
      .createTable('flow_drafts', (table) => {
        table.string('id', 64).primary();
        table.string('name', 200).notNullable();
        table.string('locale', 16).notNullable();
        table.json('document').notNullable();
        table.integer('revision').notNullable();
        time(table, 'updated_at').notNullable();
      })
      .createTable('bundle_versions', (table) => {
        table.integer('version').primary();
        table.string('hash', 64).notNullable();
        table.json('document').notNullable();
        table.string('author', 200).notNullable();
        table.text('message').notNullable();
        time(table, 'created_at').notNullable();
        table.integer('rolled_back_from').nullable();
      })
      .createTable('bundle_current', (table) => {
        table.integer('id').primary();
        table.integer('version').notNullable().references('version').inTable('bundle_versions');
        time(table, 'updated_at').notNullable();
      })
      .createTable('customers', (table) => {
        table.uuid('id').primary();
        table.string('external_id', 200).nullable().unique();
        table.text('name_encrypted').nullable();
        time(table, 'created_at').notNullable();
      })
      .createTable('conversations', (table) => {
        table.uuid('id').primary();
        table.string('token_hash', 64).notNullable();
        table.uuid('customer_id').nullable().references('id').inTable('customers');
        table.integer('bundle_version').notNullable().references('version').inTable('bundle_versions');
        table.string('locale', 16).notNullable();
        table.string('status', 16).notNullable();
        table.json('state').notNullable();
        table.integer('version').notNullable();
        table.integer('last_seq').notNullable();
        time(table, 'created_at').notNullable();
        time(table, 'updated_at').notNullable();
      })
      .createTable('messages', (table) => {
        // Keyed by (conversation, seq): a turn's rows land next to each other, and no
        // random-UUID index is touched per message. `id` is only the API's name for it.
        table.uuid('conversation_id').notNullable().references('id').inTable('conversations');
        table.integer('seq').notNullable();
        table.uuid('id').notNullable();
        table.string('role', 16).notNullable();
        table.string('kind', 32).notNullable();
        table.json('body').notNullable();
        table.string('client_message_id', 100).nullable();
        table.integer('reply_seq_end').nullable();
        time(table, 'created_at').notNullable();
        table.primary(['conversation_id', 'seq'], 'messages_pkey');
        table.unique(['conversation_id', 'client_message_id'], { indexName: 'messages_conversation_client_id_unique' });
      })
      .createTable('timers', (table) => {
        table.uuid('id').primary();
        table.uuid('conversation_id').notNullable().references('id').inTable('conversations');
        table.string('name', 100).notNullable();
        time(table, 'due_at').notNullable();
        table.string('status', 16).notNullable();
        time(table, 'lease_until').nullable();
        time(table, 'created_at').notNullable();
        table.unique(['conversation_id', 'name'], { indexName: 'timers_conversation_name_unique' });
        table.index(['due_at'], 'timers_due_at_index');
      }));
  }

  /** MikroORM runs one statement per query; the builder may compile to several. */
  private addSchema(knex: Knex, builder: Knex.SchemaBuilder): void {
    for (const statement of builder.toSQL()) this.addSql(knex.raw(statement.sql, statement.bindings ?? []));
  }
}
