import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { useFlowEditor } from './flow-editor-context';
import { findNodes } from './find-nodes';

const MAX_RESULTS = 8;

/** Ctrl+F: find a node by id, label, title or text; Enter (or a click) focuses it. */
export function FindNodeBox({ onClose }: { onClose(): void }) {
  const { locale, t } = useI18n();
  const { document: flow, catalog, focusNode } = useFlowEditor();
  const [query, setQuery] = useState('');
  const results = useMemo(() => findNodes(flow, catalog, query, locale).slice(0, MAX_RESULTS), [flow, catalog, query, locale]);
  function go(nodeId: string | undefined) {
    if (nodeId === undefined) return;
    focusNode(nodeId);
    onClose();
  }
  return (
    <div className="find-node" role="search">
      <input
        className="input"
        autoFocus
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') go(results[0]);
          if (event.key === 'Escape') onClose();
        }}
        placeholder={t('editing.find.placeholder')}
        aria-label={t('editing.find.placeholder')}
        data-testid="find-node"
      />
      {query.trim() !== '' && (
        <ul className="find-node__results">
          {results.length === 0 && <li className="muted small">{t('editing.find.none')}</li>}
          {results.map((nodeId) => (
            <li key={nodeId}>
              <button type="button" className="find-node__result" onClick={() => go(nodeId)}>
                <code>{nodeId}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
