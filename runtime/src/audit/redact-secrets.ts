/**
 * Replaces the values of secret-looking keys (password, secret, token, totp, hash) at
 * any depth, so an audit diff can show THAT a password changed but never what it is.
 * Works on plain JSON data; other values (Dates, class instances) are converted the
 * way JSON.stringify would.
 */

export const SECRET_KEY = /password|secret|token|totp|hash/i;
export const REDACTED = '[redacted]';

const MAX_DEPTH = 32;

export function redactSecrets(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function') continue;
    result[key] = SECRET_KEY.test(key) ? REDACTED : redactSecrets(item, depth + 1);
  }
  return result;
}
