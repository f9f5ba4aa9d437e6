/**
 * The smallest `{ before, after }` that shows what changed: for two objects, only the
 * keys whose values differ (recursively); arrays and scalars are compared whole.
 * When one side is absent (a creation or a deletion) the other is kept as is.
 */
import { isDeepStrictEqual } from 'node:util';

export interface Diff {
  before?: unknown;
  after?: unknown;
}

export function minimalDiff(before: unknown, after: unknown): Diff | null {
  if (before === undefined && after === undefined) return null;
  if (before === undefined) return { after };
  if (after === undefined) return { before };
  if (isDeepStrictEqual(before, after)) return null;
  if (!isPlainObject(before) || !isPlainObject(after)) return { before, after };
  const diffBefore: Record<string, unknown> = {};
  const diffAfter: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const inner = minimalDiff(before[key], after[key]);
    if (!inner) continue;
    if ('before' in inner) diffBefore[key] = inner.before;
    if ('after' in inner) diffAfter[key] = inner.after;
  }
  return { before: diffBefore, after: diffAfter };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
