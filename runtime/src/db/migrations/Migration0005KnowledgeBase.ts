/**
 * The knowledge base: knowledge bases, articles (keyed by the KB and the article id the
 * import file gave, so a re-import updates in place), their edit history, model
 * versions with their evaluation figures, the per-KB test set, and the unanswered-
 * question loop (logged questions, their groups, thumbs-up/down feedback). JSON columns
 * hold lists (similar questions, category path, tags) that are always read whole.
 */
import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

export class Migration0005KnowledgeBase extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const time = (table: Knex.CreateTableBuilder, name: string) => table.timestamp(name, { useTz: true });
    const kb = (table: Knex.CreateTableBuilder) => table.string('kb', 64).notNullable();

    this.addSchema(knex, knex.schema
      .createTable('knowledge_bases', (table) => {
        table.string('name', 64).primary();
        table.string('title', 200).notNullable();
        table.string('locale', 16).notNullable();
        table.json('thresholds').nullable();
        time(table, 'created_at').notNullable();
        time(table, 'updated_at').notNullable();
      })
      .createTable('kb_articles', (table) => {
        kb(table);
        table.string('id', 128).notNullable();
        table.text('question').notNullable();
        table.json('similar').notNullable();
        table.text('answer').notNullable();
        table.json('category').notNullable();
        table.json('tags').notNullable();
        table.string('status', 16).notNullable();
        time(table, 'valid_from').nullable();
        time(table, 'valid_to').nullable();
        table.string('locale', 16).notNullable();
        table.integer('revision').notNullable();
        time(table, 'updated_at').notNullable();
        table.string('updated_by', 200).notNullable();
        table.primary(['kb', 'id']);
        table.index(['kb', 'status'], 'kb_articles_kb_status_index');
      })
      .createTable('kb_article_revisions', (table) => {
        table.increments('seq').primary();
        kb(table);
        table.string('article_id', 128).notNullable();
        table.integer('revision').notNullable();
        // The article as it was before the change (null when the change created it).
        table.json('content').nullable();
        table.string('change', 16).notNullable();
        time(table, 'changed_at').notNullable();
        table.string('changed_by', 200).notNullable();
        table.index(['kb', 'article_id'], 'kb_article_revisions_article_index');
      })
      .createTable('kb_models', (table) => {
        kb(table);
        table.integer('version').notNullable();
        table.integer('test_cases').notNullable();
        table.double('top1').nullable();
        table.double('top3').nullable();
        table.boolean('active').notNullable();
        table.text('note').notNullable();
        table.integer('article_count').notNullable();
        table.integer('training_ms').notNullable();
        time(table, 'created_at').notNullable();
        table.binary('model').nullable();
        table.primary(['kb', 'version']);
      })
      .createTable('kb_test_cases', (table) => {
        table.increments('id').primary();
        kb(table);
        table.text('query').notNullable();
        table.string('expected_id', 128).notNullable();
        table.string('source', 32).notNullable();
        time(table, 'created_at').notNullable();
        table.index(['kb'], 'kb_test_cases_kb_index');
      })
      .createTable('kb_unanswered_groups', (table) => {
        table.string('id', 36).primary();
        kb(table);
        table.text('representative').notNullable();
        table.string('status', 16).notNullable();
        table.integer('count').notNullable();
        time(table, 'last_seen_at').notNullable();
        time(table, 'created_at').notNullable();
        table.text('resolution_note').nullable();
        table.string('resolved_by', 200).nullable();
        table.index(['kb', 'status', 'count'], 'kb_unanswered_groups_rank_index');
      })
      .createTable('kb_unanswered', (table) => {
        table.string('id', 36).primary();
        kb(table);
        table.text('question').notNullable();
        table.string('reason', 16).notNullable();
        table.string('conversation_id', 64).nullable();
        table.string('article_id', 128).nullable();
        table.json('context').notNullable();
        table.string('group_id', 36).notNullable();
        time(table, 'created_at').notNullable();
        table.index(['group_id'], 'kb_unanswered_group_index');
      })
      .createTable('kb_feedback', (table) => {
        table.increments('id').primary();
        kb(table);
        table.string('article_id', 128).notNullable();
        table.string('rating', 8).notNullable();
        table.string('conversation_id', 64).nullable();
        time(table, 'created_at').notNullable();
        table.index(['kb', 'article_id'], 'kb_feedback_article_index');
      }));
  }

  /** MikroORM runs one statement per query; the builder may compile to several. */
  private addSchema(knex: Knex, builder: Knex.SchemaBuilder): void {
    for (const statement of builder.toSQL()) this.addSql(knex.raw(statement.sql, statement.bindings ?? []));
  }
}
