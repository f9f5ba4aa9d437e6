/**
 * Recursive-descent parser of the expression language (see docs/architecture.md,
 * "Expressions and templates"). Precedence, lowest first:
 *   ||   &&   == !=   < <= > >=   + -   * / %   unary ! -   member . [] and calls
 * Everything a later evaluation could trip over is rejected here: unknown names and
 * functions, wrong arity, prototype property names, too long or too deep sources.
 */
import type { BinaryOperator, Expr, RootName } from './ast.js';
import { BUILTIN_FUNCTIONS, isFunctionName } from './builtin-functions.js';
import { FORBIDDEN_PROPERTIES } from './coerce.js';
import { ExpressionError } from './expression-error.js';
import { tokenize, type Token } from './tokenize.js';

export const MAX_EXPRESSION_LENGTH = 2000;
export const MAX_EXPRESSION_DEPTH = 64;

/** Properties the non-`vars` roots have; anything else is a typo worth reporting. */
const ROOT_PROPERTIES: Record<Exclude<RootName, 'vars'>, readonly string[]> = {
  message: ['text'],
  conversation: ['locale'],
};

const BINARY_LEVELS: readonly (readonly BinaryOperator[])[] = [
  ['==', '!='],
  ['<', '<=', '>', '>='],
  ['+', '-'],
  ['*', '/', '%'],
];

export function parseExpression(source: string): Expr {
  if (typeof source !== 'string') throw new ExpressionError('Expression must be text', 0);
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(`Expression is longer than ${MAX_EXPRESSION_LENGTH} characters`, MAX_EXPRESSION_LENGTH, 'KEFU_EXPR_TOO_LONG');
  }
  return new Parser(tokenize(source)).parseAll();
}

class Parser {
  private index = 0;
  private readonly depths = new WeakMap<Expr, number>();
  private nesting = 0;

  constructor(private readonly tokens: Token[]) {}

  parseAll(): Expr {
    if (this.peek().kind === 'end') throw new ExpressionError('Expression is empty', 0);
    const expr = this.parseLogical(0);
    const next = this.peek();
    if (next.kind !== 'end') throw this.unexpected(next);
    return expr;
  }

  private parseLogical(level: 0 | 1): Expr {
    const operator = level === 0 ? '||' : '&&';
    let left = level === 0 ? this.parseLogical(1) : this.parseBinary(0);
    while (this.isPunct(operator)) {
      const token = this.next();
      const right = level === 0 ? this.parseLogical(1) : this.parseBinary(0);
      left = this.node({ type: 'logical', operator, left, right, position: token.position }, left, right);
    }
    return left;
  }

  private parseBinary(level: number): Expr {
    const operators = BINARY_LEVELS[level];
    if (operators === undefined) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    for (;;) {
      const token = this.peek();
      const operator = operators.find((op) => token.kind === 'punct' && token.value === op);
      if (operator === undefined) return left;
      this.next();
      const right = this.parseBinary(level + 1);
      left = this.node({ type: 'binary', operator, left, right, position: token.position }, left, right);
    }
  }

  private parseUnary(): Expr {
    const token = this.peek();
    if (token.kind === 'punct' && (token.value === '!' || token.value === '-')) {
      this.next();
      const argument = this.nested(token, () => this.parseUnary());
      return this.node({ type: 'unary', operator: token.value, argument, position: token.position }, argument);
    }
    return this.parsePostfix();
  }

