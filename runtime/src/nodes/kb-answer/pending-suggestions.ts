import type { VarValue, Vars } from '../../engine/types.js';

/**
 * The suggestions a waiting `kb-answer` offered, kept in a reserved conversation variable
 * between the "did you mean" turn and the customer's pick (node visit counters hold only
 * numbers). Cleared whenever the node leaves.
 */
export const PENDING_VAR = '_kbSuggested';

export interface PendingSuggestions {
  /** The question the suggestions were found for. */
  query: string;
  hits: { id: string; question: string }[];
}

export function pendingToVar(pending: PendingSuggestions): VarValue {
  return { query: pending.query, hits: pending.hits.map((h) => ({ id: h.id, question: h.question })) };
}

/** The stored suggestions, or null when the variable is missing or not of this shape. */
export function pendingFromVars(vars: Readonly<Vars>): PendingSuggestions | null {
  const value = vars[PENDING_VAR];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { query, hits } = value;
  if (typeof query !== 'string' || !Array.isArray(hits)) return null;
  const parsed: PendingSuggestions['hits'] = [];
  for (const hit of hits) {
    if (!hit || typeof hit !== 'object' || Array.isArray(hit) || typeof hit.id !== 'string' || typeof hit.question !== 'string') return null;
    parsed.push({ id: hit.id, question: hit.question });
  }
  return { query, hits: parsed };
}
