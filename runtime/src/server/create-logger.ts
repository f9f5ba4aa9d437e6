/**
 * The process logger: JSON lines (pino). Conversation tokens travel in the WebSocket
 * URL and in Authorization headers; both are removed before anything is logged.
 */
import { pino, type Logger as PinoLogger } from 'pino';
import type { LogLevel } from '../config.js';

export function createLogger(level: LogLevel, destination?: pino.DestinationStream): PinoLogger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Removes secrets from a URL before it is logged (`token=` query parameters). */
export function redactUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}
