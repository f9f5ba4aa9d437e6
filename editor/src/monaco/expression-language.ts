import { BUILTIN_FUNCTIONS } from '@kefu/schemas';
import type * as MonacoApi from 'monaco-editor/editor/editor.api.js';
import { expressionCompletions } from './expression-completions';

export const EXPRESSION_LANGUAGE = 'kefu-expression';

/** Declared variables of each open expression model, read by the one completion provider. */
const modelVariables = new Map<string, readonly string[]>();

export function setModelVariables(uri: string, variables: readonly string[]): void {
  modelVariables.set(uri, variables);
}

export function forgetModel(uri: string): void {
  modelVariables.delete(uri);
}

/**
 * A tiny Monarch tokenizer for the safe expression language (architecture.md:
 * roots, operators, literals, the closed set of functions) and its completion.
 */
export function registerExpressionLanguage(monaco: typeof MonacoApi): void {
  monaco.languages.register({ id: EXPRESSION_LANGUAGE });
  monaco.languages.setMonarchTokensProvider(EXPRESSION_LANGUAGE, {
    functions: Object.keys(BUILTIN_FUNCTIONS),
    roots: ['vars', 'message', 'conversation'],
    literals: ['true', 'false', 'null'],
    tokenizer: {
      root: [
        [/[A-Za-z_][A-Za-z0-9_]*(?=\s*\()/, { cases: { '@functions': 'predefined', '@default': 'invalid' } }],
        [/[A-Za-z_][A-Za-z0-9_]*/, { cases: { '@roots': 'keyword', '@literals': 'constant', '@default': 'identifier' } }],
        [/\d+(\.\d+)?/, 'number'],
        [/'([^'\\]|\\.)*'/, 'string'],
        [/"([^"\\]|\\.)*"/, 'string'],
        [/'([^'\\]|\\.)*$/, 'string.invalid'],
        [/"([^"\\]|\\.)*$/, 'string.invalid'],
        [/&&|\|\||==|!=|<=|>=|[<>!+\-*/%]/, 'operator'],
        [/[()[\],.]/, 'delimiter'],
        [/\s+/, 'white'],
      ],
    },
  });
  monaco.languages.setLanguageConfiguration(EXPRESSION_LANGUAGE, {
    brackets: [
      ['(', ')'],
      ['[', ']'],
    ],
    autoClosingPairs: [
      { open: '(', close: ')' },
      { open: '[', close: ']' },
      { open: "'", close: "'", notIn: ['string'] },
      { open: '"', close: '"', notIn: ['string'] },
    ],
  });
  const kinds = {
    variable: monaco.languages.CompletionItemKind.Variable,
    property: monaco.languages.CompletionItemKind.Property,
    function: monaco.languages.CompletionItemKind.Function,
    keyword: monaco.languages.CompletionItemKind.Keyword,
  };
  monaco.languages.registerCompletionItemProvider(EXPRESSION_LANGUAGE, {
    triggerCharacters: ['.'],
    provideCompletionItems(model, position) {
      const before = model.getValueInRange({ startLineNumber: position.lineNumber, startColumn: 1, endLineNumber: position.lineNumber, endColumn: position.column });
      const items = expressionCompletions(before, modelVariables.get(model.uri.toString()) ?? []);
      return {
        suggestions: items.map((item) => ({
          label: item.label,
          kind: kinds[item.kind],
          detail: item.detail,
          insertText: item.insertText,
          insertTextRules: item.insertText.includes('$1') ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          range: { startLineNumber: position.lineNumber, startColumn: position.column - item.replace, endLineNumber: position.lineNumber, endColumn: position.column },
        })),
      };
    },
  });
}
