import { PROBLEM_MESSAGES } from './messages/problem-messages.js';
import type { Problem, Severity } from './problem.js';

/** Builds a problem whose English message comes from the catalogue. */
export function makeProblem(
  severity: Severity,
  code: string,
  path: string,
  params: Record<string, string | number> = {},
  extra: Pick<Problem, 'flowId' | 'nodeId'> = {},
): Problem {
  const render = PROBLEM_MESSAGES[code]?.en;
  if (render === undefined) throw new Error(`problem code ${code} has no message`);
  return { severity, code, path, message: render(params), params, ...extra };
}
