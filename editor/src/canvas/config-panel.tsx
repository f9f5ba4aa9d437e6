import type { FlowDocument, NodeCatalogEntry } from '@kefu/schemas';
import { useI18n } from '../i18n/use-i18n';
import { NodeIcon } from './node-icon';

interface ConfigPanelProps {
  document: FlowDocument;
  catalog: readonly NodeCatalogEntry[];
  nodeId: string;
  onClose(): void;
}

/** The selected node's identity, outgoing connections and config JSON, read-only. */
export function ConfigPanel({ document, catalog, nodeId, onClose }: ConfigPanelProps) {
  const { locale, t } = useI18n();
  const node = document.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return null;
  const entry = catalog.find((candidate) => candidate.type === node.type);
  const outgoing = document.edges.filter((edge) => edge.source === node.id);
  return (
    <aside className="side-panel" data-testid="config-panel">
      <h2 className="side-panel__title">
        <NodeIcon name={entry?.icon ?? 'unknown'} size={18} />
        <span className="side-panel__name">{entry ? entry.title[locale] : t('flow.unknownType', { type: node.type })}</span>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('flow.panel.close')} title={t('flow.panel.close')}>
          ×
        </button>
      </h2>
      {entry?.description && <p className="muted">{entry.description[locale]}</p>}
      <dl className="facts">
        <dt>{t('flow.panel.id')}</dt>
        <dd>
          <code>{node.id}</code>
        </dd>
        <dt>{t('flow.panel.type')}</dt>
        <dd>
          <code>
            {node.type}@{node.typeVersion}
          </code>
        </dd>
        {outgoing.length > 0 && (
          <>
            <dt>{t('flow.panel.ports')}</dt>
            <dd>
              <ul className="plain-list">
                {outgoing.map((edge) => (
                  <li key={edge.id}>
                    <code>{edge.sourcePort}</code> → <code>{edge.target}</code>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <h3 className="side-panel__subtitle">{t('flow.panel.config')}</h3>
      <pre className="json-view" data-testid="config-json">
        {JSON.stringify(node.config, null, 2)}
      </pre>
    </aside>
  );
}
