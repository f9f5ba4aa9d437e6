/**
 * Undo/redo over whole documents. Documents are immutable and changes share
 * structure, so keeping earlier documents is cheap and an undo is exact. Changes made
 * in a quick series under one `coalesceKey` (typing in a field, nudging a node) become
 * one step, so Ctrl+Z undoes a word, not a letter.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Key of the last change, while further changes with the same key merge into it. */
  coalesceKey: string | null;
}

/** Steps kept; older ones fall off. */
export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], coalesceKey: null };
}

export function record<T>(history: History<T>, next: T, coalesceKey: string | null = null): History<T> {
  if (next === history.present) return history;
  if (coalesceKey !== null && coalesceKey === history.coalesceKey) return { ...history, present: next, future: [] };
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [], coalesceKey };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], coalesceKey: null };
}

export function redo<T>(history: History<T>): History<T> {
  const next = history.future[0];
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: history.future.slice(1), coalesceKey: null };
}

