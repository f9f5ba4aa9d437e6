import { BUILTIN_FUNCTIONS } from '@kefu/schemas';

/** One completion of the expression input, independent of Monaco's types. */
export interface ExpressionCompletion {
  label: string;
  kind: 'variable' | 'property' | 'function' | 'keyword';
  /** Text inserted; `$1` marks where the cursor goes (a Monaco snippet). */
  insertText: string;
  detail: string;
  /** How many characters before the cursor the completion replaces. */
  replace: number;
}

/** The roots of the language other than `vars` and what they offer after a dot. */
const ROOT_PROPERTIES: Record<string, Record<string, string>> = {
  message: { text: 'The last customer message' },
  conversation: { locale: 'The conversation language (en, zh-CN)' },
};
const KEYWORDS = ['true', 'false', 'null'];

/**
 * What may come at the cursor: after `vars.` the declared variables; after `message.`
 * or `conversation.` their properties; elsewhere the roots, the functions of the
 * language (as `name(…)` snippets) and the literals. Inside a quoted string nothing.
 */
export function expressionCompletions(textBeforeCursor: string, variables: readonly string[]): ExpressionCompletion[] {
  if (insideString(textBeforeCursor)) return [];
  const member = /([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z0-9_]*)$/.exec(textBeforeCursor);
  if (member) {
    const [, root = '', partial = ''] = member;
    if (root === 'vars') return variables.map((name) => ({ label: name, kind: 'variable', insertText: name, detail: `vars.${name}`, replace: partial.length }));
    return Object.entries(ROOT_PROPERTIES[root] ?? {}).map(([name, detail]) => ({ label: name, kind: 'property', insertText: name, detail, replace: partial.length }));
  }
  const partial = /[A-Za-z_][A-Za-z0-9_]*$/.exec(textBeforeCursor)?.[0] ?? '';
  const replace = partial.length;
  return [
    ...variables.map((name): ExpressionCompletion => ({ label: `vars.${name}`, kind: 'variable', insertText: `vars.${name}`, detail: 'Flow variable', replace })),
    ...Object.entries(ROOT_PROPERTIES).flatMap(([root, properties]) =>
      Object.entries(properties).map(([name, detail]): ExpressionCompletion => ({ label: `${root}.${name}`, kind: 'property', insertText: `${root}.${name}`, detail, replace })),
    ),
    ...Object.entries(BUILTIN_FUNCTIONS).map(([name, fn]): ExpressionCompletion => ({ label: name, kind: 'function', insertText: `${name}($1)`, detail: fn.summary, replace })),
    ...KEYWORDS.map((word): ExpressionCompletion => ({ label: word, kind: 'keyword', insertText: word, detail: 'Literal', replace })),
  ];
}

/** True when an odd quote is open before the cursor (a completion would land inside a string). */
function insideString(text: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== null && c === '\\') i++;
    else if (quote !== null && c === quote) quote = null;
    else if (quote === null && (c === "'" || c === '"')) quote = c;
  }
  return quote !== null;
}
