/**
 * The syntax tree of the safe expression language. Every node carries `position`,
 * the 0-based offset of its first character in the source, so the checker and the
 * editor can point at the exact column of a problem.
 */
export type RootName = 'vars' | 'message' | 'conversation';

export type FunctionName =
  | 'contains'
  | 'startsWith'
  | 'endsWith'
  | 'lower'
  | 'upper'
  | 'trim'
  | 'len'
  | 'isEmpty'
  | 'number'
  | 'string';

export type BinaryOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';
export type LogicalOperator = '&&' | '||';
export type UnaryOperator = '!' | '-';

export type Expr =
  | { type: 'literal'; value: string | number | boolean | null; position: number }
  /** `vars`, `message` or `conversation`; only ever the object of a member access. */
  | { type: 'root'; name: RootName; position: number }
  /** `object.property`, or `object['property']` with a literal key. */
  | { type: 'member'; object: Expr; property: string; position: number }
  /** `object[index]` with a computed index, checked when evaluated. */
  | { type: 'index'; object: Expr; index: Expr; position: number }
  | { type: 'unary'; operator: UnaryOperator; argument: Expr; position: number }
  | { type: 'binary'; operator: BinaryOperator; left: Expr; right: Expr; position: number }
  | { type: 'logical'; operator: LogicalOperator; left: Expr; right: Expr; position: number }
  | { type: 'call'; callee: FunctionName; args: Expr[]; position: number };

/** What an expression evaluates to: plain JSON data. */
export type ExprValue = string | number | boolean | null | ExprValue[] | { [key: string]: ExprValue };

/** The data an expression can read. Anything missing reads as null. */
export interface ExpressionScope {
  vars: Record<string, unknown>;
  message?: { text: string };
  conversation?: { locale: string };
}
