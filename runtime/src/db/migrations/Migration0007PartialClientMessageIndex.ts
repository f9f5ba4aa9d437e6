/**
 * The idempotency index on `messages (conversation_id, client_message_id)` holds only the
 * customer's messages. Bot and system messages have no client id, yet each of them put
 * an entry (with NULL) into the unique index: two of the three index writes of a typical
 * turn, for rows no lookup ever finds. `WHERE client_message_id IS NOT NULL` leaves them
 * out; duplicates of a client id are refused exactly as before, and the lookup by
 * `client_message_id = ?` still uses the index (the equality implies NOT NULL).
 */
import { Migration } from '@mikro-orm/migrations';

export class Migration0007PartialClientMessageIndex extends Migration {
  override up(): void {
    // PostgreSQL made the old one a table constraint; SQLite a plain unique index.
    if (this.getKnex().client.dialect === 'postgresql') {
      this.addSql('ALTER TABLE messages DROP CONSTRAINT messages_conversation_client_id_unique');
    } else {
      this.addSql('DROP INDEX messages_conversation_client_id_unique');
    }
    this.addSql(
      'CREATE UNIQUE INDEX messages_conversation_client_id_unique ON messages (conversation_id, client_message_id) WHERE client_message_id IS NOT NULL',
    );
  }
}
