/**
 * `conversations.idle_deadline`: the real `session-timeout` deadline, written by the
 * conversation update every turn makes anyway, so a turn that only pushes the deadline
 * later need not rewrite the (indexed) timer row (chat/plan-idle-deadline.ts). Not
 * indexed: it is only read with the conversation row. Null for existing conversations,
 * whose timer rows keep firing as before.
 */
import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

export class Migration0004IdleDeadline extends Migration {
  override up(): void {
    const knex = this.getKnex();
    this.addSchema(knex, knex.schema.alterTable('conversations', (table) => {
      table.timestamp('idle_deadline', { useTz: true }).nullable();
    }));
  }

  /** MikroORM runs one statement per query; the builder may compile to several. */
  private addSchema(knex: Knex, builder: Knex.SchemaBuilder): void {
    for (const statement of builder.toSQL()) this.addSql(knex.raw(statement.sql, statement.bindings ?? []));
  }
}
