import type { ApiMessage, ConversationStatus } from './api-types';

function isMessage(value: unknown): value is ApiMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    'seq' in value &&
    typeof value.seq === 'number' &&
    'role' in value &&
    typeof value.role === 'string' &&
    'text' in value &&
    typeof value.text === 'string'
  );
}

/** Reads one WebSocket frame; frames the widget does not understand are ignored, never fatal. */
export function parsePush(data: string): { messages: ApiMessage[]; status?: ConversationStatus } | null {
  let frame: unknown;
  try {
    frame = JSON.parse(data);
  } catch {
    return null;
  }
  if (isMessage(frame)) return { messages: [frame] };
  if (typeof frame !== 'object' || frame === null) return null;
  const status = 'status' in frame && typeof frame.status === 'string' ? frame.status : undefined;
  if ('message' in frame && isMessage(frame.message)) return { messages: [frame.message], ...(status ? { status } : {}) };
  if ('messages' in frame && Array.isArray(frame.messages)) {
    return { messages: frame.messages.filter(isMessage), ...(status ? { status } : {}) };
  }
  return status ? { messages: [], status } : null;
}
