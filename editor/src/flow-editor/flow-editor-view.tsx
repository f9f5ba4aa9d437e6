import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { prefetchEditors } from '../monaco';
import { ConflictDialog } from './conflict-dialog';
import { EditorCanvas } from './editor-canvas';
import { EditorToolbar } from './editor-toolbar';
import { FindNodeBox } from './find-node-box';
import { FlowSettingsPanel } from './flow-settings-panel';
import { useFlowEditor } from './flow-editor-context';
import { JsonTab } from './json-tab';
import { NodeConfigPanel } from './node-config-panel';
import { Palette } from './palette';
import { ProblemsPanel } from './problems-panel';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { useLeaveGuard } from './use-leave-guard';
import './flow-editor.css';

/** Where other areas plug into the editor (the publish button, the simulator panel). */
export interface FlowEditorSlots {
  /** Added to the toolbar, before the save state. */
  toolbar?: ReactNode;
  /** A panel beside the canvas, right of the config panel (the simulator). */
  side?: ReactNode;
}

type SideTab = 'node' | 'json';

function EditorLayout({ slots }: { slots: FlowEditorSlots }) {
  const { t, locale } = useI18n();
  const { selection, focus, saving } = useFlowEditor();
  // Forms with expression fields open at once, rather than loading Monaco on the click.
  useEffect(() => prefetchEditors(locale), [locale]);
  // A save in flight finishes on its own; only work that is not going to be saved asks.
  useLeaveGuard(saving.status === 'unsaved' || saving.status === 'conflict' || saving.status === 'error', t('editing.leaveUnsaved'));
  const [finding, setFinding] = useState(false);
  const [tab, setTab] = useState<SideTab>('node');
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set());
  const openFind = useCallback(() => setFinding(true), []);
  useEditorShortcuts(selectedEdges, openFind);
  // A focused node (a clicked problem, a found node) shows its form.
  useEffect(() => {
    if (focus) setTab('node');
  }, [focus]);
  const selectedNode = selection.size === 1 ? [...selection][0] : undefined;
  return (
    <div className="flow-editor">
      <EditorToolbar onFind={openFind} extra={slots.toolbar} />
      <div className="flow-editor__main">
        <Palette />
        <div className="flow-editor__centre">
          <div className="flow-page__canvas">
            <EditorCanvas onEdgeSelection={setSelectedEdges} />
            {finding && <FindNodeBox onClose={() => setFinding(false)} />}
          </div>
          <ProblemsPanel />
        </div>
        <aside className="side-panel flow-editor__side">
          <div className="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'node'} className="tabs__tab" onClick={() => setTab('node')} data-testid="tab-node">
              {t('editing.tab.node')}
            </button>
            <button type="button" role="tab" aria-selected={tab === 'json'} className="tabs__tab" onClick={() => setTab('json')} data-testid="tab-json">
              {t('editing.tab.json')}
            </button>
          </div>
          {tab === 'json' ? (
            <JsonTab />
          ) : selectedNode !== undefined ? (
            <NodeConfigPanel nodeId={selectedNode} />
          ) : selection.size > 1 ? (
            <p className="muted small">{t('editing.config.many', { count: selection.size })}</p>
          ) : (
            <FlowSettingsPanel />
          )}
        </aside>
        {slots.side}
      </div>
      <ConflictDialog />
    </div>
  );
}

/** The flow editor: toolbar, palette, canvas with problems, config/JSON panel, and the slots. Needs a FlowEditorProvider. */
export function FlowEditorView({ slots = {} }: { slots?: FlowEditorSlots }) {
  return (
    <ReactFlowProvider>
      <EditorLayout slots={slots} />
    </ReactFlowProvider>
  );
}
