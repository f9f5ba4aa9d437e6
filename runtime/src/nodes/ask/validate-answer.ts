import type { VarValue } from '../../engine/types.js';
import type { AskConfig } from './config.generated.js';
import { hasNestedQuantifier } from './nested-quantifier.js';

type Validation = AskConfig['validation'];

/** What the customer answered: typed text, or a clicked button. */
export type Answer = { text: string; choiceId?: string };

export type AnswerCheck = { ok: true; value: VarValue } | { ok: false };

/**
 * ReDoS guard. JavaScript regexes backtrack, so a pattern can take polynomial or
 * exponential time in the input's length. Two measures bound it: answers longer than
 * 200 characters (or the node's smaller maxLength) are rejected before matching, and
 * patterns with nested quantifiers such as `(a+)+` — exponential even on short input —
 * are refused (the node fails and leaves by its `error` port).
 */
export const REGEX_INPUT_LIMIT = 200;

const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;
const CN_MOBILE = /^1[3-9]\d{9}$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function lengthOk(text: string, v: Validation): boolean {
  const length = [...text].length;
  return (v.minLength === undefined || length >= v.minLength) && (v.maxLength === undefined || length <= v.maxLength);
}

function checkChoice(answer: Answer, v: Validation): AnswerCheck {
  const choices = v.choices ?? [];
  const wanted = (answer.choiceId ?? answer.text).trim().toLowerCase();
  const byText = (s: string) => s.trim().toLowerCase() === wanted;
  const match =
    choices.find((c) => c.id.toLowerCase() === wanted) ??
    choices.find((c) => byText(c.label) || (c.synonyms ?? []).some(byText));
  return match ? { ok: true, value: match.value ?? match.id } : { ok: false };
}

/** Checks an answer against an `ask` node's validation and returns the value to store. */
export function validateAnswer(answer: Answer, v: Validation): AnswerCheck {
  if (v.kind === 'choice') return checkChoice(answer, v);
  const text = answer.text.trim();
  if (text === '' || !lengthOk(text, v)) return { ok: false };
  switch (v.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'number': {
      const normalised = text.replace(/[,\s]/g, '');
      if (!NUMBER.test(normalised)) return { ok: false };
      const value = Number(normalised);
      if (!Number.isFinite(value)) return { ok: false };
      if ((v.min !== undefined && value < v.min) || (v.max !== undefined && value > v.max)) return { ok: false };
      return { ok: true, value };
    }
    case 'email':
      return text.length <= 254 && EMAIL.test(text) ? { ok: true, value: text } : { ok: false };
    case 'phone': {
      // People type separators and the +86 prefix in many ways; store one canonical form.
      const compact = text.replace(/[\s\-().]/g, '');
      if (CN_MOBILE.test(compact) || E164.test(compact)) return { ok: true, value: compact };
      return { ok: false };
    }
    case 'regex': {
      const limit = Math.min(REGEX_INPUT_LIMIT, v.maxLength ?? REGEX_INPUT_LIMIT);
      if (v.pattern === undefined || hasNestedQuantifier(v.pattern)) {
        throw new Error(`The answer pattern ${JSON.stringify(v.pattern)} repeats a repetition (like (a+)+); it could hang the server. Simplify it.`);
      }
      if (text.length > limit) return { ok: false };
      return new RegExp(v.pattern, 'u').test(text) ? { ok: true, value: text } : { ok: false };
    }
  }
}
