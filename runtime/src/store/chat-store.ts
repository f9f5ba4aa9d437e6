/**
 * The chat hot path's persistence, as prepared statements on the lean executor. Each
 * method is one round of reads or ONE transaction of writes; the turn processor
 * decides what to write.
 */
import type { BundleDocument } from '@kefu/schemas';
import { readJson, readTime, type LeanDb, type LeanStatement, type SqlValue } from '../db/lean-db.js';
import { isUniqueViolation } from '../db/is-unique-violation.js';
import { StaleWriteError } from '../db/stale-write-error.js';
import { timeOrderedUuid } from '../db/time-ordered-id.js';
import type { ConversationState } from '../engine/types.js';
import type {
  ClaimedTimer,
  NewConversation,
  NewCustomer,
  NewMessage,
  StoredConversation,
  StoredMessage,
  TimerChange,
  TimerRearm,
  TurnWrite,
} from './chat-records.js';

export type TimerRearmResult = 'rearmed' | 'stale';
export type TurnCommitResult = 'committed' | 'stale-conversation' | 'stale-timer' | 'duplicate-message';

interface ConversationSqlRow extends Omit<StoredConversation, 'state' | 'idleDeadline'> {
  state: unknown;
  idleDeadline: unknown;
}
interface MessageSqlRow extends Omit<StoredMessage, 'body' | 'createdAt'> {
  body: unknown;
  createdAt: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MESSAGE_COLUMNS = 'id, seq, role, kind, body, created_at AS "createdAt"';

export class ChatStore {
  readonly #db: LeanDb;

  constructor(db: LeanDb) {
    this.#db = db;
  }

  get db(): LeanDb {
    return this.#db;
  }

  async currentVersion(): Promise<number | null> {
    const row = await this.#db.get<{ version: number }>('SELECT version FROM bundle_current WHERE id = 1');
    return row?.version ?? null;
  }

  async bundleDocument(version: number): Promise<BundleDocument | null> {
    const row = await this.#db.get<{ document: unknown }>('SELECT document FROM bundle_versions WHERE version = ?', [version]);
    return row ? readJson<BundleDocument>(row.document) : null;
  }

  async conversation(id: string): Promise<StoredConversation | null> {
    // Ids are UUIDs; anything else names no conversation (and PostgreSQL would reject it).
    if (!UUID.test(id)) return null;
    const row = await this.#db.get<ConversationSqlRow>(
      'SELECT id, token_hash AS "tokenHash", customer_id AS "customerId", bundle_version AS "bundleVersion", locale, status, state, version, last_seq AS "lastSeq", idle_deadline AS "idleDeadline" FROM conversations WHERE id = ?',
      [id],
    );
    if (!row) return null;
    return { ...row, state: readJson<ConversationState>(row.state), idleDeadline: row.idleDeadline === null ? null : readTime(row.idleDeadline) };
  }

