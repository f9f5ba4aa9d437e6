import { ExpressionError } from './expression-error.js';

export type Token =
  | { kind: 'number'; value: number; position: number; text: string }
  | { kind: 'string'; value: string; position: number; text: string }
  | { kind: 'identifier'; value: string; position: number; text: string }
  | { kind: 'punct'; value: string; position: number; text: string }
  | { kind: 'end'; value: ''; position: number; text: '' };

/** Longest first, so `<=` wins over `<`. */
const PUNCTUATORS = ['===', '!==', '&&', '||', '==', '!=', '<=', '>=', '!', '<', '>', '+', '-', '*', '/', '%', '(', ')', '[', ']', '.', ','];

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isIdentStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_]/.test(c);
const isIdentPart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);

/** Splits an expression into tokens; always ends with one `end` token. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      i = scanNumber(source, i);
      const text = source.slice(start, i);
      tokens.push({ kind: 'number', value: Number(text), position: start, text });
      continue;
    }
    if (c === "'" || c === '"') {
      const { value, end } = scanString(source, i);
      i = end;
      tokens.push({ kind: 'string', value, position: start, text: source.slice(start, i) });
      continue;
    }
    if (isIdentStart(c)) {
      while (isIdentPart(source[i])) i++;
      const text = source.slice(start, i);
      tokens.push({ kind: 'identifier', value: text, position: start, text });
      continue;
    }
    const punct = PUNCTUATORS.find((p) => source.startsWith(p, i));
    if (punct === undefined && c === '=') throw new ExpressionError("Unexpected '=', use '==' to compare", i);
    if (punct === undefined) {
      throw new ExpressionError(`Unexpected character '${c}'`, i);
    }
    if (punct === '===' || punct === '!==') {
      throw new ExpressionError(`'${punct}' is not supported, use '${punct.slice(0, 2)}'`, i);
    }
    i += punct.length;
    tokens.push({ kind: 'punct', value: punct, position: start, text: punct });
  }
  tokens.push({ kind: 'end', value: '', position: source.length, text: '' });
  return tokens;
}

function scanNumber(source: string, start: number): number {
  let i = start;
  while (isDigit(source[i])) i++;
  if (source[i] === '.' && isDigit(source[i + 1])) {
    i++;
    while (isDigit(source[i])) i++;
  }
  if ((source[i] === 'e' || source[i] === 'E') && (isDigit(source[i + 1]) || ((source[i + 1] === '+' || source[i + 1] === '-') && isDigit(source[i + 2])))) {
    i += 2;
    while (isDigit(source[i])) i++;
  }
  if (isIdentPart(source[i])) {
    throw new ExpressionError(`Invalid number '${source.slice(start, i + 1)}'`, start);
  }
  return i;
}

function scanString(source: string, start: number): { value: string; end: number } {
  const quote = source[start];
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === quote) return { value, end: i + 1 };
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) break;
      if (next === 'u') {
        const hex = source.slice(i + 2, i + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new ExpressionError("Invalid escape '\\u', expected 4 hex digits", i);
        value += String.fromCharCode(parseInt(hex, 16));
        i += 6;
        continue;
      }
      const escaped = ESCAPES[next];
      if (escaped === undefined) throw new ExpressionError(`Invalid escape '\\${next}'`, i);
      value += escaped;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  throw new ExpressionError('Unterminated string', start);
}
