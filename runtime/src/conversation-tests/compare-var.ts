import { isDeepStrictEqual } from 'node:util';

function describe(value: unknown): string {
  if (value === undefined) return 'not set';
  const type = typeof value === 'string' ? 'text' : value === null ? 'empty' : typeof value;
  return `${JSON.stringify(value)} (${type})`;
}

/** Null when equal, else a message; explains the common YAML trap of an unquoted number. */
export function compareVar(name: string, expected: unknown, actual: unknown): string | null {
  if (isDeepStrictEqual(expected, actual)) return null;
  let message = `expected variable ${name} to be ${describe(expected)} but it is ${describe(actual)}`;
  if (typeof expected !== 'string' && typeof actual === 'string' && String(expected) === actual) {
    message += ' — put the expected value in quotes to compare it as text';
  }
  return message;
}
