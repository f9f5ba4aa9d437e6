import { z } from 'zod';
import { botExpectationSchema, expectSchema } from './test-file-schema.js';
import type { TestStep } from './test-step.js';

export interface StepIssue {
  /** Path below the step, e.g. ['bot', 'contains']. */
  path: (string | number)[];
  message: string;
}

const STEP_KINDS = ['bot', 'user', 'choose', 'timeout', 'close', 'expect'] as const;
const TIMERS = ['node-timeout', 'session-timeout'];

function issuesOf(error: z.ZodError, key: string): StepIssue[] {
  return error.issues.map((i) => ({
    path: [key, ...i.path.filter((p): p is string | number => typeof p !== 'symbol')],
    message: i.message,
  }));
}

/** Turns one raw step (`{ user: "hi" }`) into a TestStep, or the reasons it is not one. */
export function parseStep(raw: unknown): { step: TestStep } | { issues: StepIssue[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { issues: [{ path: [], message: `a step is one of: ${STEP_KINDS.join(', ')} (e.g. "- user: hello")` }] };
  }
  const keys = Object.keys(raw);
  const [key] = keys;
  if (keys.length !== 1 || key === undefined || !(STEP_KINDS as readonly string[]).includes(key)) {
    return {
      issues: [{ path: [], message: `a step has exactly one of: ${STEP_KINDS.join(', ')}; found ${keys.join(', ') || 'nothing'}` }],
    };
  }
  const value: unknown = (raw as Record<string, unknown>)[key];
  switch (key) {
    case 'bot': {
      const parsed = botExpectationSchema.safeParse(value);
      return parsed.success ? { step: { kind: 'bot', expect: parsed.data } } : { issues: issuesOf(parsed.error, key) };
    }
    case 'expect': {
      const parsed = expectSchema.safeParse(value);
      return parsed.success ? { step: { kind: 'expect', expect: parsed.data } } : { issues: issuesOf(parsed.error, key) };
    }
    case 'user':
    case 'choose': {
      // YAML reads `- user: 123` as a number; the customer typed text.
      if (typeof value !== 'string' && typeof value !== 'number') return { issues: [{ path: [key], message: 'expected text' }] };
      const text = String(value);
      return { step: key === 'user' ? { kind: 'user', text } : { kind: 'choose', choice: text } };
    }
    case 'timeout':
      if (typeof value !== 'string' || !TIMERS.includes(value)) {
        return { issues: [{ path: [key], message: `expected one of: ${TIMERS.join(', ')}` }] };
      }
      return { step: { kind: 'timeout', timer: value } };
    default:
      return { step: { kind: 'close' } };
  }
}
