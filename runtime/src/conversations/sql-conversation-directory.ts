/** ConversationDirectory over the lean executor (both dialects). */
import { toApiMessage } from '../chat/api-message.js';
import { readTime, type LeanDb, type SqlValue } from '../db/lean-db.js';
import { KefuError } from '../errors.js';
import type { ChatStore } from '../store/chat-store.js';
import {
  CONVERSATION_PAGE_DEFAULT,
  CONVERSATION_PAGE_MAX,
  TRANSCRIPT_MAX_MESSAGES,
  type ConversationDirectory,
  type ConversationPage,
  type ConversationSummary,
} from './conversation-directory.js';
import { scopeCondition, type ViewerScope } from './viewer-scope.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR = /^(\d{1,15})_([0-9a-f-]{36})$/i;
const COLUMNS =
  'id, customer_id AS "customerId", status, locale, skill_group AS "skillGroup", bundle_version AS "bundleVersion", last_seq AS "lastSeq", created_at AS "createdAt", updated_at AS "updatedAt"';

type SummaryRow = Omit<ConversationSummary, 'createdAt' | 'updatedAt'> & { createdAt: unknown; updatedAt: unknown };

export class SqlConversationDirectory implements ConversationDirectory {
  readonly #db: LeanDb;
  readonly #store: ChatStore;

  constructor(db: LeanDb, store: ChatStore) {
    this.#db = db;
    this.#store = store;
  }

  async list(scope: ViewerScope, page: { limit?: number; cursor?: string } = {}): Promise<ConversationPage> {
    const limit = Math.min(Math.max(page.limit ?? CONVERSATION_PAGE_DEFAULT, 1), CONVERSATION_PAGE_MAX);
    const condition = scopeCondition(scope, 'skill_group');
    const where = [condition.sql];
    const params: SqlValue[] = [...condition.params];
    if (page.cursor !== undefined) {
      const match = CURSOR.exec(page.cursor);
      if (!match) throw new KefuError('KEFU_ERR_BAD_REQUEST', '/cursor is not a cursor this API returned.', { path: '/cursor' });
      const at = new Date(Number(match[1]));
      // Keyset pagination on (created_at, id), newest first.
      where.push('(created_at < ? OR (created_at = ? AND id < ?))');
      params.push(at, at, (match[2] ?? '').toLowerCase());
    }
    const rows = await this.#db.all<SummaryRow>(
      `SELECT ${COLUMNS} FROM conversations WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ?`,
      [...params, limit + 1],
    );
    const summaries = rows.slice(0, limit).map(toSummary);
    const last = summaries.at(-1);
    return {
      conversations: summaries,
      nextCursor: rows.length > limit && last ? `${new Date(last.createdAt).getTime()}_${last.id}` : null,
    };
  }

  async get(id: string, scope: ViewerScope) {
    if (!UUID.test(id)) return null;
    const condition = scopeCondition(scope, 'skill_group');
    const row = await this.#db.get<SummaryRow>(`SELECT ${COLUMNS} FROM conversations WHERE id = ? AND ${condition.sql}`, [id, ...condition.params]);
    if (!row) return null;
    const conversation = toSummary(row);
    const messages = await this.#store.messages(id, 0, conversation.lastSeq, TRANSCRIPT_MAX_MESSAGES);
    return { conversation, messages: messages.map(toApiMessage) };
  }
}

function toSummary(row: SummaryRow): ConversationSummary {
  return { ...row, createdAt: readTime(row.createdAt).toISOString(), updatedAt: readTime(row.updatedAt).toISOString() };
}
