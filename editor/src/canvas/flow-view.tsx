import type { FlowDocument, NodeCatalogEntry } from '@kefu/schemas';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { ConfigPanel } from './config-panel';
import { FlowCanvas } from './flow-canvas';
import { FlowTitleBar } from './flow-title-bar';

interface FlowViewProps {
  document: FlowDocument;
  catalog: readonly NodeCatalogEntry[];
  /** Version or draft badges shown next to the flow's name. */
  badges: ReactNode;
  /** Remounts the canvas when another version of the same flow is shown. */
  canvasKey: string;
}

/** A flow's heading, its read-only canvas and the selected node's configuration. */
export function FlowView({ document, catalog, badges, canvasKey }: FlowViewProps) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div className="flow-page">
      <FlowTitleBar
        document={document}
        badges={
          <>
            {badges}
            <span className="badge">{t('flow.readOnly')}</span>
          </>
        }
      />
      <div className="flow-page__main">
        <div className="flow-page__canvas">
          <FlowCanvas key={canvasKey} document={document} catalog={catalog} onSelectNode={setSelected} />
          {selected === null && <div className="canvas-hint">{t('flow.panel.hint')}</div>}
        </div>
        {/* The panel takes room only while a node is selected, so a wide flow gets the whole width. */}
        {selected !== null && <ConfigPanel document={document} catalog={catalog} nodeId={selected} onClose={() => setSelected(null)} />}
      </div>
    </div>
  );
}