  private parsePostfix(): Expr {
    let expr = this.parsePrimary();
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'punct') return expr;
      if (token.value === '.') {
        this.next();
        const name = this.next();
        if (name.kind !== 'identifier') throw this.unexpected(name, 'a property name');
        expr = this.member(expr, name.value, name.position);
      } else if (token.value === '[') {
        this.next();
        const index = this.nested(token, () => this.parseLogical(0));
        this.expect(']');
        expr =
          index.type === 'literal' && (typeof index.value === 'string' || typeof index.value === 'number')
            ? this.member(expr, String(index.value), index.position)
            : this.node({ type: 'index', object: expr, index, position: token.position }, expr, index);
      } else if (token.value === '(') {
        throw new ExpressionError('Only the built-in functions can be called', token.position);
      } else {
        return expr;
      }
    }
  }

  private parsePrimary(): Expr {
    const token = this.next();
    switch (token.kind) {
      case 'number':
      case 'string':
        return this.node({ type: 'literal', value: token.value, position: token.position });
      case 'punct':
        if (token.value === '(') {
          const inner = this.nested(token, () => this.parseLogical(0));
          this.expect(')');
          return inner;
        }
        throw this.unexpected(token);
      case 'identifier':
        return this.parseName(token);
      default:
        throw this.unexpected(token);
    }
  }

  private parseName(token: Token & { kind: 'identifier' }): Expr {
    const name = token.value;
    if (name === 'true' || name === 'false') return this.node({ type: 'literal', value: name === 'true', position: token.position });
    if (name === 'null') return this.node({ type: 'literal', value: null, position: token.position });
    if (name === 'vars' || name === 'message' || name === 'conversation') {
      if (!this.isPunct('.') && !this.isPunct('[')) {
        throw new ExpressionError(`'${name}' must be followed by a property, e.g. ${name === 'vars' ? 'vars.orderId' : `${name}.${ROOT_PROPERTIES[name][0]}`}`, token.position);
      }
      return this.node({ type: 'root', name, position: token.position });
    }
    if (this.isPunct('(')) return this.parseCall(token);
    throw new ExpressionError(`Unknown name '${name}' (use vars.${name} for a flow variable)`, token.position);
  }

  private parseCall(token: Token & { kind: 'identifier' }): Expr {
    const callee = token.value;
    if (!isFunctionName(callee)) {
      throw new ExpressionError(`Unknown function '${callee}'`, token.position);
    }
    const open = this.next();
    const args: Expr[] = [];
    if (!this.isPunct(')')) {
      do {
        args.push(this.nested(open, () => this.parseLogical(0)));
      } while (this.isPunct(',') && this.next());
    }
    this.expect(')');
    const { arity } = BUILTIN_FUNCTIONS[callee];
    if (args.length !== arity) {
      throw new ExpressionError(`${callee}() takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`, token.position);
    }
    return this.node({ type: 'call', callee, args, position: token.position }, ...args);
  }

  private member(object: Expr, property: string, position: number): Expr {
    if (FORBIDDEN_PROPERTIES.has(property)) {
      throw new ExpressionError(`Property '${property}' is not allowed`, position, 'KEFU_EXPR_FORBIDDEN');
    }
    if (object.type === 'root' && object.name !== 'vars') {
      const allowed = ROOT_PROPERTIES[object.name];
      if (!allowed.includes(property)) {
        throw new ExpressionError(`'${object.name}' has no property '${property}' (known: ${allowed.join(', ')})`, position);
      }
    }
    return this.node({ type: 'member', object, property, position }, object);
  }

  /** Records the depth of a new node and enforces the depth limit. */
  private node(expr: Expr, ...children: Expr[]): Expr {
    const depth = 1 + Math.max(0, ...children.map((child) => this.depths.get(child) ?? 1));
    if (depth > MAX_EXPRESSION_DEPTH) throw this.tooDeep(expr.position);
    this.depths.set(expr, depth);
    return expr;
  }

  /** Bounds parser recursion before any node exists, so `((((…` cannot exhaust the stack. */
  private nested<T>(token: Token, parse: () => T): T {
    if (++this.nesting > MAX_EXPRESSION_DEPTH) throw this.tooDeep(token.position);
    try {
      return parse();
    } finally {
      this.nesting--;
    }
  }

  private tooDeep(position: number): ExpressionError {
    return new ExpressionError(`Expression is nested deeper than ${MAX_EXPRESSION_DEPTH} levels`, position, 'KEFU_EXPR_TOO_DEEP');
  }

  private expect(value: string): Token {
    const token = this.next();
    if (token.kind !== 'punct' || token.value !== value) throw this.unexpected(token, `'${value}'`);
    return token;
  }

  private unexpected(token: Token, expected?: string): ExpressionError {
    const what = token.kind === 'end' ? 'end of expression' : `'${token.text}'`;
    return new ExpressionError(`Unexpected ${what}${expected ? `, expected ${expected}` : ''}`, token.position);
  }

  private isPunct(value: string): boolean {
    const token = this.peek();
    return token.kind === 'punct' && token.value === value;
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }
}
