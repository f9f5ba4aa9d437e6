import { collectVariableRefs, ExpressionError } from '@kefu/schemas';

/** A problem of an expression as a range of its source (0-based offsets, end exclusive). */
export interface ExpressionProblem {
  start: number;
  end: number;
  message: string;
}

/**
 * The parser's error (at its column) or, when it parses, each `vars.x` that is not
 * declared: the same checks publishing applies, shown while typing.
 */
export function expressionProblems(source: string, variables: readonly string[]): ExpressionProblem[] {
  if (source.trim() === '') return [];
  try {
    const declared = new Set(variables);
    return collectVariableRefs(source, 'expression')
      .filter((ref) => !declared.has(ref.name))
      .map((ref) => ({ start: ref.position, end: ref.position + `vars.${ref.name}`.length, message: `variable "${ref.name}" is not declared in the flow's variables` }));
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    const start = Math.min(error.position, source.length);
    return [{ start, end: start + 1, message: error.reason }];
  }
}
