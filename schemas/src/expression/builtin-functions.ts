/**
 * The functions an expression may call. The set is closed: a call to anything else,
 * or with the wrong number of arguments, is a parse-time error.
 */
import type { ExprValue, FunctionName } from './ast.js';
import { isPlainObject, toExprValue, toNumber, toText } from './coerce.js';
import { valuesEqual } from './compare-values.js';

export interface BuiltinFunction {
  arity: number;
  /** One line for the editor's autocomplete and the docs. */
  summary: string;
  call(args: readonly unknown[]): ExprValue;
}

const codePointLength = (text: string): number => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

export const BUILTIN_FUNCTIONS: Readonly<Record<FunctionName, BuiltinFunction>> = {
  contains: {
    arity: 2,
    summary: 'contains(text, part) — text includes part; for a list: the list has an item equal to part',
    call: ([haystack, needle]) => {
      if (Array.isArray(haystack)) return haystack.some((item: unknown) => valuesEqual(item, needle));
      if (haystack === null || haystack === undefined) return false;
      return toText(haystack).includes(toText(needle));
    },
  },
  startsWith: {
    arity: 2,
    summary: 'startsWith(text, prefix)',
    call: ([text, prefix]) => (text === null || text === undefined ? false : toText(text).startsWith(toText(prefix))),
  },
  endsWith: {
    arity: 2,
    summary: 'endsWith(text, suffix)',
    call: ([text, suffix]) => (text === null || text === undefined ? false : toText(text).endsWith(toText(suffix))),
  },
  lower: { arity: 1, summary: 'lower(text) — lower case', call: ([text]) => toText(text).toLowerCase() },
  upper: { arity: 1, summary: 'upper(text) — upper case', call: ([text]) => toText(text).toUpperCase() },
  trim: { arity: 1, summary: 'trim(text) — without surrounding spaces', call: ([text]) => toText(text).trim() },
  len: {
    arity: 1,
    summary: 'len(value) — characters of a text, items of a list, keys of an object; 0 for null',
    call: ([value]) => {
      if (value === null || value === undefined) return 0;
      if (Array.isArray(value)) return value.length;
      if (isPlainObject(value)) return Object.keys(value).length;
      return codePointLength(toText(value));
    },
  },
  isEmpty: {
    arity: 1,
    summary: 'isEmpty(value) — null, blank text, empty list or object',
    call: ([value]) => {
      if (value === null || value === undefined) return true;
      if (typeof value === 'string') return value.trim() === '';
      if (Array.isArray(value)) return value.length === 0;
      if (isPlainObject(value)) return Object.keys(value).length === 0;
      return false;
    },
  },
  number: {
    arity: 1,
    summary: "number(value) — '42' → 42; null when it is not a number",
    call: ([value]) => toNumber(value),
  },
  string: {
    arity: 1,
    summary: 'string(value) — as text; null → empty text',
    call: ([value]) => toText(toExprValue(value)),
  },
};

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(BUILTIN_FUNCTIONS, name);
}
