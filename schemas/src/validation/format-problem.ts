import type { Locale } from '../catalog.js';
import { PROBLEM_MESSAGES } from './messages/problem-messages.js';
import type { Problem } from './problem.js';

/**
 * The problem's message in a console language (without its path). Codes unknown to
 * this catalogue (e.g. from a newer server) fall back to the English `message`.
 */
export function formatProblem(problem: Pick<Problem, 'code' | 'message' | 'params'>, locale: Locale): string {
  const render = PROBLEM_MESSAGES[problem.code]?.[locale];
  return render === undefined ? problem.message : render(problem.params ?? {});
}