  /** The customer message stored under `clientMessageId`, with the end of its answer. */
  async customerMessage(conversationId: string, clientMessageId: string): Promise<{ seq: number; replySeqEnd: number | null } | null> {
    const row = await this.#db.get<{ seq: number; replySeqEnd: number | null }>(
      'SELECT seq, reply_seq_end AS "replySeqEnd" FROM messages WHERE conversation_id = ? AND client_message_id = ?',
      [conversationId, clientMessageId],
    );
    return row ?? null;
  }

  /** Messages with `afterSeq < seq <= throughSeq`, oldest first. */
  async messages(conversationId: string, afterSeq: number, throughSeq: number, limit: number): Promise<StoredMessage[]> {
    const rows = await this.#db.all<MessageSqlRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?`,
      [conversationId, afterSeq, throughSeq, limit],
    );
    return rows.map(toStoredMessage);
  }

  /** The latest bot message offering choices, to name a choice the customer picked. */
  async latestChoices(conversationId: string): Promise<StoredMessage | null> {
    const row = await this.#db.get<MessageSqlRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND role = 'bot' AND kind IN ('choices', 'text') ORDER BY seq DESC LIMIT 1`,
      [conversationId],
    );
    return row ? toStoredMessage(row) : null;
  }

  /** Finds or creates the customer with this external id (anonymous customers are always new). */
  async ensureCustomer(customer: NewCustomer, now: Date): Promise<string> {
    if (customer.externalId !== null) {
      const existing = await this.#customerByExternalId(customer.externalId);
      if (existing) return existing;
    }
    try {
      await this.#db.run(
        'INSERT INTO customers (id, external_id, name_encrypted, phone_encrypted, email_encrypted, profile_encrypted, phone_index, email_index, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          customer.id,
          customer.externalId,
          customer.nameEncrypted,
          customer.phoneEncrypted,
          customer.emailEncrypted,
          customer.profileEncrypted,
          customer.phoneIndex,
          customer.emailIndex,
          now,
        ],
      );
      return customer.id;
    } catch (error) {
      // Another request created the same external customer meanwhile.
      const raced = customer.externalId !== null && isUniqueViolation(error) ? await this.#customerByExternalId(customer.externalId) : null;
      if (raced) return raced;
      throw error;
    }
  }

  async createConversation(conversation: NewConversation): Promise<void> {
    const lastSeq = conversation.messages.at(-1)?.seq ?? 0;
    await this.#db.transaction([
      {
        sql: 'INSERT INTO conversations (id, token_hash, customer_id, bundle_version, locale, status, state, version, last_seq, idle_deadline, skill_group, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)',
        params: [
          conversation.id,
          conversation.tokenHash,
          conversation.customerId,
          conversation.bundleVersion,
          conversation.locale,
          conversation.status,
          JSON.stringify(conversation.state),
          lastSeq,
          conversation.idleDeadline,
          conversation.skillGroup,
          conversation.now,
          conversation.now,
        ],
      },
      ...insertMessages(conversation.id, conversation.messages),
      ...conversation.timers.map((change) => timerStatement(conversation.id, change, conversation.now)),
    ]);
  }

  /**
   * Writes a turn in ONE transaction guarded by the conversation's `version` (and, for
   * a timer turn, by the timer's lease). Returns what went stale instead of throwing.
   */
  commitTurn(turn: TurnWrite): Promise<TurnCommitResult> {
    const statements: LeanStatement[] = [
      {
        sql: 'UPDATE conversations SET state = ?, status = ?, version = version + 1, last_seq = ?, idle_deadline = ?, skill_group = COALESCE(?, skill_group), updated_at = ? WHERE id = ? AND version = ?',
        params: [JSON.stringify(turn.state), turn.status, turn.lastSeq, turn.idleDeadline, turn.skillGroup, turn.now, turn.conversationId, turn.expectedVersion],
        expectChanges: 1,
      },
    ];
    if (turn.firedTimer) {
      statements.push({
        sql: "DELETE FROM timers WHERE id = ? AND status = 'claimed' AND lease_until = ?",
        params: [turn.firedTimer.id, turn.firedTimer.leaseUntil],
        expectChanges: 1,
      });
    }
    statements.push(...insertMessages(turn.conversationId, turn.messages));
    statements.push(...turn.timers.map((change) => timerStatement(turn.conversationId, change, turn.now)));
    return this.#db.transaction(statements).then(
      () => 'committed',
      (error: unknown) => {
        if (error instanceof StaleWriteError) return error.statementIndex === 0 ? 'stale-conversation' : 'stale-timer';
        if (isUniqueViolation(error)) return 'duplicate-message';
        throw error;
      },
    );
  }

  /**
   * Claims up to `limit` due timers (pending, or claimed with an expired lease) for
   * this instance until `leaseUntil`. PostgreSQL skips rows other instances are
   * claiming right now; SQLite has one writer at a time anyway.
   */
  async claimDueTimers(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedTimer[]> {
    const select =
      "SELECT id FROM timers WHERE due_at <= ? AND (status = 'pending' OR lease_until < ?) ORDER BY due_at LIMIT ?" +
      (this.#db.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '');
    const rows = await this.#db.all<{ id: string; conversationId: string; name: string; dueAt: unknown; leaseUntil: unknown }>(
      `UPDATE timers SET status = 'claimed', lease_until = ? WHERE id IN (${select}) RETURNING id, conversation_id AS "conversationId", name, due_at AS "dueAt", lease_until AS "leaseUntil"`,
      [leaseUntil, now, now, limit],
    );
    return rows.map((row) => ({ ...row, dueAt: readTime(row.dueAt), leaseUntil: readTime(row.leaseUntil) }));
  }

  /**
   * Moves a timer we claimed to `dueAt` and back to pending, only while our claim holds
   * and the conversation is still at the `version` the due time was read from (another
   * writer may have moved the deadline meanwhile; the caller then re-reads).
   */
  async rearmTimer(rearm: TimerRearm): Promise<TimerRearmResult> {
    const changes = await this.#db.run(
      "UPDATE timers SET due_at = ?, status = 'pending', lease_until = NULL WHERE id = ? AND status = 'claimed' AND lease_until = ? AND EXISTS (SELECT 1 FROM conversations WHERE id = ? AND version = ?)",
      [rearm.dueAt, rearm.timer.id, rearm.timer.leaseUntil, rearm.conversationId, rearm.expectedVersion],
    );
    return changes === 1 ? 'rearmed' : 'stale';
  }

  /** Still claimed by us with this lease (not re-armed or taken over meanwhile)? */
  async timerStillClaimed(id: string, leaseUntil: Date): Promise<boolean> {
    const row = await this.#db.get<{ id: string }>("SELECT id FROM timers WHERE id = ? AND status = 'claimed' AND lease_until = ?", [id, leaseUntil]);
    return row !== undefined;
  }

  /** Drops a claimed timer that has nothing left to do (its conversation ended or vanished). */
  async discardTimer(id: string, leaseUntil: Date): Promise<void> {
    await this.#db.run("DELETE FROM timers WHERE id = ? AND status = 'claimed' AND lease_until = ?", [id, leaseUntil]);
  }

  async #customerByExternalId(externalId: string): Promise<string | null> {
    const row = await this.#db.get<{ id: string }>('SELECT id FROM customers WHERE external_id = ?', [externalId]);
    return row?.id ?? null;
  }
}

