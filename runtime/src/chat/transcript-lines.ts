import type { TranscriptLine } from '../engine/types.js';
import type { StoredMessage } from '../store/chat-records.js';

/**
 * Stored messages as the unanswered-question log keeps context: who said what, in
 * order. System notices carry no conversation content and are left out.
 */
export function transcriptLines(messages: readonly StoredMessage[]): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  for (const message of messages) {
    if (message.role === 'system') continue;
    const text = typeof message.body.text === 'string' ? message.body.text : typeof message.body.title === 'string' ? message.body.title : '';
    if (text === '') continue;
    lines.push({ from: message.role === 'customer' ? 'customer' : message.role === 'agent' ? 'agent' : 'bot', text });
  }
  return lines;
}
