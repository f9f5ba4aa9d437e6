import { describe, expect, it } from 'vitest';
import type { ApiMessage } from './api-types';
import { answeredUpTo, chatReducer, contiguousSeq, initialChatState } from './chat-state';
import { parsePush } from './parse-push';

function message(seq: number, role: ApiMessage['role'], text: string): ApiMessage {
  return { id: `m${seq}`, seq, role, kind: 'text', text, createdAt: '2025-01-01T00:00:00.000Z' };
}

describe('chat transcript', () => {
  it('keeps one copy per seq, in order, whichever channel delivers it', () => {
    let state = chatReducer(initialChatState, { type: 'received', messages: [message(2, 'bot', 'b'), message(1, 'bot', 'a')] });
    state = chatReducer(state, { type: 'received', messages: [message(2, 'bot', 'b'), message(3, 'customer', 'c')] });
    expect(state.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('shows a local echo until the stored customer message arrives', () => {
    let state = chatReducer(initialChatState, { type: 'received', messages: [message(1, 'bot', 'Hi')] });
    state = chatReducer(state, { type: 'sending', clientKey: 'k1', text: 'refund' });
    expect(state.echoes).toHaveLength(1);
    expect(answeredUpTo(state.messages, state.echoes)).toBe(Number.POSITIVE_INFINITY);
    state = chatReducer(state, { type: 'received', messages: [message(3, 'bot', 'Sure')], status: 'active' });
    expect(state.echoes).toHaveLength(1); // the bot answered; our own message is not stored here yet
    state = chatReducer(state, { type: 'received', messages: [message(2, 'customer', 'refund')] });
    expect(state.echoes).toHaveLength(0);
    expect(answeredUpTo(state.messages, state.echoes)).toBe(2);
  });

  it('marks a failed send on its echo and records the end of a conversation', () => {
    let state = chatReducer(initialChatState, { type: 'sending', clientKey: 'k1', text: 'hello' });
    state = chatReducer(state, { type: 'send-failed', clientKey: 'k1', error: 'offline' });
    expect(state.echoes[0]?.failed).toBe('offline');
    state = chatReducer(state, { type: 'received', messages: [], status: 'ended' });
    expect(state.status).toBe('ended');
  });

  it('catches up from the last seq before the first gap', () => {
    expect(contiguousSeq([])).toBe(0);
    expect(contiguousSeq([message(1, 'bot', ''), message(2, 'bot', ''), message(4, 'bot', '')])).toBe(2);
    expect(contiguousSeq([message(3, 'bot', '')])).toBe(0);
  });

  it('reads pushed frames in the shapes the server may send and ignores junk', () => {
    expect(parsePush(JSON.stringify(message(5, 'bot', 'x')))?.messages.map((m) => m.seq)).toEqual([5]);
    expect(parsePush(JSON.stringify({ type: 'message', message: message(6, 'bot', 'y') }))?.messages).toHaveLength(1);
    expect(parsePush(JSON.stringify({ messages: [message(7, 'bot', 'z'), { seq: 'no' }], status: 'ended' }))).toMatchObject({
      messages: [{ seq: 7 }],
      status: 'ended',
    });
    expect(parsePush('not json')).toBeNull();
    expect(parsePush('42')).toBeNull();
  });
});
