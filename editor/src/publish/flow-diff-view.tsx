import { useI18n } from '../i18n/use-i18n';
import { DiffEditor } from '../monaco';
import { FlowChangesList, type FlowDiff } from './flow-changes-list';
import './publish.css';

function sideLabel(t: ReturnType<typeof useI18n>['t'], side: FlowDiff['from']): string {
  if (!side.document) return t('diff.side.none');
  if (side.version !== null) return t('diff.side.version', { version: side.version });
  return t('diff.side.draft', { revision: side.revision ?? 0 });
}

const asText = (document: FlowDiff['from']['document']) => (document ? JSON.stringify(document, null, 2) : '');

/** One flow in two places: the node-level change list, then both documents side by side. */
export function FlowDiffView({ diff, onNodeClick, height }: { diff: FlowDiff; onNodeClick?(nodeId: string): void; height?: string }) {
  const { t } = useI18n();
  const { changes } = diff;
  const unchanged = changes.flowFields.length === 0 && changes.nodes.length === 0 && changes.edges.length === 0;
  return (
    <div className="flow-diff" data-testid="flow-diff">
      {unchanged ? <p className="muted">{t('publish.noChanges')}</p> : <FlowChangesList changes={changes} onNodeClick={onNodeClick} />}
      <h4 className="flow-changes__title">{t('diff.document')}</h4>
      <div className="flow-diff__sides muted small">
        <span>{sideLabel(t, diff.from)}</span>
        <span>{sideLabel(t, diff.to)}</span>
      </div>
      <DiffEditor original={asText(diff.from.document)} modified={asText(diff.to.document)} height={height ?? '320px'} />
    </div>
  );
}
