/**
 * Staff accounts: users, their password history, console sessions, login attempts
 * (rate limiting) and instance settings. Knex schema builder, so it runs on SQLite and
 * PostgreSQL alike. Forward-only.
 */
import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

export class Migration0002Accounts extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const time = (table: Knex.CreateTableBuilder, name: string) => table.timestamp(name, { useTz: true });

    this.addSchema(knex, knex.schema
      .createTable('users', (table) => {
        table.uuid('id').primary();
        table.string('username', 64).notNullable().unique({ indexName: 'users_username_unique' });
        table.string('display_name', 200).notNullable();
        table.text('password_hash').notNullable();
        time(table, 'password_changed_at').notNullable();
        table.boolean('must_change_password').notNullable();
        table.json('roles').notNullable();
        table.json('skill_groups').notNullable();
        time(table, 'disabled_at').nullable();
        table.text('totp_secret_encrypted').nullable();
        time(table, 'totp_enabled_at').nullable();
        table.integer('totp_last_step').nullable();
        table.string('locale', 16).nullable();
        time(table, 'created_at').notNullable();
        time(table, 'updated_at').notNullable();
      })
      .createTable('password_history', (table) => {
        table.uuid('id').primary();
        table.uuid('user_id').notNullable().references('id').inTable('users');
        table.text('password_hash').notNullable();
        time(table, 'created_at').notNullable();
        table.index(['user_id', 'created_at'], 'password_history_user_index');
      })
      .createTable('sessions', (table) => {
        table.string('id', 64).primary();
        table.uuid('user_id').notNullable().references('id').inTable('users');
        time(table, 'created_at').notNullable();
        time(table, 'last_seen_at').notNullable();
        time(table, 'expires_at').notNullable();
        table.string('ip', 64).nullable();
        table.string('user_agent', 400).nullable();
        time(table, 'revoked_at').nullable();
        table.string('revoked_reason', 32).nullable();
        table.index(['user_id', 'revoked_at'], 'sessions_user_index');
      })
      .createTable('login_attempts', (table) => {
        table.uuid('id').primary();
        table.string('username', 64).notNullable();
        table.string('ip', 64).notNullable();
        table.boolean('succeeded').notNullable();
        time(table, 'created_at').notNullable();
        table.index(['ip', 'created_at'], 'login_attempts_ip_index');
        table.index(['username', 'created_at'], 'login_attempts_username_index');
      })
      .createTable('app_settings', (table) => {
        table.string('key', 64).primary();
        table.json('value').notNullable();
        time(table, 'updated_at').notNullable();
      }));
  }

  /** MikroORM runs one statement per query; the builder may compile to several. */
  private addSchema(knex: Knex, builder: Knex.SchemaBuilder): void {
    for (const statement of builder.toSQL()) this.addSql(knex.raw(statement.sql, statement.bindings ?? []));
  }
}
