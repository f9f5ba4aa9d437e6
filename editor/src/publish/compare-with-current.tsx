import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { FlowDiffView } from './flow-diff-view';

interface Props {
  version: number;
  current: number;
  /** The flows of either version, to choose which one to compare. */
  flowIds: readonly string[];
}

/** On a version's page: one flow of that version against the current version, node by node and side by side. */
export function CompareWithCurrent({ version, current, flowIds }: Props) {
  const { t } = useI18n();
  const [flowId, setFlowId] = useState(flowIds[0] ?? '');
  const diff = useQuery({ ...trpc.versions.diff.queryOptions({ flowId, from: version, to: current }), enabled: flowId !== '' });
  return (
    <section className="card" data-testid="version-compare">
      <h2 className="card__title">{t('version.compare')}</h2>
      <div className="field">
        <label className="field__label" htmlFor="compare-flow">
          {t('version.compareFlow')}
        </label>
        <select id="compare-flow" className="input" value={flowId} onChange={(event) => setFlowId(event.target.value)} data-testid="version-compare-flow">
          {flowIds.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </div>
      <p className="muted small">{t('version.compareHint')}</p>
      {diff.data && <FlowDiffView diff={diff.data} />}
      {diff.error && <div className="notice notice--error">{diff.error.message}</div>}
    </section>
  );
}
