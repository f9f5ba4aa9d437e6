import { useReactFlow } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { KefuFlowNode } from '../canvas/to-react-flow';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/en';
import { layoutNodes, type NodeSize } from './changes';
import { useFlowEditor } from './flow-editor-context';
import type { SaveStatus } from './use-draft-saving';

const STATUS_LABEL: Record<SaveStatus, MessageKey> = {
  saved: 'editing.status.saved',
  unsaved: 'editing.status.unsaved',
  saving: 'editing.status.saving',
  conflict: 'editing.status.conflict',
  error: 'editing.status.error',
};

interface EditorToolbarProps {
  onFind(): void;
  /** Buttons other areas add (publish, simulator). */
  extra?: ReactNode;
}

/** Undo/redo, auto-layout, zoom to fit, find, and the draft's save state and button. */
export function EditorToolbar({ onFind, extra }: EditorToolbarProps) {
  const { t } = useI18n();
  const { undo, redo, canUndo, canRedo, apply, saving } = useFlowEditor();
  const { getNodes, fitView } = useReactFlow<KefuFlowNode>();

  function autoLayout() {
    const sizes = new Map<string, NodeSize>();
    for (const node of getNodes()) if (node.measured?.width && node.measured.height) sizes.set(node.id, { width: node.measured.width, height: node.measured.height });
    apply(layoutNodes(sizes));
    window.setTimeout(() => void fitView({ padding: 0.2, duration: 300 }), 50);
  }

  return (
    <div className="editor-toolbar" role="toolbar">
      <button type="button" className="button button--small" onClick={undo} disabled={!canUndo} title="Ctrl+Z" data-testid="flow-undo">
        {t('editing.toolbar.undo')}
      </button>
      <button type="button" className="button button--small" onClick={redo} disabled={!canRedo} title="Ctrl+Shift+Z" data-testid="flow-redo">
        {t('editing.toolbar.redo')}
      </button>
      <button type="button" className="button button--small" onClick={autoLayout} data-testid="flow-layout">
        {t('editing.toolbar.layout')}
      </button>
      <button type="button" className="button button--small" onClick={() => void fitView({ padding: 0.2, duration: 300 })} data-testid="flow-fit">
        {t('editing.toolbar.fit')}
      </button>
      <button type="button" className="button button--small" onClick={onFind} title="Ctrl+F" data-testid="flow-find">
        {t('editing.toolbar.find')}
      </button>
      <span className="editor-toolbar__spacer" />
      {extra}
      <span className={`save-status save-status--${saving.status}`} data-testid="save-status" data-status={saving.status} title={saving.error ?? undefined}>
        {t(STATUS_LABEL[saving.status], { revision: saving.revision })}
      </span>
      <button
        type="button"
        className="button button--small button--primary"
        onClick={() => void saving.save()}
        disabled={saving.status === 'saving' || saving.status === 'conflict'}
        data-testid="flow-save"
      >
        {t('editing.toolbar.save')}
      </button>
    </div>
  );
}
