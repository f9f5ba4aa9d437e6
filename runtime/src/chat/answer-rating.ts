/**
 * The customer's rating stored on the rated `kb-answer` message itself (`body.rating`),
 * so the widget shows it after a reload and a second vote finds it. The write is a
 * compare-and-set on the body's text: of two racing votes exactly one wins.
 */
import type { LeanDb } from '../db/lean-db.js';

export type Rating = 'up' | 'down';

export interface RatedMessage {
  kind: string;
  body: Record<string, unknown>;
  /** The body exactly as stored, for the compare-and-set. */
  raw: string;
}

/** The message at `seq`, with its stored body text; null when there is none. */
export async function readRatedMessage(db: LeanDb, conversationId: string, seq: number): Promise<RatedMessage | null> {
  const bodyText = db.dialect === 'postgres' ? 'body::text' : 'body';
  const row = await db.get<{ kind: string; raw: string }>(`SELECT kind, ${bodyText} AS raw FROM messages WHERE conversation_id = ? AND seq = ?`, [conversationId, seq]);
  if (!row) return null;
  return { kind: row.kind, raw: row.raw, body: JSON.parse(row.raw) as Record<string, unknown> };
}

/** Replaces the body with `next` if it is still `expected`; true when this call wrote it. */
export async function swapMessageBody(db: LeanDb, conversationId: string, seq: number, expected: string, next: Record<string, unknown>): Promise<boolean> {
  const bodyText = db.dialect === 'postgres' ? 'body::text' : 'body';
  const changed = await db.run(`UPDATE messages SET body = ? WHERE conversation_id = ? AND seq = ? AND ${bodyText} = ?`, [
    JSON.stringify(next),
    conversationId,
    seq,
    expected,
  ]);
  return changed === 1;
}
