import { canonicalJson, flowSchema } from '@kefu/schemas';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { composeFlowSchema } from './compose-flow-schema';
import type { JsonDocumentEditorProps } from './json-document-editor-props';
import { registerFlowSchema, unregisterFlowSchema } from './flow-schema-registry';
import { monaco } from './load-monaco';
import { parseJsonText, type ParsedJson } from './parse-json-text';
import { useMonacoLayout } from './use-monaco-layout';

let modelCounter = 0;

/**
 * The whole flow document as JSON in Monaco, validated and completed from the flow
 * schema composed with every node type's config schema. Valid JSON is handed to
 * `onChange` as you type; while the text does not parse it is kept as typed and the
 * error is shown, and the document is left as it was (nothing half-written).
 * A change of `value` from outside (the canvas) replaces the text unless it already
 * says the same thing.
 */
export default function JsonDocumentEditor({ value, onChange, catalog, readOnly = false, height = '100%' }: JsonDocumentEditorProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const [blurs, setBlurs] = useState(0);
  const [parseError, setParseError] = useState<Extract<ParsedJson, { ok: false }> | null>(null);
  const latest = useRef(onChange);
  latest.current = onChange;
  const modelUri = useMemo(() => {
    modelCounter += 1;
    return monaco.Uri.parse(`kefu://flow/${modelCounter}.json`);
  }, []);
  const schema = useMemo(() => composeFlowSchema(flowSchema, catalog), [catalog]);

  useEffect(() => {
    registerFlowSchema(modelUri.toString(), schema);
    return () => unregisterFlowSchema(modelUri.toString());
  }, [schema, modelUri]);

  useEffect(() => {
    if (!container.current) return;
    const model = monaco.editor.createModel(JSON.stringify(value, null, 2), 'json', modelUri);
    const created = monaco.editor.create(container.current, {
      model,
      readOnly,
      // The browser's own menu (copy, paste) instead of Monaco's, whose commands we do not ship.
      contextmenu: false,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      automaticLayout: false,
    });
    const content = model.onDidChangeContent(() => {
      const parsed = parseJsonText(model.getValue());
      if (parsed.ok) {
        setParseError(null);
        latest.current(parsed.value);
      } else {
        setParseError(parsed);
      }
    });
    const blur = created.onDidBlurEditorText(() => setBlurs((count) => count + 1));
    setEditor(created);
    return () => {
      blur.dispose();
      content.dispose();
      created.dispose();
      model.dispose();
    };
    // Created once per mount; `value` and `readOnly` are synchronised below.
  }, [modelUri]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    // While the person types here, the text is the source of truth (the document that
    // comes back may lag a keystroke behind); outside changes are applied on blur.
    if (editor?.hasTextFocus()) return;
    const parsed = parseJsonText(model.getValue());
    // Text that does not parse is kept until it is fixed (nothing typed is thrown away).
    if (!parsed.ok || canonicalJson(parsed.value) === canonicalJson(value)) return;
    editor?.executeEdits('canvas', [{ range: model.getFullModelRange(), text: JSON.stringify(value, null, 2) }]);
    editor?.pushUndoStop();
  }, [editor, value, blurs]);

  useEffect(() => editor?.updateOptions({ readOnly }), [editor, readOnly]);
  useMonacoLayout(container, editor);

  return (
    <div className="json-document-editor" style={{ height, display: 'flex', flexDirection: 'column' }} data-testid="json-document-editor">
      <div ref={container} className="json-document-editor__monaco" style={{ flex: 1, minHeight: 200 }} aria-label={t('forms.monaco.jsonLabel')} />
      {parseError && (
        <div className="json-document-editor__error small" role="alert" data-testid="json-parse-error">
          {t('forms.monaco.jsonError', { line: parseError.line, column: parseError.column, message: parseError.message })}
        </div>
      )}
    </div>
  );
}
