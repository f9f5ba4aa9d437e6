/**
 * A syntax or limit error in an expression or template. `position` is the 0-based
 * offset into the source that was parsed (for templates: into the whole template),
 * `column` the 1-based column shown to people; `reason` is the message without the
 * column, for callers that show the column elsewhere.
 */
export class ExpressionError extends Error {
  readonly code: string;
  readonly position: number;
  readonly column: number;
  readonly reason: string;

  constructor(reason: string, position: number, code = 'KEFU_EXPR_SYNTAX') {
    super(`${reason} at column ${position + 1}`);
    this.name = 'ExpressionError';
    this.code = code;
    this.reason = reason;
    this.position = position;
    this.column = position + 1;
  }
}
