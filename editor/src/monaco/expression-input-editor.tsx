import { useEffect, useRef, useState } from 'react';
import { monaco } from './load-monaco';
import { EXPRESSION_LANGUAGE, forgetModel, setModelVariables } from './expression-language';
import { expressionProblems } from './expression-problems';
import type { ExpressionInputProps } from './expression-input-props';
import { useMonacoLayout } from './use-monaco-layout';

let modelCounter = 0;

/**
 * A one-line Monaco editor for an expression: highlighting, completion of `vars.*`,
 * `message.text` and the functions, and markers from the expression parser. Enter
 * never adds a line; pasted line breaks become spaces.
 */
export default function ExpressionInputEditor({ value, onChange, variables, id, testId, ariaLabel, onFocus }: ExpressionInputProps) {
  const container = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const latest = useRef({ onChange, onFocus });
  latest.current = { onChange, onFocus };

  useEffect(() => {
    if (!container.current) return;
    modelCounter += 1;
    const model = monaco.editor.createModel(value, EXPRESSION_LANGUAGE, monaco.Uri.parse(`kefu-expression://input/${modelCounter}`));
    const created = monaco.editor.create(container.current, {
      model,
      ariaLabel,
      lineNumbers: 'off',
      glyphMargin: false,
      folding: false,
      lineDecorationsWidth: 4,
      lineNumbersMinChars: 0,
      minimap: { enabled: false },
      scrollbar: { vertical: 'hidden', horizontal: 'hidden', alwaysConsumeMouseWheel: false },
      overviewRulerLanes: 0,
      hideCursorInOverviewRuler: true,
      renderLineHighlight: 'none',
      scrollBeyondLastLine: false,
      wordWrap: 'off',
      fixedOverflowWidgets: true,
      contextmenu: false,
      fontSize: 13,
      automaticLayout: false,
      suggest: { showWords: false },
      quickSuggestions: { other: true, strings: false, comments: false },
    });
    created.addCommand(monaco.KeyCode.Enter, () => undefined, '!suggestWidgetVisible');
    const content = model.onDidChangeContent(() => {
      const text = model.getValue();
      if (/[\r\n]/.test(text)) {
        model.setValue(text.replace(/[\r\n]+/g, ' '));
        return;
      }
      latest.current.onChange(text);
    });
    const focus = created.onDidFocusEditorText(() => latest.current.onFocus?.());
    setEditor(created);
    return () => {
      content.dispose();
      focus.dispose();
      forgetModel(model.uri.toString());
      created.dispose();
      model.dispose();
    };
    // The editor is created once; value and variables are synchronised below.
  }, []);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    // While the person types, the editor is the source of truth: the value that comes
    // back from the parent may lag a keystroke behind and must not reset the text.
    if (model.getValue() !== value && !editor?.hasTextFocus()) model.setValue(value);
    setModelVariables(model.uri.toString(), variables);
    const markers = expressionProblems(value, variables).map((problem) => {
      const start = model.getPositionAt(problem.start);
      const end = model.getPositionAt(problem.end);
      return { severity: monaco.MarkerSeverity.Error, message: problem.message, startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: Math.max(end.column, start.column + 1) };
    });
    monaco.editor.setModelMarkers(model, 'kefu-expression', markers);
  }, [editor, value, variables]);

  useMonacoLayout(container, editor);
  return <div ref={container} id={id} data-testid={testId} className="expression-input" role="presentation" />;
}
