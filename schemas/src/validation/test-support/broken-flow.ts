import fixture from '../fixtures/support.en.flow.json' with { type: 'json' };
import type { Problem } from '../problem.js';
import { validateFlow } from '../validate-flow.js';
import { TEST_CATALOG } from './test-catalog.js';

/**
 * The valid fixture as untyped JSON: tests break it in ways no type would allow
 * (wrong types, missing fields), which is the point of a validator test.
 */
export type JsonFlow = { [key: string]: any };

export function fixtureFlow(): JsonFlow {
  return structuredClone(fixture) as JsonFlow;
}

/** Validates the fixture after `mutate` broke it. */
export function problemsOf(mutate: (flow: JsonFlow) => void): Problem[] {
  const flow = fixtureFlow();
  mutate(flow);
  return validateFlow(flow, TEST_CATALOG).problems;
}

/** Compact form for assertions: `CODE path`. */
export function summary(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${problem.code} ${problem.path}`);
}
