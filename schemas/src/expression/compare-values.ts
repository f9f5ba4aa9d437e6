/**
 * Equality and ordering rules of the expression language.
 *
 * Equality (`==`, `!=`): two numbers compare numerically; a number and a string compare
 * numerically when the string is exactly a decimal number (`vars.age == '42'`), else they
 * differ; any other pair of different types differs (`0 == false` is false,
 * `null == ''` is false); arrays and objects compare structurally.
 *
 * Ordering (`<`, `<=`, `>`, `>=`): numbers numerically; a number and a numeric string
 * numerically; two strings by code point (so `'10' < '9'`, as in JavaScript); every
 * other pair is incomparable and the comparison is false.
 */
import { isPlainObject, readProperty, toNumber } from './coerce.js';

export function valuesEqual(left: unknown, right: unknown): boolean {
  const a = left === undefined ? null : left;
  const b = right === undefined ? null : right;
  if (typeof a === 'number' || typeof b === 'number') {
    if (typeof a === 'boolean' || typeof b === 'boolean') return false;
    if (typeof a !== 'number' && typeof a !== 'string') return false;
    if (typeof b !== 'number' && typeof b !== 'string') return false;
    const x = toNumber(a);
    const y = toNumber(b);
    return x !== null && y !== null && x === y;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item: unknown, i) => valuesEqual(item, readProperty(b, i)));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && valuesEqual(readProperty(a, key), readProperty(b, key)));
  }
  return a === b;
}

/** Negative, zero or positive when comparable; null when the pair is incomparable. */
export function compareValues(left: unknown, right: unknown): number | null {
  if (typeof left === 'string' && typeof right === 'string') {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const numericPair =
    (typeof left === 'number' && (typeof right === 'number' || typeof right === 'string')) ||
    (typeof right === 'number' && typeof left === 'string');
  if (!numericPair) return null;
  const x = toNumber(left);
  const y = toNumber(right);
  if (x === null || y === null) return null;
  return x - y;
}