const MESSAGE_ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** A turn's messages in one multi-row INSERT (none: no statement): one statement to run, not one per message. */
function insertMessages(conversationId: string, messages: readonly NewMessage[]): LeanStatement[] {
  if (messages.length === 0) return [];
  const params: SqlValue[] = [];
  for (const message of messages) {
    params.push(
      message.id,
      conversationId,
      message.seq,
      message.role,
      message.kind,
      JSON.stringify(message.body),
      message.clientMessageId,
      message.replySeqEnd,
      message.createdAt,
    );
  }
  const rows = messages.map(() => MESSAGE_ROW).join(', ');
  return [{ sql: `INSERT INTO messages (id, conversation_id, seq, role, kind, body, client_message_id, reply_seq_end, created_at) VALUES ${rows}`, params }];
}

function timerStatement(conversationId: string, change: TimerChange, now: Date): LeanStatement {
  if (change.type === 'set') {
    // Re-arming keeps one row per (conversation, name) and takes it back from any claimer.
    return {
      sql: "INSERT INTO timers (id, conversation_id, name, due_at, status, lease_until, created_at) VALUES (?, ?, ?, ?, 'pending', NULL, ?) ON CONFLICT (conversation_id, name) DO UPDATE SET due_at = excluded.due_at, status = 'pending', lease_until = NULL",
      params: [timeOrderedUuid(), conversationId, change.name, change.dueAt, now],
    };
  }
  if (change.type === 'cancel') {
    return { sql: 'DELETE FROM timers WHERE conversation_id = ? AND name = ?', params: [conversationId, change.name] };
  }
  return { sql: 'DELETE FROM timers WHERE conversation_id = ?', params: [conversationId] };
}

function toStoredMessage(row: MessageSqlRow): StoredMessage {
  return { id: row.id, seq: row.seq, role: row.role, kind: row.kind, body: readJson(row.body), createdAt: readTime(row.createdAt) };
}
