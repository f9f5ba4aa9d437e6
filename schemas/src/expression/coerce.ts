/**
 * Conversions shared by the evaluator and the built-in functions. The language is
 * total: a conversion that makes no sense yields null instead of throwing.
 */
import type { ExprValue } from './ast.js';

/** Names that would reach the prototype chain; never readable, at parse or run time. */
export const FORBIDDEN_PROPERTIES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Reads an own data property of a plain object, or an element of an array by integer
 * index. Getters, inherited members and anything on other objects read as null, so an
 * expression can never call code or walk up a prototype chain.
 */
export function readProperty(container: unknown, key: string | number): unknown {
  if (Array.isArray(container)) {
    const index = typeof key === 'number' ? key : /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : NaN;
    if (!Number.isInteger(index) || index < 0 || index >= container.length) return null;
    return dataValue(container, String(index));
  }
  if (!isPlainObject(container)) return null;
  const name = String(key);
  if (FORBIDDEN_PROPERTIES.has(name)) return null;
  return dataValue(container, name);
}

function dataValue(container: object, name: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(container, name);
  if (descriptor === undefined || !('value' in descriptor)) return null;
  return descriptor.value;
}

/** Turns anything read from the scope into plain JSON data (functions, class instances, undefined → null). */
export function toExprValue(value: unknown, depth = 0): ExprValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  // Deeply nested data is cut off rather than walked without bound.
  if (depth > 64) return null;
  if (Array.isArray(value)) return value.map((item: unknown) => toExprValue(item, depth + 1));
  if (isPlainObject(value)) {
    const out: Record<string, ExprValue> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_PROPERTIES.has(key)) continue;
      out[key] = toExprValue(readProperty(value, key), depth + 1);
    }
    return out;
  }
  return null;
}

/** How a value appears in text: null as '', objects and arrays as JSON. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(toExprValue(value));
}

/** A number, or a string that is exactly a decimal number (surrounding spaces allowed); otherwise null. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return null;
    const parsed = Number(trimmed);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** JavaScript truthiness restricted to JSON data: null, false, 0 and '' are false. */
export function isTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return false;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return true;
}

/** A number result that left the finite range (overflow) becomes null. */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
