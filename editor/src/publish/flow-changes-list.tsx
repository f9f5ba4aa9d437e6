import type { RouterOutputs } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';

export type FlowDiff = RouterOutputs['versions']['diff'];
type Changes = FlowDiff['changes'];

const BADGE = { added: 'badge badge--current', removed: 'badge badge--danger', changed: 'badge badge--warning' } as const;

/** Added, removed and changed nodes (with the fields that changed) and connections. */
export function FlowChangesList({ changes, onNodeClick }: { changes: Changes; onNodeClick?(nodeId: string): void }) {
  const { t } = useI18n();
  const label = (change: keyof typeof BADGE) => t(`diff.change.${change}`);
  return (
    <div className="flow-changes" data-testid="flow-changes">
      {changes.flowFields.length > 0 && <p className="small">{t('diff.flowFields', { fields: changes.flowFields.join(', ') })}</p>}
      {changes.nodes.length > 0 && (
        <>
          <h4 className="flow-changes__title">{t('diff.nodes')}</h4>
          <ul className="flow-changes__list">
            {changes.nodes.map((node) => (
              <li key={node.nodeId} data-testid={`change-node-${node.nodeId}`} data-change={node.change}>
                <span className={BADGE[node.change]}>{label(node.change)}</span>{' '}
                {onNodeClick && node.change !== 'removed' ? (
                  <button type="button" className="link-button" onClick={() => onNodeClick(node.nodeId)}>
                    {node.label ?? node.nodeId}
                  </button>
                ) : (
                  <strong>{node.label ?? node.nodeId}</strong>
                )}{' '}
                <span className="tag">{node.type}</span>
                {node.fields.length > 0 && <span className="muted small"> {t('diff.fields', { fields: node.fields.join(', ') })}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {changes.edges.length > 0 && (
        <>
          <h4 className="flow-changes__title">{t('diff.edges')}</h4>
          <ul className="flow-changes__list">
            {changes.edges.map((edge) => (
              <li key={`${edge.change}-${edge.source}-${edge.sourcePort}-${edge.target}`}>
                <span className={BADGE[edge.change]}>{label(edge.change)}</span>{' '}
                <code>
                  {edge.source}.{edge.sourcePort} → {edge.target}
                </code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
