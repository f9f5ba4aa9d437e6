import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import type { DiffEditorProps } from './diff-editor-props';
import { monaco } from './load-monaco';
import { useMonacoLayout } from './use-monaco-layout';

/** A read-only, side-by-side Monaco diff (publish dialog, version compare). */
export default function DiffEditorView({ original, modified, language = 'json', height = '420px' }: DiffEditorProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<monaco.editor.IStandaloneDiffEditor | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = monaco.editor.createDiffEditor(container.current, {
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      // Side by side even in a dialog narrower than Monaco's 900 px breakpoint.
      useInlineViewWhenSpaceIsLimited: false,
      // The browser's own menu (copy, paste) instead of Monaco's, whose commands we do not ship.
      contextmenu: false,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      automaticLayout: false,
    });
    setEditor(created);
    return () => {
      const models = created.getModel();
      created.dispose();
      models?.original.dispose();
      models?.modified.dispose();
    };
  }, []);

  useEffect(() => {
    if (!editor) return;
    const previous = editor.getModel();
    editor.setModel({ original: monaco.editor.createModel(original, language), modified: monaco.editor.createModel(modified, language) });
    previous?.original.dispose();
    previous?.modified.dispose();
  }, [editor, original, modified, language]);

  useMonacoLayout(container, editor);
  return <div ref={container} className="diff-editor" style={{ height }} data-testid="diff-editor" aria-label={t('forms.monaco.diffLabel')} />;
}
