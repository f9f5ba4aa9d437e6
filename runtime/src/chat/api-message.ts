import type { Choice } from '../engine/types.js';
import type { MessageRole } from '../db/entities/message.js';
import type { StoredMessage } from '../store/chat-records.js';

/** A message as the public chat API and the WebSocket show it. */
export interface ApiMessage {
  id: string;
  seq: number;
  role: MessageRole;
  kind: string;
  text: string;
  choices?: Choice[];
  /** Cards carry these besides `text`. */
  title?: string;
  imageUrl?: string;
  url?: string;
  /** System messages may carry a stable code (e.g. KEFU_ERR_NODE_FAILED). */
  code?: string;
  /** `kb-answer` messages: where the answer came from and the question it answered. */
  kb?: string;
  articleId?: string;
  question?: string;
  /** True when the customer may rate this message (`POST /conversations/:id/feedback`). */
  feedback?: boolean;
  /** The customer's rating of this answer, once given. */
  rating?: 'up' | 'down';
  /** ISO-8601 UTC. */
  createdAt: string;
}

const OPTIONAL_TEXT_FIELDS = ['title', 'imageUrl', 'url', 'code', 'kb', 'articleId', 'question'] as const;

/** The messages of one turn share their time: format it once. */
let lastTime = Number.NaN;
let lastIso = '';
function isoTime(date: Date): string {
  const time = date.getTime();
  if (time !== lastTime) {
    lastTime = time;
    lastIso = date.toISOString();
  }
  return lastIso;
}

export function toApiMessage(message: StoredMessage): ApiMessage {
  const body = message.body;
  const api: ApiMessage = {
    id: message.id,
    seq: message.seq,
    role: message.role,
    kind: message.kind,
    text: typeof body.text === 'string' ? body.text : typeof body.title === 'string' ? body.title : '',
    createdAt: isoTime(message.createdAt),
  };
  if (Array.isArray(body.choices)) api.choices = body.choices as Choice[];
  for (const key of OPTIONAL_TEXT_FIELDS) {
    const value = body[key];
    if (typeof value === 'string') api[key] = value;
  }
  if (body.feedback === true) api.feedback = true;
  if (body.rating === 'up' || body.rating === 'down') api.rating = body.rating;
  return api;
}
