/**
 * The widget's transcript. Server messages are kept by `seq` (so the POST answer, the
 * WebSocket push and the catch-up can all deliver the same message without doubles);
 * a customer's message is shown at once as a local echo until the server's copy arrives.
 */
import type { ApiMessage, ConversationStatus } from './api-types';

export interface LocalEcho {
  clientKey: string;
  text: string;
  failed: string | null;
}

export interface ChatState {
  messages: ApiMessage[];
  echoes: LocalEcho[];
  status: ConversationStatus;
}

export type ChatAction =
  | { type: 'reset' }
  | { type: 'received'; messages: readonly ApiMessage[]; status?: ConversationStatus }
  | { type: 'sending'; clientKey: string; text: string }
  | { type: 'send-failed'; clientKey: string; error: string };

export const initialChatState: ChatState = { messages: [], echoes: [], status: 'active' };

function merge(existing: readonly ApiMessage[], incoming: readonly ApiMessage[]): ApiMessage[] {
  const bySeq = new Map(existing.map((message) => [message.seq, message]));
  for (const message of incoming) bySeq.set(message.seq, message);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** Removes, for each newly stored customer message, the oldest echo with the same text. */
function settleEchoes(echoes: readonly LocalEcho[], existing: readonly ApiMessage[], incoming: readonly ApiMessage[]): LocalEcho[] {
  const known = new Set(existing.map((message) => message.seq));
  const remaining = [...echoes];
  for (const message of incoming) {
    if (message.role !== 'customer' || known.has(message.seq)) continue;
    const index = remaining.findIndex((echo) => echo.failed === null && echo.text === message.text);
    if (index >= 0) remaining.splice(index, 1);
  }
  return remaining;
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'reset':
      return initialChatState;
    case 'received':
      return {
        messages: merge(state.messages, action.messages),
        echoes: settleEchoes(state.echoes, state.messages, action.messages),
        status: action.status ?? state.status,
      };
    case 'sending':
      return { ...state, echoes: [...state.echoes, { clientKey: action.clientKey, text: action.text, failed: null }] };
    case 'send-failed':
      return {
        ...state,
        echoes: state.echoes.map((echo) => (echo.clientKey === action.clientKey ? { ...echo, failed: action.error } : echo)),
      };
  }
}

/** The highest seq up to which nothing is missing: where a catch-up starts. */
export function contiguousSeq(messages: readonly ApiMessage[]): number {
  let expected = messages[0]?.seq ?? 0;
  if (expected > 1) return 0;
  for (const message of messages) {
    if (message.seq > expected + 1) break;
    expected = message.seq;
  }
  return expected;
}

/**
 * Quick replies stay clickable on bot messages the customer has not answered yet, i.e.
 * those after the customer's last message (a menu may be followed by a prompt).
 */
export function answeredUpTo(messages: readonly ApiMessage[], echoes: readonly LocalEcho[]): number {
  if (echoes.some((echo) => echo.failed === null)) return Number.POSITIVE_INFINITY; // an answer is on its way
  const lastCustomer = messages.findLast((message) => message.role === 'customer');
  return lastCustomer?.seq ?? 0;
}
