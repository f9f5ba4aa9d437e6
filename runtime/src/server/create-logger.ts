/**
 * The process logger: JSON lines (pino). Nothing secret or personal may reach the
 * logs: conversation tokens travel in the WebSocket URL and in Authorization headers,
 * session cookies in Cookie/Set-Cookie, and customers' names, phones, emails and
 * message texts in bodies. The redaction below removes them wherever code (ours or a
 * library's) logs such an object; `customer-data.db.test.ts` plants canaries and
 * greps the captured output.
 */
import { pino, type Logger as PinoLogger } from 'pino';
import type { LogLevel } from '../config.js';

const SECRET_KEYS = ['password', 'currentPassword', 'newPassword', 'token', 'totp', 'secret', 'cookie'];
const PERSONAL_KEYS = ['customer', 'phone', 'email', 'profile', 'body', 'text'];

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  ...[...SECRET_KEYS, ...PERSONAL_KEYS].flatMap((key) => [key, `*.${key}`]),
];

export function createLogger(level: LogLevel, destination?: pino.DestinationStream): PinoLogger {
  const options: pino.LoggerOptions = { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

/** Removes secrets from a URL before it is logged (`token=` query parameters). */
export function redactUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}
