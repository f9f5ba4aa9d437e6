import type { OutgoingMessage } from '../engine/types.js';
import type { BotExpectation } from './test-file-schema.js';

/** The text a business user sees for a bot message. */
export function messageText(message: OutgoingMessage): string {
  switch (message.kind) {
    case 'card':
      return message.text ? `${message.title}\n${message.text}` : message.title;
    default:
      return message.text;
  }
}

function buttonLabels(message: OutgoingMessage): string[] {
  return message.kind === 'text' || message.kind === 'choices' ? (message.choices ?? []).map((c) => c.label) : [];
}

const quote = (s: string) => JSON.stringify(s);

/** Null when the message meets the expectation, else why not (in words for business staff). */
export function matchBotMessage(message: OutgoingMessage, expected: BotExpectation): string | null {
  const text = messageText(message);
  if (typeof expected === 'string') {
    return text.trim() === expected.trim() ? null : `expected the bot to say ${quote(expected.trim())} but it said ${quote(text)}`;
  }
  if (expected.text !== undefined && text.trim() !== expected.text.trim()) {
    return `expected the bot to say ${quote(expected.text.trim())} but it said ${quote(text)}`;
  }
  if (expected.contains !== undefined && !text.includes(expected.contains)) {
    return `expected the bot's message to contain ${quote(expected.contains)} but it said ${quote(text)}`;
  }
  if (expected.matches !== undefined) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(expected.matches, 'u');
    } catch (error) {
      return `the pattern ${quote(expected.matches)} is not a valid regular expression: ${(error as Error).message}`;
    }
    if (!pattern.test(text)) return `expected the bot's message to match ${quote(expected.matches)} but it said ${quote(text)}`;
  }
  if (expected.buttons !== undefined) {
    const labels = buttonLabels(message);
    if (JSON.stringify(labels) !== JSON.stringify(expected.buttons)) {
      return `expected buttons ${JSON.stringify(expected.buttons)} but the bot showed ${JSON.stringify(labels)}`;
    }
  }
  return null;
}
