/**
 * `flow_tests`: each flow's conversation tests (YAML text), edited beside its draft in
 * the simulator. A separate table rather than a column on `flow_drafts`: tests change
 * without changing the draft's revision, so saving them never conflicts with an edit
 * of the graph.
 */
import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

export class Migration0006FlowTests extends Migration {
  override up(): void {
    const knex = this.getKnex();
    this.addSchema(knex, knex.schema.createTable('flow_tests', (table) => {
      table.string('flow_id', 64).primary();
      table.text('yaml').notNullable();
      table.timestamp('updated_at', { useTz: true }).notNullable();
    }));
  }

  /** MikroORM runs one statement per query; the builder may compile to several. */
  private addSchema(knex: Knex, builder: Knex.SchemaBuilder): void {
    for (const statement of builder.toSQL()) this.addSql(knex.raw(statement.sql, statement.bindings ?? []));
  }
}
